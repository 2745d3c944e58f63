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

std::optional<std::filesystem::path> installed_standard_pack() {
    std::filesystem::path folder = executable_folder();
    if (folder.empty()) return std::nullopt;
    for (const std::filesystem::path& candidate :
         {folder / "rules" / "asn-netralitas", folder / ".." / "share" / "netral" / "rules" / "asn-netralitas"}) {
        std::error_code error;
        if (std::filesystem::is_regular_file(candidate / "pack.yaml", error)) return candidate.lexically_normal();
    }
    return std::nullopt;
}

}  // namespace

std::string default_pack_description() {
    if (auto installed = installed_standard_pack()) return installed->string();
    return "the built-in copy of rules/asn-netralitas";
}

std::shared_ptr<const Pack> load_pack_or_report(const std::string& rules_option, bool quiet_warnings) {
    std::string rules = rules_option;
    if (rules.empty())
        if (const char* from_environment = std::getenv("NETRAL_RULES")) rules = from_environment;
    PackSource source;
    Diagnostics read_errors;
    if (!rules.empty()) {
        auto read = read_pack_folder(rules, read_errors);
        if (!read) {
            for (const Diagnostic& d : read_errors) fmt::print(stderr, "{}", format_diagnostic(d, {}));
            return nullptr;
        }
        source = std::move(*read);
    } else if (auto installed = installed_standard_pack()) {
        auto read = read_pack_folder(*installed, read_errors);
        source = read ? std::move(*read) : embedded_standard_pack();
    } else {
        source = embedded_standard_pack();
    }
    PackLoad loaded = load_pack(source);
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

}  // namespace netral::cli
