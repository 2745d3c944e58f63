// netral fmt: rule files in the canonical layout (netral/format.hpp); with
// --check, only the list of files that would change, for CI.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <sstream>

#include "cli.hpp"
#include "netral/format.hpp"
#include "netral/visible_text.hpp"

namespace netral::cli {
namespace {

namespace fs = std::filesystem;

struct FmtOptions {
    std::vector<std::string> paths;
    bool check = false;
};

bool is_rule_file(const fs::path& path) {
    std::string extension = path.extension().string();
    return extension == ".netral" || extension == ".yaml" || extension == ".yml";
}

// The rule files a path names: the file itself, or every rule file under the
// folder (not its templates/, whose wording is not rules), in path order.
bool collect(const fs::path& path, std::vector<fs::path>& files) {
    std::error_code error;
    if (fs::is_regular_file(path, error)) {
        files.push_back(path);
        return true;
    }
    if (!fs::is_directory(path, error)) {
        print_message(fmt::format("{}: no such file or folder", path.string()));
        return false;
    }
    std::vector<fs::path> found;
    for (fs::recursive_directory_iterator it(path, error), end; it != end && !error; it.increment(error)) {
        if (it->is_directory(error) && it->path().filename() == "templates") {
            it.disable_recursion_pending();
            continue;
        }
        if (it->is_regular_file(error) && is_rule_file(it->path())) found.push_back(it->path());
    }
    if (error) {
        print_message(fmt::format("{}: cannot list the folder: {}", path.string(), error.message()));
        return false;
    }
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
    return true;
}

int run_fmt(const FmtOptions& options) {
    std::vector<fs::path> files;
    bool ok = true;
    for (const std::string& path : options.paths) ok = collect(path, files) && ok;
    std::size_t changed = 0;
    for (const fs::path& file : files) {
        std::ifstream in(file, std::ios::binary);
        if (!in) {
            print_message(fmt::format("{}: cannot read this file", file.string()));
            ok = false;
            continue;
        }
        std::ostringstream text;
        text << in.rdbuf();
        std::string original = text.str();
        std::string formatted =
            file.extension() == ".netral" ? format_dsl(original) : format_rule_yaml(original);
        if (formatted == original) continue;
        ++changed;
        if (options.check) {
            fmt::print("{}\n", visible_text(file.string()));
        } else if (write_output(file.string(), formatted)) {
            fmt::print("formatted {}\n", visible_text(file.string()));
        } else {
            ok = false;
        }
    }
    if (options.check && changed > 0)
        print_message(fmt::format("{} file{} not in the canonical layout: run `netral fmt` on {}", changed,
                                  changed == 1 ? " is" : "s are", changed == 1 ? "it" : "them"));
    if (!ok) return exit_failed;
    return options.check && changed > 0 ? exit_failed : exit_ok;
}

}  // namespace

void add_fmt_command(CLI::App& app) {
    auto options = std::make_shared<FmtOptions>();
    CLI::App* command =
        app.add_subcommand("fmt", "Rewrite rule files (.netral, .yaml) in the canonical layout, keeping comments");
    command->add_option("PATH", options->paths, "Rule files or pack folders")->required();
    command->add_flag("--check", options->check,
                      "Change nothing: list the files that would change and exit with 1 if there are any");
    command->callback([options] { exit_status() = run_fmt(*options); });
}

}  // namespace netral::cli
