#include <algorithm>
#include <fstream>
#include <sstream>

#include "load/pack_includes.hpp"
#include "netral/pack.hpp"

namespace netral {
namespace {

namespace fs = std::filesystem;

// Appends every rule, manifest and template file below `folder`, each named
// `prefix` + its path inside the folder. False when the folder cannot be listed.
bool read_files(const fs::path& folder, const std::string& prefix, PackSource& source, Diagnostics& diagnostics) {
    std::error_code error;
    for (fs::recursive_directory_iterator it(folder, error), end; it != end && !error; it.increment(error)) {
        if (!it->is_regular_file(error)) continue;
        std::string extension = it->path().extension().string();
        if (extension != ".netral" && extension != ".yaml" && extension != ".yml") continue;
        std::ifstream in(it->path(), std::ios::binary);
        if (!in) {
            diagnostics.push_back({Severity::error, "E301", {it->path().string(), 0, 0}, "cannot read this file", {}});
            continue;
        }
        std::ostringstream text;
        text << in.rdbuf();
        source.files.push_back({prefix + fs::relative(it->path(), folder).generic_string(), text.str()});
    }
    if (error) {
        diagnostics.push_back({Severity::error, "E301", {folder.string(), 0, 0},
                               "cannot list the rule pack folder: " + error.message(), {}});
        return false;
    }
    return true;
}

}  // namespace

std::optional<PackSource> read_pack_folder(const std::filesystem::path& folder, Diagnostics& diagnostics) {
    std::error_code error;
    if (!fs::is_directory(folder, error)) {
        diagnostics.push_back({Severity::error, "E300", {folder.string(), 0, 0},
                               fs::exists(folder, error) ? "a rule pack is a folder, and this is a file"
                                                         : "no such rule pack folder",
                               {}});
        return std::nullopt;
    }
    PackSource source;
    source.root = folder.lexically_normal().string();
    while (source.root.size() > 1 && source.root.back() == '/') source.root.pop_back();
    if (!read_files(folder, "", source, diagnostics)) return std::nullopt;

    auto manifest = std::find_if(source.files.begin(), source.files.end(),
                                 [](const PackFile& file) { return file.path == "pack.yaml"; });
    if (manifest != source.files.end()) {
        std::vector<IncludedFolder> included =
            manifest_includes(manifest->text, source.root + "/pack.yaml", diagnostics);
        for (const IncludedFolder& include : included) {
            fs::path path = folder / include.folder;
            if (!fs::is_directory(path, error)) {
                diagnostics.push_back({Severity::error, "E303", include.location,
                                       "the included folder " + path.lexically_normal().string() + " does not exist",
                                       {}});
                continue;
            }
            if (fs::equivalent(path, folder, error) ||
                fs::relative(folder, path, error).generic_string().rfind("..", 0) != 0) {
                diagnostics.push_back({Severity::error, "E303", include.location,
                                       "the included folder " + path.lexically_normal().string() +
                                           " holds the pack itself",
                                       {}});
                continue;
            }
            source.included.push_back(include.folder);
            if (!read_files(path, include.folder + "/", source, diagnostics)) return std::nullopt;
        }
    }
    std::sort(source.files.begin(), source.files.end(),
              [](const PackFile& a, const PackFile& b) { return a.path < b.path; });
    return source;
}

}  // namespace netral
