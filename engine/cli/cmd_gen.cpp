// netral gen: synthetic reports as JSON Lines, for demos and benchmarks.
#include <CLI/CLI.hpp>
#include <cstdio>

#include "cli.hpp"
#include "netral/generate.hpp"

namespace netral::cli {

void add_gen_command(CLI::App& app) {
    struct Options {
        std::int64_t count = 10;  // signed, so that -1 is refused rather than read as 2^64 - 1
        std::uint64_t seed = 1;
    };
    auto options = std::make_shared<Options>();
    CLI::App* command = app.add_subcommand("gen", "Write synthetic incident reports as JSON Lines on standard output");
    command->add_option("--count,-n", options->count, "How many reports")
        ->check(CLI::Validator(
            [](const std::string& value) {
                return !value.empty() && value[0] == '-' ? "the count of reports cannot be negative" : "";
            },
            "COUNT"))
        ->capture_default_str();
    command->add_option("--seed,-s", options->seed, "The same seed gives the same reports")->capture_default_str();
    command->footer("Example: netral gen --count 100000 --seed 7 | netral check - --format jsonl > verdicts.jsonl");
    command->callback([options] {
        std::string buffer;
        const auto count = static_cast<std::uint64_t>(options->count);
        for (std::uint64_t i = 0; i < count; ++i) {
            buffer += generate_report(options->seed, i);
            buffer += '\n';
            if (buffer.size() > (1u << 20) || i + 1 == count) {
                if (std::fwrite(buffer.data(), 1, buffer.size(), stdout) != buffer.size()) {
                    exit_status() = exit_failed;  // e.g. the reader of a pipe went away
                    return;
                }
                buffer.clear();
            }
        }
        std::fflush(stdout);
        exit_status() = exit_ok;
    });
}

}  // namespace netral::cli
