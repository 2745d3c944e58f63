// netral lint: every static error and warning of a pack.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli.hpp"

namespace netral::cli {
namespace {

int run_lint(const std::string& pack_folder) {
    PackSource source;
    if (pack_folder.empty()) {
        source = embedded_standard_pack();
    } else {
        Diagnostics read_errors;
        auto read = read_pack_folder(pack_folder, read_errors);
        if (!read) {
            for (const Diagnostic& d : read_errors) fmt::print(stderr, "{}", format_diagnostic(d, {}));
            return exit_failed;
        }
        source = std::move(*read);
    }
    PackLoad loaded = load_pack(source);
    std::size_t errors = 0, warnings = 0;
    for (const Diagnostic& d : loaded.diagnostics) {
        (d.severity == Severity::error ? errors : warnings) += 1;
        fmt::print("{}", format_diagnostic(d, loaded.sources));
    }
    fmt::print("{}: {} error{}, {} warning{} in {} files\n", source.root, errors, errors == 1 ? "" : "s", warnings,
               warnings == 1 ? "" : "s", source.files.size());
    return errors == 0 ? exit_ok : exit_failed;
}

}  // namespace

void add_lint_command(CLI::App& app) {
    auto pack = std::make_shared<std::string>();
    CLI::App* command = app.add_subcommand("lint", "Report every error and warning in a rule pack");
    command->add_option("PACK", *pack, "Rule pack folder (default: the built-in standard pack)");
    command->callback([pack] { exit_status() = run_lint(*pack); });
}

}  // namespace netral::cli
