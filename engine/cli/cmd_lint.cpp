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

int lint_pack(const PackSource& source, const Diagnostics& read_diagnostics, bool notes) {
    PackLoad loaded = load_pack(source);
    Diagnostics all = read_diagnostics;  // e.g. an included folder that is missing
    all.insert(all.end(), loaded.diagnostics.begin(), loaded.diagnostics.end());
    sort_by_location(all);
    std::size_t errors = 0, warnings = 0;
    for (const Diagnostic& d : all) {
        (d.severity == Severity::error ? errors : warnings) += 1;
        fmt::print("{}", format_diagnostic(d, loaded.sources));
    }
    if (notes && loaded.pack) print_notes(*loaded.pack);
    fmt::print("{}: {} error{}, {} warning{} in {} files\n", visible_text(source.root), errors, errors == 1 ? "" : "s",
               warnings, warnings == 1 ? "" : "s", source.files.size());
    return errors == 0 ? exit_ok : exit_failed;
}

int run_lint(const std::vector<std::string>& folders, bool notes) {
    int status = exit_ok;
    if (folders.empty()) {
        for (const PackSource& source : embedded_standard_packs())
            if (lint_pack(source, {}, notes) != exit_ok) status = exit_failed;
        return status;
    }
    for (const std::string& folder : folders) {
        Diagnostics read_diagnostics;
        auto read = read_pack_folder(folder, read_diagnostics);
        if (!read) {
            for (const Diagnostic& d : read_diagnostics) fmt::print(stderr, "{}", format_diagnostic(d, {}));
            status = exit_failed;
            continue;
        }
        if (lint_pack(*read, read_diagnostics, notes) != exit_ok) status = exit_failed;
    }
    return status;
}

}  // namespace

void add_lint_command(CLI::App& app) {
    auto packs = std::make_shared<std::vector<std::string>>();
    auto notes = std::make_shared<bool>(false);
    CLI::App* command = app.add_subcommand("lint", "Report every error and warning in a rule pack");
    command->add_option("PACK", *packs, "Rule pack folders (default: the built-in standard packs)");
    command->add_flag("--notes", *notes,
                      "Also list every note (for the pack's authors) and reasoning (for documents), where it is written");
    command->callback([packs, notes] { exit_status() = run_lint(*packs, *notes); });
}

}  // namespace netral::cli
