#include "load/pack_includes.hpp"

#include <filesystem>
#include <yaml-cpp/yaml.h>

namespace netral {

std::vector<IncludedFolder> manifest_includes(const std::string& manifest_text, const std::string& manifest_path,
                                              Diagnostics& diagnostics) {
    std::vector<IncludedFolder> folders;
    YAML::Node list;
    try {
        YAML::Node manifest = YAML::Load(manifest_text);
        if (!manifest.IsMap() || !manifest["include"]) return folders;
        list = manifest["include"];
    } catch (const YAML::Exception&) {
        return folders;
    }
    auto at = [&](const YAML::Node& node) {
        return Location{manifest_path, static_cast<std::uint32_t>(node.Mark().line + 1),
                        static_cast<std::uint32_t>(node.Mark().column + 1)};
    };
    if (list.IsScalar()) {
        YAML::Node one;
        one.push_back(list);
        list = one;
    }
    if (!list.IsSequence()) {
        diagnostics.push_back({Severity::error, "E303", at(list),
                               "`include` is a list of folders, relative to the pack, like [../bersama]", {}});
        return folders;
    }
    for (const YAML::Node& item : list) {
        if (!item.IsScalar() || item.Scalar().empty()) {
            diagnostics.push_back({Severity::error, "E303", at(item),
                                   "each `include` is a folder path relative to the pack, like ../bersama", {}});
            continue;
        }
        std::filesystem::path path(item.Scalar());
        std::string normal = path.lexically_normal().generic_string();
        while (normal.size() > 1 && normal.back() == '/') normal.pop_back();
        std::string beside = normal;  // what is left after the leading ../
        while (beside.rfind("../", 0) == 0) beside.erase(0, 3);
        if (path.is_absolute() || normal.rfind("../", 0) != 0 || beside.empty() || beside == "..") {
            diagnostics.push_back({Severity::error, "E303", at(item),
                                   "`" + item.Scalar() +
                                       "` is not a folder beside the pack: an included folder is written relative to "
                                       "the pack and lies outside it, like ../bersama",
                                   {}});
            continue;
        }
        folders.push_back({normal, at(item)});
    }
    return folders;
}

}  // namespace netral
