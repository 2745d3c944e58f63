#include <algorithm>
#include <fstream>
#include <sstream>

#include "netral/pack.hpp"

namespace netral {

std::optional<PackSource> read_pack_folder(const std::filesystem::path& folder, Diagnostics& diagnostics) {
    namespace fs = std::filesystem;
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
        source.files.push_back({fs::relative(it->path(), folder).generic_string(), text.str()});
    }
    if (error) {
        diagnostics.push_back({Severity::error, "E301", {folder.string(), 0, 0},
                               "cannot list the rule pack folder: " + error.message(), {}});
        return std::nullopt;
    }
    std::sort(source.files.begin(), source.files.end(),
              [](const PackFile& a, const PackFile& b) { return a.path < b.path; });
    return source;
}

}  // namespace netral
