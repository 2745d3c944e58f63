#include <CLI/CLI.hpp>
#include <cstdio>

#include "cli.hpp"
#include "netral/visible_text.hpp"

namespace netral::cli {

int& exit_status() {
    static int status = exit_ok;
    return status;
}

void print_message(std::string_view message) {
    std::string line = "netral: " + visible_text(message) + "\n";
    std::fwrite(line.data(), 1, line.size(), stderr);
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
