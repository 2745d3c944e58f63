// The command-line front end: one file per command, all on the public API.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "netral/pack.hpp"
#include "netral/pack_set.hpp"

namespace CLI {
class App;
}

namespace netral::cli {

// Exit codes, documented in docs/getting-started.md.
inline constexpr int exit_ok = 0;
inline constexpr int exit_failed = 1;  // a test failed, lint found errors, an input could not be read
inline constexpr int exit_usage = 2;

// What main() returns: set by the command that ran.
int& exit_status();

// Prints `netral: MESSAGE` on standard error, its control characters made
// visible: messages quote paths, and a file name can hold anything.
void print_message(std::string_view message);

// Writes `text` to `path` as OutputFile does (output_file.hpp): a regular
// file replaced whole at the end, a device or FIFO written through; "" or
// "-" = standard output. Prints the error and returns false on failure.
bool write_output(const std::string& path, const std::string& text);

// The whole of a report file (`-`: standard input), for commands that read a
// few reports for a person (review, explain) rather than a batch. Prints why
// and returns nullopt when it is a folder, cannot be read, or is UTF-16.
std::optional<std::string> read_input(const std::string& path);

// The packs named by --rules (given once per folder), else by
// $NETRAL_RULES (folders separated by `:`), else the standard packs
// installed next to the program (share/netral/rules), else the copies built
// into it; read, with their read errors printed on standard error. Empty
// when one cannot be read.
std::vector<PackSource> pack_sources_or_report(const std::vector<std::string>& folders);

// Loads one pack, printing its diagnostics (warnings unless quiet) on
// standard error; null when it has errors.
std::shared_ptr<const Pack> load_source_or_report(const PackSource& source, bool quiet_warnings = false);

// The packs of pack_sources_or_report() loaded as one set, which routes each
// report to the pack that covers its actor; null (with the reason printed)
// when one has errors or they cannot be used together. The examples are not
// read (these commands run none); `writes_reviews` false also leaves the
// review wording unread (check).
std::shared_ptr<const PackSet> load_packs_or_report(const std::vector<std::string>& folders,
                                                    bool quiet_warnings = false, bool writes_reviews = true);

// Describes where the default packs are found, for --help texts.
std::string default_pack_description();

// --rules FOLDER, once per pack, for the commands that route each report to
// the pack whose subjects cover its actor (check, review, serve).
void add_routed_rules_option(CLI::App& command, std::vector<std::string>& folders);

// --max-record-size SIZE (1MB, 512kb, 20000000), into `bytes`.
void add_max_record_size_option(CLI::App& command, std::size_t& bytes);

void add_check_command(CLI::App& app);
void add_test_command(CLI::App& app);
void add_lint_command(CLI::App& app);
void add_gen_command(CLI::App& app);
void add_summary_command(CLI::App& app);
void add_review_command(CLI::App& app);
void add_pack_command(CLI::App& app);
void add_serve_command(CLI::App& app);
void add_explain_command(CLI::App& app);
void add_new_command(CLI::App& app);
void add_lsp_command(CLI::App& app);
void add_fmt_command(CLI::App& app);
void add_convert_command(CLI::App& app);

}  // namespace netral::cli
