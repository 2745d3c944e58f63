// netral pack: the rule pack's own texts as JSON, for the systems that read
// verdicts (which refer to provisions, rules and requirements by id).
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli.hpp"
#include "netral/render.hpp"

namespace netral::cli {
namespace {

struct PackOptions {
    std::vector<std::string> rules;
    std::string output;
    bool pretty = false;
};

int run_pack(const PackOptions& options) {
    std::shared_ptr<const PackSet> packs = load_packs_or_report(options.rules);
    if (!packs) return exit_failed;
    // One pack: its object. Several: an array of their objects, in the
    // order a report is routed to them.
    if (packs->packs().size() == 1)
        return write_output(options.output, render_pack_json(packs->reader(), options.pretty)) ? exit_ok : exit_failed;
    std::string text = "[";
    for (const auto& pack : packs->packs()) {
        std::string one = render_pack_json(*pack, options.pretty);
        while (!one.empty() && one.back() == '\n') one.pop_back();
        text += (text.size() > 1 ? (options.pretty ? ",\n" : ",") : (options.pretty ? "\n" : "")) + one;
    }
    text += options.pretty ? "\n]\n" : "]\n";
    return write_output(options.output, text) ? exit_ok : exit_failed;
}

}  // namespace

void add_pack_command(CLI::App& app) {
    auto options = std::make_shared<PackOptions>();
    CLI::App* command = app.add_subcommand(
        "pack", "Print the rule pack's texts (provisions, rules, requirements, deadlines, facts) as JSON");
    command->add_option("--rules", options->rules,
                        "Rule pack folder, once per pack (default: " + default_pack_description() +
                            "); several packs give a JSON array of their objects")
        ->allow_extra_args(false);  // one folder per --rules
    command->add_option("-o,--output", options->output, "Write to this file instead of standard output");
    command->add_flag("--pretty", options->pretty, "Indent the JSON");
    command->footer("Verdicts name provisions, rules and requirements by id and the pack by its digest; "
                    "this is where their texts are. Docs: docs/verdict-format.md");
    command->callback([options] { exit_status() = run_pack(*options); });
}

}  // namespace netral::cli
