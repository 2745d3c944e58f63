// Evaluating compiled conditions over one report (three-valued).
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "compile/program.hpp"

namespace netral {

inline Tri tri_not(Tri a) { return static_cast<Tri>(2 - static_cast<int>(a)); }
inline Tri tri_and(Tri a, Tri b) { return a < b ? a : b; }  // no < unknown < yes
inline Tri tri_or(Tri a, Tri b) { return a < b ? b : a; }
inline Tri tri_of(bool b) { return b ? Tri::yes : Tri::no; }

inline constexpr std::size_t max_quantifier_depth = 8;

// What the facts are read against: the report, the act under test, and the
// items bound by enclosing quantifiers.
struct EvalContext {
    const Report* report = nullptr;
    std::uint32_t act_record = 0;
    int act_position = -1;  // -1: no act under test (per-report rule)
    std::array<std::uint32_t, max_quantifier_depth> variable_records{};
    std::array<int, max_quantifier_depth> variable_positions{};
    std::array<const FactRef*, max_quantifier_depth> variable_lists{};
};

// The fact's value, or nullptr when it (or an object on its way) is missing.
// Inline: every comparison and every rule's gate starts here.
inline const Value* read_fact(const FactRef& fact, const EvalContext& context) {
    std::uint32_t record = Report::root;
    if (fact.base == FactRef::Base::act) record = context.act_record;
    if (fact.base == FactRef::Base::variable) record = context.variable_records[fact.variable];
    const Report& report = *context.report;
    for (std::size_t hop = 0; hop + 1 < fact.slots.size(); ++hop) {
        const Value& object = report.slot(record, fact.slots[hop]);
        if (object.kind != Value::Kind::object) return nullptr;
        record = object.index;
    }
    const Value& value = report.slot(record, fact.slots.back());
    return value.is_missing() ? nullptr : &value;
}

Tri evaluate(const Program& program, std::uint32_t node, EvalContext& context);

// The concrete path of a fact in this context: "acts[0].stance",
// "actor.prior_sanctions[1].same_kind".
std::string concrete_path(const FactRef& fact, const EvalContext& context);
void append_concrete_path(std::string& out, const FactRef& fact, const EvalContext& context);

struct MissingUse {
    const FactRef* fact = nullptr;
    std::string path;
};

// For a node that evaluates to unknown: the missing facts that keep it
// unknown (the ones whose answer could decide it), appended to `out`.
void collect_missing(const Program& program, std::uint32_t node, EvalContext& context, std::vector<MissingUse>& out);

// The value as JSON text: true, 12, "pns", ["party"], null.
std::string value_json(const Value& value, const FieldSchema& field, const Report& report);
void append_value_json(std::string& out, const Value& value, const FieldSchema& field, const Report& report);

}  // namespace netral
