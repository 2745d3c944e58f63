// The rules/ folder as it was when netral was built (engine/embed_pack.cmake
// writes the definition), and the standard packs assembled from it.
#pragma once

#include <vector>

#include "netral/pack.hpp"

namespace netral {

// Every rule, manifest and template file below rules/, named by its path
// there ("asn-netralitas/pack.yaml", "bersama/facts.netral"), in path order.
std::vector<PackFile> embedded_rules_files();

}  // namespace netral
