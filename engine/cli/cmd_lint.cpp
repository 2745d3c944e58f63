// netral lint: every static error and warning of a pack; with --notes, every
// note (for the pack's authors) and reasoning (for documents) too.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli.hpp"
#include "netral/visible_text.hpp"

namespace netral::cli {
namespace {

// path:line:col: note (rule x): text
// path:line:col: reasoning (rule x; pilkada-2024): text
void print_notes(const Pack& pack) {
    for (const PackNote& note : pack_notes(pack)) {
        std::string about = note.owner;
        for (std::size_t i = 0; i < note.elections.size(); ++i) about += (i == 0 ? "; " : ", ") + note.elections[i];
        fmt::print("{}:{}:{}: {} ({}): {}\n", visible_text(note.location.file), note.location.line, note.location.column,
                   note.reasoning ? "reasoning" : "note", visible_text(about), visible_text(note.text));
    }
}

int run_lint(const std::string& pack_folder, bool notes) {
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
    if (notes && loaded.pack) print_notes(*loaded.pack);
    fmt::print("{}: {} error{}, {} warning{} in {} files\n", source.root, errors, errors == 1 ? "" : "s", warnings,
               warnings == 1 ? "" : "s", source.files.size());
    return errors == 0 ? exit_ok : exit_failed;
}

}  // namespace

void add_lint_command(CLI::App& app) {
    auto pack = std::make_shared<std::string>();
    auto notes = std::make_shared<bool>(false);
    CLI::App* command = app.add_subcommand("lint", "Report every error and warning in a rule pack");
    command->add_option("PACK", *pack, "Rule pack folder (default: the built-in standard pack)");
    command->add_flag("--notes", *notes,
                      "Also list every note (for the pack's authors) and reasoning (for documents), where it is written");
    command->callback([pack, notes] { exit_status() = run_lint(*pack, *notes); });
}

}  // namespace netral::cli
