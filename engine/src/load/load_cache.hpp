// What load_packs() reads once for all the packs it loads: the files of a
// folder several packs include (rules/bersama), parsed once, and their
// review wording read once. Each pack still gets its own copy to check and
// compile, so a pack never sees another's changes.
#pragma once

#include <map>
#include <string>
#include <utility>

#include "netral/parse.hpp"
#include "review/template_cache.hpp"

namespace netral {

struct LoadCache {
    // Display path → (the text parsed, what parsing gave); a path whose text
    // differs is parsed again.
    std::map<std::string, std::pair<std::string, ParseResult>, std::less<>> parsed;
    TemplateParseCache templates;
};

}  // namespace netral
