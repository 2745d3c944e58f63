// Template files already read as YAML, by path: several packs that include
// one shared folder (rules/bersama) have the same kajian.yaml layer, and
// yaml-cpp is slow enough that reading it once per pack shows at start.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <yaml-cpp/yaml.h>

namespace netral {

struct TemplateParseCache {
    // path → (the text it was read from, the YAML read); a path with another
    // text is read again.
    std::map<std::string, std::pair<std::string, YAML::Node>, std::less<>> read;
};

}  // namespace netral
