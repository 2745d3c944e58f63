#include "compile/expression_compiler.hpp"

#include <algorithm>
#include <cctype>
#include <fmt/format.h>

namespace netral {
namespace {

std::string join(const std::vector<std::string>& parts, const char* separator) {
    std::string out;
    for (const std::string& part : parts) {
        if (!out.empty()) out += separator;
        out += part;
    }
    return out;
}

std::string lower(std::string text) {
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

const char* literal_kind(const ast::Expr& e) {
    switch (e.kind) {
        case ast::ExprKind::boolean: return "true/false";
        case ast::ExprKind::integer: return "a number";
        case ast::ExprKind::string: return "a text";
        case ast::ExprKind::date: return "a date";
        case ast::ExprKind::name: return "a name";
        case ast::ExprKind::set: return "a set";
        case ast::ExprKind::range: return "a date range";
        case ast::ExprKind::offset: return "a date with days added";
        default: return "a condition";
    }
}

bool is_literal(const ast::Expr& e) {
    using K = ast::ExprKind;
    return e.kind == K::boolean || e.kind == K::integer || e.kind == K::string || e.kind == K::date || e.kind == K::name;
}

ast::CompareOp mirrored(ast::CompareOp op) {
    switch (op) {
        case ast::CompareOp::lt: return ast::CompareOp::gt;
        case ast::CompareOp::le: return ast::CompareOp::ge;
        case ast::CompareOp::gt: return ast::CompareOp::lt;
        case ast::CompareOp::ge: return ast::CompareOp::le;
        default: return op;
    }
}

std::string written(const ast::Expr& path) { return join(path.segments, "."); }

}  // namespace

ExpressionCompiler::ExpressionCompiler(Program& program, const ObjectSchema& report_schema,
                                       const ObjectSchema* act_schema,
                                       const std::unordered_map<std::string, const ast::Define*>& defines,
                                       Diagnostics& diagnostics)
    : program_(program),
      report_schema_(report_schema),
      act_schema_(act_schema),
      defines_(defines),
      diagnostics_(diagnostics) {}

std::uint32_t ExpressionCompiler::condition(const ast::Expr& expr, bool act_allowed,
                                            std::vector<std::uint32_t>* reads) {
    act_allowed_ = act_allowed;
    reads_ = reads;
    variables_.clear();
    expanding_.clear();
    std::uint32_t node = compile_condition(expr);
    reads_ = nullptr;
    return node;
}

int ExpressionCompiler::fact(const ast::Expr& path, bool act_allowed) {
    act_allowed_ = act_allowed;
    reads_ = nullptr;
    variables_.clear();
    ast::Expr as_fact = as_path(path);
    if (as_fact.kind != ast::ExprKind::path) {
        error("E104", path.location, "expected a fact like report.reported_on");
        return -1;
    }
    return resolve_path(as_fact);
}

std::uint32_t ExpressionCompiler::act_date_on_or_after(const FieldSchema& date_field, Date from,
                                                       std::vector<std::uint32_t>* reads) {
    FactRef fact;
    fact.base = FactRef::Base::act;
    fact.slots = {date_field.slot};
    fact.names = {date_field.name};
    fact.field = &date_field;
    fact.written = "act." + date_field.name;
    auto fact_index = static_cast<std::uint32_t>(program_.facts.size());
    program_.facts.push_back(std::move(fact));
    if (reads) reads->push_back(fact_index);
    Node node;
    node.op = Node::Op::compare;
    node.cmp = ast::CompareOp::ge;
    node.fact = fact_index;
    node.rhs.constant.kind = Value::Kind::date;
    node.rhs.constant.date = from.days;
    return add(std::move(node));
}

// A bare name where only a fact can stand (`acts` in a quantifier, `known
// election`) is a one-segment path.
ast::Expr ExpressionCompiler::as_path(const ast::Expr& expr) {
    if (expr.kind != ast::ExprKind::name) return expr;
    ast::Expr path = expr;
    path.kind = ast::ExprKind::path;
    path.segments = {expr.text};
    return path;
}

std::uint32_t ExpressionCompiler::add(Node node) {
    program_.nodes.push_back(std::move(node));
    return static_cast<std::uint32_t>(program_.nodes.size() - 1);
}

std::uint32_t ExpressionCompiler::failed() {
    Node node;
    node.op = Node::Op::constant;
    node.constant = Tri::unknown;
    return add(std::move(node));
}

void ExpressionCompiler::error(const std::string& code, const Location& at, std::string message,
                               std::vector<std::string> notes) {
    diagnostics_.push_back({Severity::error, code, at, std::move(message), std::move(notes)});
}

std::uint32_t ExpressionCompiler::compile_condition(const ast::Expr& expr) {
    using K = ast::ExprKind;
    switch (expr.kind) {
        case K::boolean: {
            Node node;
            node.constant = expr.boolean ? Tri::yes : Tri::no;
            return add(std::move(node));
        }
        case K::name: return compile_name(expr);
        case K::path: {
            int fact = resolve_path(expr);
            if (fact < 0) return failed();
            const FieldSchema& field = *program_.facts[static_cast<std::size_t>(fact)].field;
            if (field.type != ValueType::boolean) {
                error("E104", expr.location,
                      fmt::format("`{}` is {}, not a condition that is true or false", written(expr),
                                  type_name(field.type)),
                      {"compare it with a value, e.g. `" + written(expr) + " == ...`, or test `known " +
                       written(expr) + "`"});
                return failed();
            }
            Node node;
            node.op = Node::Op::fact_bool;
            node.fact = static_cast<std::uint32_t>(fact);
            return add(std::move(node));
        }
        case K::not_: return compile_connective(expr, Node::Op::not_);
        case K::and_: return compile_connective(expr, Node::Op::and_);
        case K::or_: return compile_connective(expr, Node::Op::or_);
        case K::compare: return compile_compare(expr);
        case K::in: return compile_in(expr, false);
        case K::not_in: return compile_in(expr, true);
        case K::contains: return compile_contains(expr);
        case K::known: return compile_known(expr, false);
        case K::unknown: return compile_known(expr, true);
        case K::given: {
            std::uint32_t index = compile_known(expr, false);
            if (program_.nodes[index].op == Node::Op::known) program_.nodes[index].op = Node::Op::given;
            return index;
        }
        case K::quantifier: return compile_quantifier(expr);
        default:
            error("E104", expr.location,
                  fmt::format("expected a condition (true or false), found {}", literal_kind(expr)));
            return failed();
    }
}

std::uint32_t ExpressionCompiler::compile_name(const ast::Expr& expr) {
    auto found = defines_.find(expr.text);
    if (found == defines_.end()) {
        std::vector<std::string> names;
        for (const auto& [name, define] : defines_) names.push_back(name);
        std::sort(names.begin(), names.end());
        std::vector<std::string> notes;
        if (std::string close = closest_match(expr.text, names); !close.empty())
            notes.push_back("did you mean `" + close + "`?");
        error("E105", expr.location, fmt::format("unknown definition `{}`", expr.text), std::move(notes));
        return failed();
    }
    if (std::find(expanding_.begin(), expanding_.end(), expr.text) != expanding_.end()) {
        error("E106", expr.location,
              fmt::format("definition `{}` uses itself (through {})", expr.text, join(expanding_, " -> ")));
        return failed();
    }
    // A definition is written out in full wherever it is used. A chain of
    // thousands would run this compiler, and later the evaluator, off the
    // end of its stack; each definition using the next twice would double
    // the program at every step.
    if (expanding_.size() >= max_definition_depth) {
        error("E109", expr.location,
              fmt::format("definitions use definitions more than {} deep here ({} -> {})", max_definition_depth,
                          join(expanding_, " -> "), expr.text));
        return failed();
    }
    if (program_.nodes.size() >= max_program_nodes) {
        if (!program_too_large_)
            error("E109", expr.location,
                  fmt::format("the conditions grow to more than {} steps once their definitions are written out; "
                              "does a definition use another one many times over?",
                              max_program_nodes));
        program_too_large_ = true;
        return failed();
    }
    expanding_.push_back(expr.text);
    std::uint32_t node = compile_condition(found->second->expr);
    expanding_.pop_back();
    return node;
}

std::uint32_t ExpressionCompiler::compile_connective(const ast::Expr& expr, Node::Op op) {
    Node node;
    node.op = op;
    for (const ast::Expr& child : expr.children) node.children.push_back(compile_condition(child));
    return add(std::move(node));
}

int ExpressionCompiler::resolve_path(const ast::Expr& path) {
    const std::vector<std::string>& segments = path.segments;
    FactRef fact;
    fact.written = written(path);
    const ObjectSchema* schema = &report_schema_;
    std::size_t first = 0;
    std::string prefix;
    if (segments[0] == "report") {
        first = 1;
        prefix = "report";
    } else if (segments[0] == "act") {
        if (!act_schema_ || !act_allowed_) {
            error("E107", path.location,
                  fmt::format("`{}` names the act under test, but this condition is about the whole report",
                              fact.written),
                  {"use `any(a in acts: ...)`, or make the rule `per act`"});
            return -1;
        }
        fact.base = FactRef::Base::act;
        schema = act_schema_;
        first = 1;
        prefix = "act";
    } else {
        for (std::size_t v = variables_.size(); v-- > 0;) {
            if (variables_[v].name == segments[0]) {
                fact.base = FactRef::Base::variable;
                fact.variable = static_cast<std::uint8_t>(v);
                schema = variables_[v].schema;
                first = 1;
                prefix = segments[0];
                break;
            }
        }
    }
    if (first == segments.size()) {
        error("E101", path.location, fmt::format("`{}` needs a field name after it", fact.written));
        return -1;
    }
    for (std::size_t i = first; i < segments.size(); ++i) {
        const FieldSchema* field = schema ? schema->find(segments[i]) : nullptr;
        std::string so_far = prefix.empty() ? segments[i] : prefix + "." + segments[i];
        if (!field) {
            std::vector<std::string> notes;
            if (schema) {
                std::vector<std::string> candidates;
                for (const std::string& name : schema->field_names())
                    candidates.push_back(prefix.empty() ? name : prefix + "." + name);
                if (std::string close = closest_match(so_far, candidates); !close.empty())
                    notes.push_back("did you mean `" + close + "`?");
            }
            error("E101", path.location, fmt::format("unknown field `{}`", so_far), std::move(notes));
            return -1;
        }
        fact.slots.push_back(field->slot);
        fact.names.push_back(field->name);
        fact.field = field;
        bool last = i + 1 == segments.size();
        if (!last && field->type != ValueType::object) {
            error("E101", path.location,
                  fmt::format("`{}` is {}; it has no field `{}`", so_far, type_name(field->type), segments[i + 1]),
                  field->type == ValueType::object_list
                      ? std::vector<std::string>{"go through its items with `any(x in " + so_far + ": x." +
                                                 segments[i + 1] + " ...)`"}
                      : std::vector<std::string>{});
            return -1;
        }
        schema = field->object.get();
        prefix = so_far;
    }
    std::string key = fmt::format("{}:{}:{}", static_cast<int>(fact.base), fact.variable, fact.written);
    if (fact.base == FactRef::Base::variable) key += ":" + std::to_string(expanding_.size());
    auto [found, inserted] = fact_index_.try_emplace(key, static_cast<std::uint32_t>(program_.facts.size()));
    // Variables of the same name in different quantifiers may range over
    // different lists, so only non-variable facts are shared.
    if (inserted || fact.base == FactRef::Base::variable) {
        found->second = static_cast<std::uint32_t>(program_.facts.size());
        program_.facts.push_back(std::move(fact));
    }
    int index = static_cast<int>(found->second);
    if (reads_ && program_.facts[found->second].base != FactRef::Base::variable &&
        program_.facts[found->second].field->type != ValueType::object_list &&
        std::find(reads_->begin(), reads_->end(), found->second) == reads_->end())
        reads_->push_back(found->second);
    return index;
}

bool ExpressionCompiler::literal_value(const ast::Expr& literal, const FieldSchema& field, Value& value,
                                       std::string& text) {
    using K = ast::ExprKind;
    auto mismatch = [&] {
        error("E103", literal.location,
              fmt::format("`{}` is {}, but {} was given", field.name, type_name(field.type), literal_kind(literal)));
        return false;
    };
    switch (field.type) {
        case ValueType::boolean:
            if (literal.kind != K::boolean) return mismatch();
            value.kind = Value::Kind::boolean;
            value.boolean = literal.boolean;
            return true;
        case ValueType::integer:
            if (literal.kind != K::integer) return mismatch();
            value.kind = Value::Kind::integer;
            value.integer = literal.integer;
            return true;
        case ValueType::date:
            if (literal.kind != K::date) {
                if (literal.kind == K::string || literal.kind == K::name) {
                    error("E103", literal.location,
                          fmt::format("`{}` is a date; expected a date like 2024-09-22, found {}", field.name,
                                      literal_kind(literal)));
                    return false;
                }
                return mismatch();
            }
            value.kind = Value::Kind::date;
            value.date = literal.date.days;
            return true;
        case ValueType::string:
            if (literal.kind != K::string) {
                if (literal.kind == K::name) {
                    error("E103", literal.location,
                          fmt::format("`{}` is a text; write the value in double quotes: \"{}\"", field.name,
                                      literal.text));
                    return false;
                }
                return mismatch();
            }
            value.kind = Value::Kind::string;
            text = literal.text;
            return true;
        case ValueType::enumeration:
        case ValueType::enum_set: {
            if (literal.kind != K::name && literal.kind != K::string) return mismatch();
            int index = field.value_index(literal.text);
            if (index < 0) {
                std::vector<std::string> notes;
                if (std::string close = closest_match(literal.text, field.values); !close.empty())
                    notes.push_back("did you mean `" + close + "`?");
                notes.push_back("the values of `" + field.name + "` are: " + join(field.values, ", "));
                error("E102", literal.location,
                      fmt::format("`{}` is not a value of `{}`", literal.text, field.name), std::move(notes));
                return false;
            }
            value.kind = Value::Kind::enumeration;
            value.enum_index = static_cast<std::uint32_t>(index);
            return true;
        }
        default:
            error("E103", literal.location,
                  fmt::format("`{}` is {}; it cannot be compared with a value", field.name, type_name(field.type)));
            return false;
    }
}

std::uint32_t ExpressionCompiler::compile_compare(const ast::Expr& expr) {
    // `x + 7 hari_kerja`: the value and the days added to it.
    struct Side {
        const ast::Expr* value;
        const ast::Expr* offset;  // the offset expression, or null
    };
    auto side = [](const ast::Expr& e) { return e.kind == ast::ExprKind::offset ? Side{&e.children[0], &e} : Side{&e, nullptr}; };
    Side left = side(expr.children[0]);
    Side right = side(expr.children[1]);
    ast::CompareOp op = expr.op;
    if (left.value->kind != ast::ExprKind::path && right.value->kind == ast::ExprKind::path) {
        std::swap(left, right);
        op = mirrored(op);
    }
    if (left.value->kind != ast::ExprKind::path) {
        error("E104", expr.location, "a comparison needs a fact on one side, e.g. `act.date < 2024-09-22`");
        return failed();
    }
    int fact = resolve_path(*left.value);
    if (fact < 0) return failed();
    const FieldSchema& field = *program_.facts[static_cast<std::size_t>(fact)].field;
    Node node;
    node.op = Node::Op::compare;
    node.cmp = op;
    node.fact = static_cast<std::uint32_t>(fact);
    bool ordered = op != ast::CompareOp::eq && op != ast::CompareOp::ne;
    if (ordered && field.type != ValueType::date && field.type != ValueType::integer) {
        error("E103", expr.location,
              fmt::format("`{}` is {}; only dates and numbers can be ordered with <, <=, >, >=", left.value->segments.back(),
                          type_name(field.type)));
        return failed();
    }
    for (const Side* shifted : {&left, &right}) {
        if (!shifted->offset) continue;
        if (field.type != ValueType::date) {
            error("E103", shifted->offset->location,
                  fmt::format("days can be added only to a date; `{}` is {}", written(*left.value), type_name(field.type)));
            return failed();
        }
        auto offset = day_offset(*shifted->offset);
        if (!offset) return failed();
        (shifted == &left ? node.lhs_offset : node.rhs.offset) = *offset;
    }
    if (right.value->kind == ast::ExprKind::path) {
        int other = resolve_path(*right.value);
        if (other < 0) return failed();
        const FieldSchema& other_field = *program_.facts[static_cast<std::size_t>(other)].field;
        if (other_field.type != field.type || other_field.values != field.values) {
            error("E103", expr.location,
                  fmt::format("cannot compare `{}` ({}) with `{}` ({})", written(*left.value), type_name(field.type),
                              written(*right.value), type_name(other_field.type)));
            return failed();
        }
        node.rhs.is_fact = true;
        node.rhs.fact = static_cast<std::uint32_t>(other);
        return add(std::move(node));
    }
    if (!is_literal(*right.value)) {
        error("E104", right.value->location,
              fmt::format("expected a value to compare `{}` with, found {}", written(*left.value), literal_kind(*right.value)));
        return failed();
    }
    if (!literal_value(*right.value, field, node.rhs.constant, node.rhs.text)) return failed();
    return add(std::move(node));
}

std::optional<DayOffset> ExpressionCompiler::day_offset(const ast::Expr& offset) {
    DayOffset out;
    out.count = static_cast<std::int32_t>(offset.integer);
    if (offset.text == "days" || offset.text == "hari") return out;
    for (std::size_t i = 0; i < program_.calendars.size(); ++i)
        if (program_.calendars[i].id() == offset.text) {
            out.calendar = static_cast<std::int32_t>(i);
            return out;
        }
    std::vector<std::string> units = {"days", "hari"};
    for (const WorkdayCalendar& calendar : program_.calendars) units.push_back(calendar.id());
    std::vector<std::string> notes;
    if (std::string close = closest_match(offset.text, units); !close.empty()) notes.push_back("did you mean `" + close + "`?");
    notes.push_back("the units are `days` (hari) and the pack's `workdays` calendars: " + join(units, ", "));
    error("E110", offset.location, fmt::format("unknown unit of days `{}`", offset.text), std::move(notes));
    return std::nullopt;
}

bool ExpressionCompiler::set_items(const ast::Expr& set, const FieldSchema& field, Node& node) {
    bool ok = true;
    std::vector<const ast::Expr*> items;
    if (set.kind == ast::ExprKind::set)
        for (const ast::Expr& item : set.children) items.push_back(&item);
    else
        items.push_back(&set);
    for (const ast::Expr* item : items) {
        if (!is_literal(*item)) {
            error("E104", item->location, fmt::format("expected a value in the set, found {}", literal_kind(*item)));
            ok = false;
            continue;
        }
        Value value;
        std::string text;
        if (!literal_value(*item, field, value, text)) {
            ok = false;
            continue;
        }
        switch (value.kind) {
            case Value::Kind::enumeration: node.mask |= std::uint64_t{1} << value.enum_index; break;
            case Value::Kind::integer: node.numbers.push_back(value.integer); break;
            case Value::Kind::date: node.numbers.push_back(value.date); break;
            case Value::Kind::string: node.texts.push_back(text); break;
            default:
                error("E103", item->location, fmt::format("`{}` cannot be tested for membership", field.name));
                ok = false;
        }
    }
    return ok;
}

std::uint32_t ExpressionCompiler::compile_in(const ast::Expr& expr, bool negate) {
    const ast::Expr& left = expr.children[0];
    const ast::Expr& right = expr.children[1];
    if (left.kind != ast::ExprKind::path) {
        error("E104", left.location, "the left side of `in` must be a fact, e.g. `actor.status in {pns, cpns}`");
        return failed();
    }
    int fact = resolve_path(left);
    if (fact < 0) return failed();
    const FieldSchema& field = *program_.facts[static_cast<std::size_t>(fact)].field;
    Node node;
    node.fact = static_cast<std::uint32_t>(fact);
    if (right.kind == ast::ExprKind::range) {
        if (field.type != ValueType::date) {
            error("E103", right.location,
                  fmt::format("`{}` is {}; a range `from .. to` applies to dates", written(left), type_name(field.type)));
            return failed();
        }
        const ast::Expr& low = right.children[0];
        const ast::Expr& high = right.children[1];
        if (low.kind != ast::ExprKind::date || high.kind != ast::ExprKind::date) {
            error("E103", right.location, "expected a date range like 2024-09-25 .. 2024-11-23");
            return failed();
        }
        node.op = Node::Op::in_range;
        node.low = low.date.days;
        node.high = high.date.days;
        std::uint32_t index = add(std::move(node));
        if (!negate) return index;
        Node inverted;
        inverted.op = Node::Op::not_;
        inverted.children = {index};
        return add(std::move(inverted));
    }
    if (right.kind != ast::ExprKind::set) {
        error("E104", right.location, "expected a set of values in braces after `in`, e.g. {support, oppose}");
        return failed();
    }
    if (field.type == ValueType::enum_set || field.type == ValueType::string_list || field.type == ValueType::object ||
        field.type == ValueType::object_list) {
        error("E103", left.location,
              fmt::format("`{}` is {}; use `contains` to test what a list holds", written(left), type_name(field.type)));
        return failed();
    }
    node.op = Node::Op::in_set;
    node.negate = negate;
    if (!set_items(right, field, node)) return failed();
    return add(std::move(node));
}

std::uint32_t ExpressionCompiler::compile_contains(const ast::Expr& expr) {
    const ast::Expr& left = expr.children[0];
    if (left.kind != ast::ExprKind::path) {
        error("E104", left.location, "the left side of `contains` must be a fact, e.g. `act.attributes contains party`");
        return failed();
    }
    int fact = resolve_path(left);
    if (fact < 0) return failed();
    const FieldSchema& field = *program_.facts[static_cast<std::size_t>(fact)].field;
    if (field.type != ValueType::enum_set && field.type != ValueType::string && field.type != ValueType::string_list) {
        error("E103", left.location,
              fmt::format("`{}` is {}; `contains` applies to lists of values and to texts", written(left),
                          type_name(field.type)));
        return failed();
    }
    Node node;
    node.op = Node::Op::contains;
    node.fact = static_cast<std::uint32_t>(fact);
    // Items of a list of texts are matched as texts.
    FieldSchema item_field = field;
    if (field.type == ValueType::string_list) item_field.type = ValueType::string;
    if (!set_items(expr.children[1], item_field, node)) return failed();
    for (std::string& text : node.texts) text = lower(text);
    return add(std::move(node));
}

std::uint32_t ExpressionCompiler::compile_known(const ast::Expr& expr, bool negate) {
    const ast::Expr operand = as_path(expr.children[0]);
    if (operand.kind != ast::ExprKind::path) {
        error("E104", operand.location, "`known`, `unknown` and `given` test a fact, e.g. `known act.date`");
        return failed();
    }
    int fact = resolve_path(operand);
    if (fact < 0) return failed();
    Node node;
    node.op = Node::Op::known;
    node.negate = negate;
    node.fact = static_cast<std::uint32_t>(fact);
    return add(std::move(node));
}

std::uint32_t ExpressionCompiler::compile_quantifier(const ast::Expr& expr) {
    const ast::Expr list = as_path(expr.children[0]);
    if (list.kind != ast::ExprKind::path) {
        error("E104", list.location, "a quantifier goes over a list of facts, e.g. `any(a in acts: ...)`");
        return failed();
    }
    int fact = resolve_path(list);
    if (fact < 0) return failed();
    const FieldSchema& field = *program_.facts[static_cast<std::size_t>(fact)].field;
    if (field.type != ValueType::object_list) {
        error("E103", list.location,
              fmt::format("`{}` is {}, not a list of objects to go through", written(list), type_name(field.type)));
        return failed();
    }
    if (variables_.size() >= 8) {
        error("E108", expr.location, "quantifiers are nested too deeply (at most 8)");
        return failed();
    }
    for (const Variable& variable : variables_) {
        if (variable.name == expr.variable) {
            error("E108", expr.location, fmt::format("the name `{}` is already used by an enclosing quantifier",
                                                     expr.variable));
            return failed();
        }
    }
    if (expr.variable == "act" || expr.variable == "report" || report_schema_.find(expr.variable)) {
        error("E108", expr.location,
              fmt::format("`{}` already names a fact; choose another name for the quantifier's item", expr.variable));
        return failed();
    }
    variables_.push_back({expr.variable, field.object.get()});
    program_.max_variables = std::max<std::uint8_t>(program_.max_variables, static_cast<std::uint8_t>(variables_.size()));
    Node node;
    node.op = expr.all_ ? Node::Op::all : Node::Op::any;
    node.fact = static_cast<std::uint32_t>(fact);
    node.variable = static_cast<std::uint8_t>(variables_.size() - 1);
    node.children.push_back(compile_condition(expr.children[1]));
    variables_.pop_back();
    return add(std::move(node));
}

}  // namespace netral
