// netral lsp: the language server on standard input and output. The protocol
// is in the library (netral/lsp.hpp); this file only moves bytes.
#include <CLI/CLI.hpp>
#include <cerrno>
#include <cstdio>
#include <fmt/format.h>
#include <unistd.h>

#include "cli.hpp"
#include "netral/lsp.hpp"

namespace netral::cli {
namespace {

bool write_all(const std::string& bytes) {
    std::size_t written = 0;
    while (written < bytes.size()) {
        ssize_t n = ::write(STDOUT_FILENO, bytes.data() + written, bytes.size() - written);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        written += static_cast<std::size_t>(n);
    }
    return true;
}

int run_lsp() {
    lsp::Server server;
    lsp::FrameReader reader;
    char buffer[1 << 16];
    while (!server.exited()) {
        ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return exit_failed;  // the client went away without `exit`
        reader.feed(std::string_view(buffer, static_cast<std::size_t>(n)));
        while (std::optional<std::string> body = reader.next()) {
            for (const std::string& reply : server.handle(*body))
                if (!write_all(lsp::frame(reply))) return exit_failed;
            if (server.exited()) break;
        }
        if (reader.broken()) {
            print_message(fmt::format("lsp: {}; stopping", reader.broken_reason()));
            return exit_failed;
        }
    }
    return server.exit_code();
}

}  // namespace

void add_lsp_command(CLI::App& app) {
    CLI::App* command = app.add_subcommand(
        "lsp", "Run the language server (LSP over standard input and output) for editors: diagnostics, hover, "
               "go to definition, completion");
    command->footer("Editors start it themselves; see docs/authoring.md (editors/vscode, editors/vim).");
    command->callback([] { exit_status() = run_lsp(); });
}

}  // namespace netral::cli
