#include "compile/rule_gate.hpp"

namespace netral {

namespace {

RuleGate with_act_slot(const Program& program, RuleGate gate) {
    const FactRef& ref = program.facts[static_cast<std::uint32_t>(gate.fact)];
    if (ref.base == FactRef::Base::act && ref.slots.size() == 1) gate.act_slot = static_cast<std::int32_t>(ref.slots[0]);
    return gate;
}

RuleGate find_gate(const Program& program, std::uint32_t when) {
    const Node& node = program.nodes[when];
    auto enum_fact = [&](std::uint32_t fact) {
        const FactRef& ref = program.facts[fact];
        // A quantifier's variable is bound only while the quantifier runs.
        return ref.base != FactRef::Base::variable && ref.field && ref.field->type == ValueType::enumeration;
    };
    switch (node.op) {
        case Node::Op::compare:
            if (node.cmp == ast::CompareOp::eq && !node.rhs.is_fact && enum_fact(node.fact) &&
                node.rhs.constant.kind == Value::Kind::enumeration)
                return {static_cast<std::int32_t>(node.fact), std::uint64_t{1} << node.rhs.constant.enum_index};
            return {};
        case Node::Op::in_set:
            if (!node.negate && enum_fact(node.fact)) return {static_cast<std::int32_t>(node.fact), node.mask};
            return {};
        case Node::Op::and_:
            // Under Kleene `and`, one operand that is false makes the whole false.
            for (std::uint32_t child : node.children)
                if (RuleGate gate = find_gate(program, child); gate.fact >= 0) return gate;
            return {};
        default: return {};
    }
}

}  // namespace

RuleGate gate_of(const Program& program, std::uint32_t when) {
    RuleGate gate = find_gate(program, when);
    return gate.fact >= 0 ? with_act_slot(program, gate) : gate;
}

}  // namespace netral
