// A quick test that rules a rule out before its `when` is evaluated. Most
// rules are about one kind of act (`when act.type == social_media and …`):
// an act of another kind cannot meet their `when`, so checking skips them
// after reading one slot instead of walking the condition.
#pragma once

#include <cstdint>

#include "compile/program.hpp"

namespace netral {

struct RuleGate {
    std::int32_t fact = -1;  // an enum fact of the report or the act; -1: no gate
    std::uint64_t mask = 0;  // the values `when` allows (bit i = declared value i)
    // When the fact is a field of the act itself (`act.type`), its slot: the
    // gate reads it straight from the act's record.
    std::int32_t act_slot = -1;
};

// The gate implied by condition node `when`: a test `fact == value` or
// `fact in {…}` on an enum fact, alone or as one operand of `and`. A rule
// whose `when` has no such test gets no gate.
RuleGate gate_of(const Program& program, std::uint32_t when);

}  // namespace netral
