// `include` in pack.yaml: folders outside the pack whose files are part of
// it, such as rules/bersama, which the standard packs share (the incident
// format's facts, the elections, the handling rules, the laws every pack
// cites). An included file keeps its path relative to the pack
// ("../bersama/facts.netral"), so diagnostics and the digest name it.
#pragma once

#include <string>
#include <vector>

#include "netral/diagnostic.hpp"

namespace netral {

struct IncludedFolder {
    std::string folder;  // relative to the pack, normalised: "../bersama"
    Location location;   // in pack.yaml
};

// The folders `manifest_text` includes. A list that is not a list of
// relative folder paths outside the pack is error E303; a manifest that is
// not YAML gives no folders (load_pack reports it as E001).
std::vector<IncludedFolder> manifest_includes(const std::string& manifest_text, const std::string& manifest_path,
                                              Diagnostics& diagnostics);

}  // namespace netral
