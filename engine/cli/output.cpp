#include <CLI/CLI.hpp>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>

#include "cli.hpp"

namespace netral::cli {

int& exit_status() {
    static int status = exit_ok;
    return status;
}

bool write_output(const std::string& path, const std::string& text) {
    if (path.empty() || path == "-") {
        std::fwrite(text.data(), 1, text.size(), stdout);
        std::fflush(stdout);
        return true;
    }
    std::string temporary = path + ".partial";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out.write(text.data(), static_cast<std::streamsize>(text.size()));
        out.close();
        if (!out) {
            fmt::print(stderr, "netral: cannot write {}: {}\n", temporary, std::strerror(errno));
            std::remove(temporary.c_str());
            return false;
        }
    }
    std::error_code error;
    std::filesystem::rename(temporary, path, error);
    if (error) {
        fmt::print(stderr, "netral: cannot write {}: {}\n", path, error.message());
        std::remove(temporary.c_str());
        return false;
    }
    return true;
}

void add_max_record_size_option(CLI::App& command, std::size_t& bytes) {
    command
        .add_option("--max-record-size", bytes,
                    "The largest record read (a JSON line or array element, a YAML document, a CSV row), e.g. 4MB; "
                    "a larger one is an invalid verdict (E207) and is skipped (default: 1MB)")
        ->transform(CLI::AsSizeValue(false))
        ->check(CLI::Range(std::size_t{1}, std::size_t{1} << 40));
}

}  // namespace netral::cli
