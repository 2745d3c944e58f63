#include "explain/rule_syntax.hpp"

namespace netral {

RuleParts find_rule(const Pack& pack, std::string_view id) {
    RuleParts parts;
    auto compiled = pack.rule_by_id.find(std::string(id));
    if (compiled == pack.rule_by_id.end()) return parts;
    parts.compiled = &pack.rules[compiled->second];
    // The compiled rule's location is the declaration it was made from (the
    // first of that id; a duplicate is an error the pack would not load with).
    for (const ast::File& file : pack.syntax)
        for (const ast::Rule& rule : file.rules)
            if (rule.id == id && !parts.syntax) parts.syntax = &rule;
    if (!parts.syntax) parts.compiled = nullptr;
    return parts;
}

std::unordered_map<std::string, const ast::Define*> definitions(const Pack& pack) {
    std::unordered_map<std::string, const ast::Define*> found;
    for (const ast::File& file : pack.syntax)
        for (const ast::Define& define : file.defines) found.emplace(define.name, &define);
    return found;
}

}  // namespace netral
