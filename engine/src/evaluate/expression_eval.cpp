#include "evaluate/expression_eval.hpp"

#include <algorithm>
#include <cctype>
#include <string_view>

#include "render/json_text.hpp"

namespace netral {

namespace {

bool contains_ignoring_case(std::string_view haystack, std::string_view lowered_needle) {
    auto found = std::search(haystack.begin(), haystack.end(), lowered_needle.begin(), lowered_needle.end(),
                             [](char a, char b) {
                                 return std::tolower(static_cast<unsigned char>(a)) == static_cast<unsigned char>(b);
                             });
    return found != haystack.end();
}

template <typename T>
Tri ordered(ast::CompareOp op, T a, T b) {
    switch (op) {
        case ast::CompareOp::eq: return tri_of(a == b);
        case ast::CompareOp::ne: return tri_of(a != b);
        case ast::CompareOp::lt: return tri_of(a < b);
        case ast::CompareOp::le: return tri_of(a <= b);
        case ast::CompareOp::gt: return tri_of(a > b);
        case ast::CompareOp::ge: return tri_of(a >= b);
    }
    return Tri::unknown;
}

// Both values have the type of the left-hand fact (the compiler ensured it).
Tri compare_values(const Node& node, const Value& left, const Value& right, const std::string_view right_text,
                   const Report& report) {
    switch (left.kind) {
        case Value::Kind::boolean: return ordered(node.cmp, left.boolean, right.boolean);
        case Value::Kind::integer: return ordered(node.cmp, left.integer, right.integer);
        case Value::Kind::date: return ordered(node.cmp, left.date, right.date);
        case Value::Kind::enumeration: return ordered(node.cmp, left.enum_index, right.enum_index);
        case Value::Kind::string:
            return ordered(node.cmp, report.string(left.index), right_text);
        default: return Tri::unknown;
    }
}

// Dates shifted by days or working days on either side.
Tri compare_shifted_dates(const Program& program, const Node& node, const Value& left, const Value& right) {
    return ordered(node.cmp, program.shifted(left.date, node.lhs_offset), program.shifted(right.date, node.rhs.offset));
}

Tri evaluate_compare(const Program& program, const Node& node, const EvalContext& context) {
    const Value* left = read_fact(program.facts[node.fact], context);
    if (!left) return Tri::unknown;
    bool shifted = !node.lhs_offset.none() || !node.rhs.offset.none();
    if (!node.rhs.is_fact) {
        if (shifted) return compare_shifted_dates(program, node, *left, node.rhs.constant);
        return compare_values(node, *left, node.rhs.constant, node.rhs.text, *context.report);
    }
    const Value* right = read_fact(program.facts[node.rhs.fact], context);
    if (!right) return Tri::unknown;
    if (shifted) return compare_shifted_dates(program, node, *left, *right);
    std::string_view right_text;
    if (right->kind == Value::Kind::string) right_text = context.report->string(right->index);
    return compare_values(node, *left, *right, right_text, *context.report);
}

Tri evaluate_in_set(const Program& program, const Node& node, const EvalContext& context) {
    const Value* value = read_fact(program.facts[node.fact], context);
    if (!value) return Tri::unknown;
    bool found = false;
    switch (value->kind) {
        case Value::Kind::enumeration: found = (node.mask >> value->enum_index) & 1u; break;
        case Value::Kind::integer:
            found = std::find(node.numbers.begin(), node.numbers.end(), value->integer) != node.numbers.end();
            break;
        case Value::Kind::date:
            found = std::find(node.numbers.begin(), node.numbers.end(), value->date) != node.numbers.end();
            break;
        case Value::Kind::string:
            found = std::find(node.texts.begin(), node.texts.end(), context.report->string(value->index)) !=
                    node.texts.end();
            break;
        default: return Tri::unknown;
    }
    return tri_of(found != node.negate);
}

Tri evaluate_contains(const Program& program, const Node& node, const EvalContext& context) {
    const Value* value = read_fact(program.facts[node.fact], context);
    if (!value) return Tri::unknown;
    if (value->kind == Value::Kind::enum_set) return tri_of((value->enum_set & node.mask) != 0);
    if (value->kind == Value::Kind::string) {
        std::string_view text = context.report->string(value->index);
        for (const std::string& needle : node.texts)
            if (contains_ignoring_case(text, needle)) return Tri::yes;
        return Tri::no;
    }
    if (value->kind == Value::Kind::string_list) {
        for (std::uint32_t item : context.report->items(value->index))
            for (const std::string& needle : node.texts)
                if (contains_ignoring_case(context.report->string(item), needle)) return Tri::yes;
        return Tri::no;
    }
    return Tri::unknown;
}

Tri evaluate_quantifier(const Program& program, const Node& node, EvalContext& context) {
    const FactRef& list_fact = program.facts[node.fact];
    const Value* list = read_fact(list_fact, context);
    if (!list || list->kind != Value::Kind::list) return Tri::unknown;
    const bool all = node.op == Node::Op::all;
    Tri result = all ? Tri::yes : Tri::no;
    const auto saved_record = context.variable_records[node.variable];
    const auto saved_position = context.variable_positions[node.variable];
    const auto saved_list = context.variable_lists[node.variable];
    context.variable_lists[node.variable] = &list_fact;
    std::span<const std::uint32_t> items = context.report->items(list->index);
    for (std::size_t i = 0; i < items.size(); ++i) {
        context.variable_records[node.variable] = items[i];
        context.variable_positions[node.variable] = static_cast<int>(i);
        Tri item = evaluate(program, node.children[0], context);
        result = all ? tri_and(result, item) : tri_or(result, item);
        if (result == (all ? Tri::no : Tri::yes)) break;
    }
    context.variable_records[node.variable] = saved_record;
    context.variable_positions[node.variable] = saved_position;
    context.variable_lists[node.variable] = saved_list;
    return result;
}

}  // namespace

Tri evaluate(const Program& program, std::uint32_t index, EvalContext& context) {
    const Node& node = program.nodes[index];
    switch (node.op) {
        case Node::Op::constant: return node.constant;
        case Node::Op::fact_bool: {
            const Value* value = read_fact(program.facts[node.fact], context);
            return value ? tri_of(value->boolean) : Tri::unknown;
        }
        case Node::Op::compare: return evaluate_compare(program, node, context);
        case Node::Op::in_set: return evaluate_in_set(program, node, context);
        case Node::Op::in_range: {
            const Value* value = read_fact(program.facts[node.fact], context);
            if (!value) return Tri::unknown;
            return tri_of(value->date >= node.low && value->date <= node.high);
        }
        case Node::Op::contains: return evaluate_contains(program, node, context);
        case Node::Op::known: return tri_of((read_fact(program.facts[node.fact], context) != nullptr) != node.negate);
        case Node::Op::given: return read_fact(program.facts[node.fact], context) ? Tri::yes : Tri::unknown;
        case Node::Op::not_: return tri_not(evaluate(program, node.children[0], context));
        case Node::Op::and_: {
            Tri result = Tri::yes;
            for (std::uint32_t child : node.children) {
                result = tri_and(result, evaluate(program, child, context));
                if (result == Tri::no) break;
            }
            return result;
        }
        case Node::Op::or_: {
            Tri result = Tri::no;
            for (std::uint32_t child : node.children) {
                result = tri_or(result, evaluate(program, child, context));
                if (result == Tri::yes) break;
            }
            return result;
        }
        case Node::Op::any:
        case Node::Op::all: return evaluate_quantifier(program, node, context);
    }
    return Tri::unknown;
}

void append_concrete_path(std::string& out, const FactRef& fact, const EvalContext& context) {
    std::size_t start = out.size();
    if (fact.base == FactRef::Base::act) {
        out += "acts[";
        out += std::to_string(context.act_position);
        out += ']';
    } else if (fact.base == FactRef::Base::variable) {
        const FactRef* list = context.variable_lists[fact.variable];
        if (list) append_concrete_path(out, *list, context);
        else out += '?';
        out += '[';
        out += std::to_string(context.variable_positions[fact.variable]);
        out += ']';
    }
    for (const std::string& name : fact.names) {
        if (out.size() > start) out += '.';
        out += name;
    }
}

std::string concrete_path(const FactRef& fact, const EvalContext& context) {
    std::string path;
    append_concrete_path(path, fact, context);
    return path;
}

void collect_missing(const Program& program, std::uint32_t index, EvalContext& context,
                     std::vector<MissingUse>& out) {
    const Node& node = program.nodes[index];
    auto note_fact = [&](std::uint32_t fact_index) {
        const FactRef& fact = program.facts[fact_index];
        if (!read_fact(fact, context)) out.push_back({&fact, concrete_path(fact, context)});
    };
    switch (node.op) {
        case Node::Op::constant:
        case Node::Op::known: return;
        case Node::Op::fact_bool:
        case Node::Op::given:
        case Node::Op::in_set:
        case Node::Op::in_range:
        case Node::Op::contains: note_fact(node.fact); return;
        case Node::Op::compare:
            note_fact(node.fact);
            if (node.rhs.is_fact) note_fact(node.rhs.fact);
            return;
        case Node::Op::not_:
        case Node::Op::and_:
        case Node::Op::or_:
            // Only unknown children keep the whole unknown: a decided child
            // (say, a false one under `or`) needs no question.
            for (std::uint32_t child : node.children)
                if (evaluate(program, child, context) == Tri::unknown) collect_missing(program, child, context, out);
            return;
        case Node::Op::any:
        case Node::Op::all: {
            const FactRef& list_fact = program.facts[node.fact];
            const Value* list = read_fact(list_fact, context);
            if (!list) {
                note_fact(node.fact);
                return;
            }
            const auto saved_record = context.variable_records[node.variable];
            const auto saved_position = context.variable_positions[node.variable];
            const auto saved_list = context.variable_lists[node.variable];
            context.variable_lists[node.variable] = &list_fact;
            std::span<const std::uint32_t> items = context.report->items(list->index);
            for (std::size_t i = 0; i < items.size(); ++i) {
                context.variable_records[node.variable] = items[i];
                context.variable_positions[node.variable] = static_cast<int>(i);
                if (evaluate(program, node.children[0], context) == Tri::unknown)
                    collect_missing(program, node.children[0], context, out);
            }
            context.variable_records[node.variable] = saved_record;
            context.variable_positions[node.variable] = saved_position;
            context.variable_lists[node.variable] = saved_list;
            return;
        }
    }
}

void append_value_json(std::string& out, const Value& value, const FieldSchema& field, const Report& report) {
    switch (value.kind) {
        case Value::Kind::missing: out += "null"; return;
        case Value::Kind::boolean: out += value.boolean ? "true" : "false"; return;
        case Value::Kind::integer: out += std::to_string(value.integer); return;
        case Value::Kind::date:
            out += '"';
            append_iso_date(out, Date{value.date});
            out += '"';
            return;
        case Value::Kind::enumeration: append_json_quoted(out, field.values[value.enum_index]); return;
        case Value::Kind::string: append_json_quoted(out, report.string(value.index)); return;
        case Value::Kind::enum_set: {
            out += '[';
            bool first = true;
            for (std::size_t i = 0; i < field.values.size(); ++i) {
                if (!((value.enum_set >> i) & 1u)) continue;
                if (!first) out += ',';
                first = false;
                append_json_quoted(out, field.values[i]);
            }
            out += ']';
            return;
        }
        case Value::Kind::string_list: {
            out += '[';
            bool first = true;
            for (std::uint32_t item : report.items(value.index)) {
                if (!first) out += ',';
                first = false;
                append_json_quoted(out, report.string(item));
            }
            out += ']';
            return;
        }
        case Value::Kind::object:
        case Value::Kind::list: out += "{}"; return;
    }
    out += "null";
}

std::string value_json(const Value& value, const FieldSchema& field, const Report& report) {
    std::string out;
    append_value_json(out, value, field, report);
    return out;
}

}  // namespace netral
