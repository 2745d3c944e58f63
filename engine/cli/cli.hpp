// The command-line front end: one file per command, all on the public API.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "netral/pack.hpp"

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

// The pack named by --rules, $NETRAL_RULES, the folder next to the
// executable or under the install prefix, or else the built-in copy. Prints
// the pack's diagnostics on standard error; null when it has errors.
std::shared_ptr<const Pack> load_pack_or_report(const std::string& rules_option, bool quiet_warnings = false);

// Describes where the default pack was found, for --help texts.
std::string default_pack_description();

// --max-record-size SIZE (1MB, 512kb, 20000000), into `bytes`.
void add_max_record_size_option(CLI::App& command, std::size_t& bytes);

void add_check_command(CLI::App& app);
void add_test_command(CLI::App& app);
void add_lint_command(CLI::App& app);
void add_gen_command(CLI::App& app);
void add_summary_command(CLI::App& app);
void add_review_command(CLI::App& app);
void add_pack_command(CLI::App& app);

}  // namespace netral::cli
