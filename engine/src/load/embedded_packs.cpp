// The standard packs built into netral: each folder of rules/ with a
// pack.yaml, with the folders it includes, as read_pack_folder would read
// them from a checkout.
#include <algorithm>
#include <filesystem>

#include "load/embedded_rules.hpp"
#include "load/pack_includes.hpp"

namespace netral {
namespace {

constexpr const char* rules_root = "rules";

const std::vector<PackFile>& rules_files() {
    static const std::vector<PackFile> files = embedded_rules_files();
    return files;
}

// The files below `folder` ("asn-netralitas"), renamed `prefix` + their path inside it.
void add_files_below(const std::string& folder, const std::string& prefix, PackSource& source) {
    std::string below = folder + "/";
    for (const PackFile& file : rules_files())
        if (file.path.rfind(below, 0) == 0) source.files.push_back({prefix + file.path.substr(below.size()), file.text});
}

PackSource embedded_pack(const std::string& folder) {
    PackSource source;
    source.root = std::string(rules_root) + "/" + folder;
    add_files_below(folder, "", source);
    for (const PackFile& file : source.files) {
        if (file.path != "pack.yaml") continue;
        Diagnostics ignored;  // the built-in packs are linted by the tests
        for (const IncludedFolder& include : manifest_includes(file.text, source.root + "/pack.yaml", ignored)) {
            // "../bersama" from rules/asn-netralitas is rules/bersama.
            std::string inside_rules =
                (std::filesystem::path(folder) / include.folder).lexically_normal().generic_string();
            source.included.push_back(include.folder);
            add_files_below(inside_rules, include.folder + "/", source);
        }
        break;
    }
    std::sort(source.files.begin(), source.files.end(),
              [](const PackFile& a, const PackFile& b) { return a.path < b.path; });
    return source;
}

}  // namespace

PackSource embedded_standard_pack() { return embedded_pack("asn-netralitas"); }

std::vector<PackSource> embedded_standard_packs() {
    std::vector<PackSource> packs;
    for (const PackFile& file : rules_files()) {
        std::string::size_type slash = file.path.find('/');
        if (slash != std::string::npos && file.path.substr(slash + 1) == "pack.yaml")
            packs.push_back(embedded_pack(file.path.substr(0, slash)));
    }
    return packs;  // rules_files() is in path order, so the packs are in folder order
}

std::vector<std::filesystem::path> pack_folders_in(const std::filesystem::path& folder) {
    std::vector<std::filesystem::path> packs;
    std::error_code error;
    for (std::filesystem::directory_iterator it(folder, error), end; it != end && !error; it.increment(error))
        if (std::filesystem::is_regular_file(it->path() / "pack.yaml", error)) packs.push_back(it->path());
    std::sort(packs.begin(), packs.end());
    return packs;
}

}  // namespace netral
