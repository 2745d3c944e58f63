// yaml-cpp's LoadAll never returns on some broken files: a `,` outside any
// flow collection (a stray comma at the start of a line) is a token that
// no document takes, so it makes empty document after empty document,
// without end, until memory runs out. This walks the documents with
// yaml-cpp's own parser first, building nothing, and says where it would
// get stuck; only a file that gets through is loaded.
#pragma once

#include <optional>
#include <string>
#include <yaml-cpp/yaml.h>

namespace netral {

// Where the documents of `text` stop advancing; nullopt when they end.
// Throws YAML::ParserException like LoadAll for a file that is not YAML.
std::optional<YAML::Mark> stuck_yaml_document(const std::string& text);

}  // namespace netral
