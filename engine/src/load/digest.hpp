// The pack's content digest, recorded in every verdict.
#pragma once

#include <string>

#include "netral/pack.hpp"

namespace netral {

// "sha256:<64 hex>" over each file's path and text, in path order, so the
// same files give the same digest wherever the pack is read from.
std::string pack_digest(const PackSource& source);

}  // namespace netral
