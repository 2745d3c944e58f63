// netral: checks the conduct of civil servants in elections against a rule pack.
#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <iostream>

#include "cli.hpp"
#include "temporary_files.hpp"
#include "netral/version.hpp"

int main(int argc, char** argv) {
    // Standard input is read in large blocks by `check -`; unsynchronised
    // iostreams read them straight from the file descriptor.
    std::ios::sync_with_stdio(false);
    // Ctrl-C or SIGTERM while -o is written leaves no half-written file.
    netral::cli::remove_temporary_files_on_signal();
    CLI::App app{"netral: checks reports of civil servants' conduct in elections against the neutrality law,\n"
                 "element by element, and gives a verdict with the provisions, the sanction and the missing facts.",
                 "netral"};  // named, so help shows `netral`, not the path it was started from
    app.set_version_flag("--version", netral::engine_version);
    app.require_subcommand(1);
    app.footer("Run `netral COMMAND --help` for a command's options. Docs: docs/getting-started.md");
    netral::cli::add_check_command(app);
    netral::cli::add_review_command(app);
    netral::cli::add_test_command(app);
    netral::cli::add_lint_command(app);
    netral::cli::add_gen_command(app);
    netral::cli::add_summary_command(app);
    netral::cli::add_pack_command(app);
    netral::cli::add_serve_command(app);
    netral::cli::add_explain_command(app);
    netral::cli::add_new_command(app);
    netral::cli::add_lsp_command(app);
    netral::cli::add_fmt_command(app);
    netral::cli::add_convert_command(app);
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        app.exit(e);
        return netral::cli::exit_usage;
    }
    return netral::cli::exit_status();
}
