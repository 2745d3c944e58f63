// netral convert: a rule file in the other surface, DSL or YAML, with the same
// meaning (netral/convert.hpp). Comments are not carried over.
#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fstream>
#include <sstream>

#include "cli.hpp"
#include "netral/convert.hpp"
#include "netral/parse.hpp"

namespace netral::cli {
namespace {

struct ConvertOptions {
    std::string file;
    std::string to;
    std::string output;
};

int run_convert(const ConvertOptions& options) {
    std::ifstream in(options.file, std::ios::binary);
    if (!in) {
        print_message(fmt::format("{}: cannot read this file", options.file));
        return exit_failed;
    }
    std::ostringstream text;
    text << in.rdbuf();
    bool dsl = options.file.size() > 7 && options.file.compare(options.file.size() - 7, 7, ".netral") == 0;
    ParseResult parsed = dsl ? parse_dsl(text.str(), options.file) : parse_rule_yaml(text.str(), options.file);
    if (has_errors(parsed.diagnostics)) {
        SourceFiles sources;
        sources.add(options.file, text.str());
        for (const Diagnostic& d : parsed.diagnostics) fmt::print(stderr, "{}", format_diagnostic(d, sources));
        print_message("the file has errors; nothing was converted");
        return exit_failed;
    }
    std::string converted = options.to == "yaml" ? write_rule_yaml(parsed.file) : write_dsl(parsed.file);
    return write_output(options.output, converted) ? exit_ok : exit_failed;
}

}  // namespace

void add_convert_command(CLI::App& app) {
    auto options = std::make_shared<ConvertOptions>();
    CLI::App* command =
        app.add_subcommand("convert", "Write a rule file in the other surface (DSL or YAML) with the same meaning");
    command->add_option("FILE", options->file, "A rule file (.netral or .yaml)")->required();
    command->add_option("--to", options->to, "The surface to write: dsl or yaml")
        ->required()
        ->check(CLI::IsMember({"dsl", "yaml"}));
    command->add_option("-o,--output", options->output, "Write to this file (default: standard output)");
    command->callback([options] { exit_status() = run_convert(*options); });
}

}  // namespace netral::cli
