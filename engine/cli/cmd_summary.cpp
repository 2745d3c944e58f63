// netral summary: counts over verdicts already written as JSON Lines.
#include <CLI/CLI.hpp>
#include <cerrno>
#include <cstring>
#include <fmt/format.h>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli.hpp"
#include "netral/summary.hpp"

namespace netral::cli {

void add_summary_command(CLI::App& app) {
    struct Options {
        std::vector<std::string> inputs;
        std::string format = "text";
    };
    auto options = std::make_shared<Options>();
    CLI::App* command = app.add_subcommand(
        "summary", "Count verdicts (JSON Lines from `netral check --format jsonl`) by status, level, rule, provision, "
                   "region, election and month");
    command->add_option("VERDICTS", options->inputs, "Verdict files; `-` reads standard input")->required();
    command->add_option("--format,-f", options->format, "text (a table), json or csv")
        ->check(CLI::IsMember({"text", "json", "csv"}))
        ->capture_default_str();
    command->callback([options] {
        Summary summary;
        int status = exit_ok;
        for (const std::string& path : options->inputs) {
            std::ostringstream text;
            if (path == "-") {
                text << std::cin.rdbuf();
            } else {
                std::ifstream in(path, std::ios::binary);
                if (!in) {
                    print_message(fmt::format("cannot read {}: {}", path, std::strerror(errno)));
                    status = exit_failed;
                    continue;
                }
                text << in.rdbuf();
            }
            std::vector<std::string> errors;
            summarise_verdict_lines(text.str(), summary, errors);
            for (const std::string& error : errors) print_message(fmt::format("{}: {}", path, error));
            if (!errors.empty()) status = exit_failed;
        }
        std::string out = options->format == "json" ? summary.json() : options->format == "csv" ? summary.csv() : summary.table();
        fmt::print("{}", out);
        exit_status() = status;
    });
}

}  // namespace netral::cli
