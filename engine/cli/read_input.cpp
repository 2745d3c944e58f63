#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <iostream>
#include <iterator>

#include "cli.hpp"
#include "netral/report.hpp"

namespace netral::cli {

// The whole input: reviews and explanations are for people, so their reports
// are read at once (checking at scale is `netral check`'s job).
std::optional<std::string> read_input(const std::string& path) {
    std::string text;
    if (path == "-") {
        text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    } else {
        std::error_code ignored;
        if (std::filesystem::is_directory(path, ignored)) {
            print_message(fmt::format("{} is a folder; give a report file in it", path));
            return std::nullopt;
        }
        std::ifstream file(path, std::ios::binary);
        if (!file) {
            print_message(fmt::format("cannot read {}: {}", path, std::strerror(errno)));
            return std::nullopt;
        }
        text.assign(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
    }
    if (auto problem = unreadable_encoding(text)) {
        print_message(fmt::format("{}: {}", path, *problem));
        return std::nullopt;
    }
    return text;
}

}  // namespace netral::cli
