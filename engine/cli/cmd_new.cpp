// netral new: a working skeleton pack in a new folder, never over an old one.
#include <CLI/CLI.hpp>
#include <cctype>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>

#include "cli.hpp"
#include "netral/scaffold.hpp"

namespace netral::cli {
namespace {

bool plain_name(const std::string& name) {
    if (name.empty() || name == "." || name == "..") return false;
    for (char c : name)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_' && c != '.') return false;
    return true;
}

int run_new(const std::string& folder_option) {
    std::filesystem::path folder = std::filesystem::path(folder_option).lexically_normal();
    if (folder.filename().empty()) folder = folder.parent_path();  // "my-pack/"
    std::string name = folder.filename().string();
    if (!plain_name(name)) {
        print_message(fmt::format("cannot name a pack `{}`: use letters, digits, `-`, `_` and `.`", name));
        return exit_usage;
    }
    std::error_code error;
    if (std::filesystem::exists(std::filesystem::symlink_status(folder, error))) {
        print_message(fmt::format("{} already exists; `netral new` writes only into a new folder", folder.string()));
        return exit_failed;
    }
    error.clear();  // symlink_status reports "no such file" through it
    if (folder.has_parent_path()) std::filesystem::create_directories(folder.parent_path(), error);
    // create_directory fails on a folder made in between: nothing is overwritten.
    if (error || !std::filesystem::create_directory(folder, error) || error) {
        print_message(fmt::format("cannot create {}: {}", folder.string(), error ? error.message() : "it exists"));
        return exit_failed;
    }
    PackSource skeleton = skeleton_pack(name);
    for (const PackFile& file : skeleton.files) {
        std::filesystem::path path = folder / file.path;
        std::filesystem::create_directories(path.parent_path(), error);
        std::ofstream out(path, std::ios::binary);
        out << file.text;
        out.close();
        if (error || !out) {
            print_message(fmt::format("cannot write {}", path.string()));
            return exit_failed;
        }
        fmt::print("created {}\n", path.string());
    }
    fmt::print("\nnext: netral lint {0} && netral test {0}\n", folder.string());
    return exit_ok;
}

}  // namespace

void add_new_command(CLI::App& app) {
    auto folder = std::make_shared<std::string>();
    CLI::App* command = app.add_subcommand(
        "new", "Create a new rule pack folder with a working skeleton: one regulation, facts, a rule and two examples");
    command->add_option("PACK", *folder, "The folder to create (must not exist); its name is the pack's name")
        ->required();
    command->footer("Then: netral lint PACK, netral test PACK, netral explain RULE --rules PACK. See docs/authoring.md.");
    command->callback([folder] { exit_status() = run_new(*folder); });
}

}  // namespace netral::cli
