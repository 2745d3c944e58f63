// `netral new`: the files of a new, working rule pack, for an author to
// start from. Writing them is the caller's job.
#pragma once

#include <string>

#include "netral/pack.hpp"

namespace netral {

// A pack named `name` (its manifest's name): pack.yaml, one regulation, the
// facts and a sanction level, one rule and two examples (a violation and a
// near miss), which lints clean and passes `netral test` at full coverage.
// Paths are relative to the pack folder; `root` is left empty.
PackSource skeleton_pack(const std::string& name);

}  // namespace netral
