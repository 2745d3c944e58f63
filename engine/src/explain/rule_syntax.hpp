// Finding a rule's declarations in the compiled pack's syntax tree.
#pragma once

#include <string_view>
#include <unordered_map>

#include "compile/compiled_pack.hpp"

namespace netral {

// The rule as written, and as compiled; both null when the pack has no such rule.
struct RuleParts {
    const ast::Rule* syntax = nullptr;
    const CompiledRule* compiled = nullptr;
};
RuleParts find_rule(const Pack& pack, std::string_view id);

// The pack's definitions by name (`define`).
std::unordered_map<std::string, const ast::Define*> definitions(const Pack& pack);

}  // namespace netral
