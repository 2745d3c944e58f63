// Which rule packs a command uses: the folders given with --rules (or in
// $NETRAL_RULES, separated by `:`), else the standard packs installed next to
// the program, else the copies built into it.
#include <CLI/CLI.hpp>
#include <cstdlib>
#include <filesystem>
#include <fmt/format.h>
#include <unistd.h>

#include "cli.hpp"

namespace netral::cli {
namespace {

std::filesystem::path executable_folder() {
    std::error_code error;
    std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", error);
    return error ? std::filesystem::path() : self.parent_path();
}

// The installed rules folder (share/netral/rules, or rules/ beside the
// program) when it holds the standard packs.
std::optional<std::filesystem::path> installed_rules_folder() {
    std::filesystem::path folder = executable_folder();
    if (folder.empty()) return std::nullopt;
    for (const std::filesystem::path& candidate : {folder / "rules", folder / ".." / "share" / "netral" / "rules"}) {
        std::error_code error;
        if (std::filesystem::is_regular_file(candidate / "asn-netralitas" / "pack.yaml", error))
            return candidate.lexically_normal();
    }
    return std::nullopt;
}

std::vector<std::string> split_paths(const std::string& list) {
    std::vector<std::string> paths;
    std::size_t start = 0;
    while (start <= list.size()) {
        std::size_t end = list.find(':', start);
        if (end == std::string::npos) end = list.size();
        if (end > start) paths.push_back(list.substr(start, end - start));
        start = end + 1;
    }
    return paths;
}

}  // namespace

std::string default_pack_description() {
    if (auto installed = installed_rules_folder()) return "every pack in " + installed->string();
    return "the built-in standard packs";
}

void add_routed_rules_option(CLI::App& command, std::vector<std::string>& folders) {
    command
        .add_option("--rules,-r", folders,
                    "Rule pack folder; give it again for several packs, and each report goes to the pack whose "
                    "subjects cover its actor (default: $NETRAL_RULES, else " + default_pack_description() + ")")
        ->allow_extra_args(false);  // one folder per --rules: the next word is the report
}

std::vector<PackSource> pack_sources_or_report(const std::vector<std::string>& folders) {
    std::vector<std::string> chosen = folders;
    if (chosen.empty())
        if (const char* from_environment = std::getenv("NETRAL_RULES")) chosen = split_paths(from_environment);
    if (chosen.empty()) {
        if (auto installed = installed_rules_folder())
            for (const std::filesystem::path& folder : pack_folders_in(*installed)) chosen.push_back(folder.string());
        else
            return embedded_standard_packs();
    }
    std::vector<PackSource> sources;
    for (const std::string& folder : chosen) {
        Diagnostics read_errors;
        auto read = read_pack_folder(folder, read_errors);
        bool failed = !read;
        for (const Diagnostic& d : read_errors) {
            failed = failed || d.severity == Severity::error;
            fmt::print(stderr, "{}", format_diagnostic(d, {}));
        }
        if (failed) return {};
        sources.push_back(std::move(*read));
    }
    return sources;
}

namespace {

// Prints a load's diagnostics (warnings only unless quiet) and why nothing
// will be checked; the pack, or null.
std::shared_ptr<const Pack> report_load(const PackSource& source, const PackLoad& loaded, bool quiet_warnings) {
    std::size_t errors = 0;
    for (const Diagnostic& d : loaded.diagnostics) {
        if (d.severity == Severity::error) ++errors;
        else if (quiet_warnings) continue;
        fmt::print(stderr, "{}", format_diagnostic(d, loaded.sources));
    }
    if (!loaded.pack) {
        print_message(fmt::format("the rule pack {} has {} error{}; nothing was checked", source.root, errors,
                                  errors == 1 ? "" : "s"));
        return nullptr;
    }
    return loaded.pack;
}

}  // namespace

std::shared_ptr<const Pack> load_source_or_report(const PackSource& source, bool quiet_warnings) {
    return report_load(source, load_pack(source), quiet_warnings);
}

std::shared_ptr<const PackSet> load_packs_or_report(const std::vector<std::string>& folders, bool quiet_warnings,
                                                    bool writes_reviews) {
    std::vector<PackSource> sources = pack_sources_or_report(folders);
    if (sources.empty()) return nullptr;
    // The commands that load packs this way check reports and run no example:
    // lint and test read the examples.
    LoadOptions options;
    options.check_examples = false;
    options.check_review_wording = writes_reviews;
    std::vector<PackLoad> loads = load_packs(sources, options);
    std::vector<std::shared_ptr<const Pack>> packs;
    for (std::size_t i = 0; i < sources.size(); ++i) {
        auto pack = report_load(sources[i], loads[i], quiet_warnings);
        if (!pack) return nullptr;
        packs.push_back(std::move(pack));
    }
    std::string error;
    auto set = PackSet::make(std::move(packs), error);
    if (!set) print_message(error);
    return set;
}

}  // namespace netral::cli
