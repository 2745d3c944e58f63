// explain_rule_on_report(): the rule's conditions evaluated on one report,
// sub-expression by sub-expression. The compiled program mirrors the syntax
// tree (one node per connective, quantifier or test; a definition compiles to
// its own expression), so the two are walked side by side: the syntax gives
// the words, the node the value and the facts it read.
#include <fmt/format.h>

#include "compile/compiled_pack.hpp"
#include "evaluate/expression_eval.hpp"
#include "netral/convert.hpp"
#include "explain/rule_syntax.hpp"
#include "netral/check.hpp"
#include "netral/explain.hpp"

namespace netral {
namespace {

const char* tri_word(Tri value) { return value == Tri::yes ? "true" : value == Tri::no ? "false" : "unknown"; }

const char* finding_words(const Finding& finding) {
    switch (finding.status) {
        case FindingStatus::violation: return "violation";
        case FindingStatus::not_violation: return "not a violation";
        case FindingStatus::unknown: return "unknown (facts are missing)";
        case FindingStatus::overridden: return "set aside";
    }
    return "";
}

class ReportExplainer {
public:
    ReportExplainer(const Pack& pack, const RuleParts& parts, const ReportInput& input)
        : pack_(pack), rule_(*parts.syntax), compiled_(*parts.compiled), input_(input), defines_(definitions(pack)) {}

    std::string run() {
        const RuleInfo& info = *compiled_.info;
        out_ += fmt::format("rule {} \"{}\" on report {} ({}:{})\n", info.id, info.title, input_.id,
                            input_.location.file, input_.location.line);
        if (!input_.report) {
            out_ += "the report is invalid: see its errors\n";
            return std::move(out_);
        }
        verdict_ = check(pack_, input_);
        out_ += fmt::format("verdict: {}\n", to_string(verdict_.status));
        context_.report = input_.report.get();
        if (verdict_.status == VerdictStatus::out_of_scope) {
            for (const Diagnostic& d : verdict_.diagnostics) out_ += fmt::format("  {}\n", d.message);
            out_ += "the report is outside the pack's scope: no rule is applied\n";
            return std::move(out_);
        }
        if (!info.per_act) {
            context_.act_position = -1;
            explain_finding(-1);
            return std::move(out_);
        }
        std::span<const std::uint32_t> acts = act_records();
        if (acts.empty()) out_ += "\nthe report gives no acts: a per-act rule has nothing to decide\n";
        for (std::size_t act = 0; act < acts.size(); ++act) {
            context_.act_record = acts[act];
            context_.act_position = static_cast<int>(act);
            explain_finding(static_cast<int>(act));
        }
        return std::move(out_);
    }

private:
    std::span<const std::uint32_t> act_records() const {
        if (!pack_.acts) return {};
        const Report& report = *input_.report;
        const Value& value = report.slot(Report::root, pack_.acts->slot);
        return value.kind == Value::Kind::list ? report.items(value.index) : std::span<const std::uint32_t>();
    }

    const Finding* finding_for(int act) const {
        for (const Finding& finding : verdict_.findings)
            if (finding.rule == compiled_.info.get() && finding.act == act) return &finding;
        return nullptr;
    }

    void explain_finding(int act) {
        const RuleInfo& info = *compiled_.info;
        out_ += '\n';
        out_ += act >= 0 ? fmt::format("act {} (acts[{}]): ", act, act) : std::string("the report: ");
        const Finding* finding = finding_for(act);
        if (!finding) out_ += "no finding: not the conduct the rule is about\n";
        else out_ += finding_summary(*finding) + "\n";
        if (compiled_.when >= 0) {
            out_ += "  when:\n";
            walk(static_cast<std::uint32_t>(compiled_.when), &*rule_.when, 2);
            if (!finding) return;
        }
        std::size_t written = 0;
        for (std::size_t e = 0; e < compiled_.elements.size(); ++e) {
            const ast::Expr* syntax = nullptr;
            if (static_cast<int>(e) == info.subject_element) syntax = &rule_.subject->condition;
            else if (static_cast<int>(e) != info.scope_element) syntax = &rule_.elements[written++].condition;
            Tri value = evaluate(pack_.program, compiled_.elements[e], context_);
            out_ += fmt::format("  element {} \"{}\": {}\n", e + 1, info.element_names[e],
                                value == Tri::yes ? "met" : value == Tri::no ? "not met" : "unknown");
            walk(compiled_.elements[e], syntax, 2);
        }
        for (std::size_t x = 0; x < compiled_.exceptions.size(); ++x) {
            Tri value = evaluate(pack_.program, compiled_.exceptions[x], context_);
            out_ += fmt::format("  exception {} \"{}\": {}\n", x + 1, info.exception_names[x],
                                value == Tri::yes ? "established" : value == Tri::no ? "not established"
                                                                                       : "unknown (not established)");
            walk(compiled_.exceptions[x], &rule_.exceptions[x].condition, 2);
        }
        if (finding) provisions(*finding);
    }

    static std::string finding_summary(const Finding& finding) {
        std::string text = finding_words(finding);
        if (!finding.overridden_by.empty()) text += fmt::format(" by rule {}", finding.overridden_by);
        else if (!finding.exception.empty())
            text += finding.status == FindingStatus::overridden
                        ? fmt::format(" by the exception \"{}\"", finding.exception)
                        : fmt::format("; the exception \"{}\" applies too", finding.exception);
        if (finding.nothing_in_force)
            text += " (none of its provisions is in force on the act's date or speaks of this actor)";
        return text;
    }

    void provisions(const Finding& finding) {
        out_ += "  provisions in force for it:";
        if (finding.provisions.empty()) out_ += " none";
        for (std::size_t i = 0; i < finding.provisions.size(); ++i)
            out_ += (i ? ", " : " ") + finding.provisions[i]->id;
        out_ += '\n';
    }

    // One line per node: its value, then its words (indented by depth), then
    // the facts it read with their values.
    void walk(std::uint32_t index, const ast::Expr* syntax, int depth) {
        // A definition: its name, then its own expression on the same node.
        if (syntax && syntax->kind == ast::ExprKind::name) {
            auto found = defines_.find(syntax->text);
            if (found != defines_.end()) {
                emit(index, syntax->text + " (definition)", {}, depth);
                walk(index, &found->second->expr, depth + 1);
                return;
            }
        }
        const Node& node = pack_.program.nodes[index];
        std::string words = syntax ? write_expression(*syntax) : scope_words(node);
        switch (node.op) {
            case Node::Op::not_:
            case Node::Op::and_:
            case Node::Op::or_:
                emit(index, words, {}, depth);
                for (std::size_t i = 0; i < node.children.size(); ++i)
                    walk(node.children[i], syntax && i < syntax->children.size() ? &syntax->children[i] : nullptr,
                         depth + 1);
                return;
            case Node::Op::any:
            case Node::Op::all: quantifier(index, node, syntax, words, depth); return;
            case Node::Op::constant: emit(index, words, {}, depth); return;
            default: break;
        }
        std::vector<std::uint32_t> facts{node.fact};
        if (node.op == Node::Op::compare && node.rhs.is_fact) facts.push_back(node.rhs.fact);
        emit(index, words, facts, depth);
    }

    // The scope element has no syntax: it is `act.date >= FROM`.
    std::string scope_words(const Node& node) const {
        const FactRef& fact = pack_.program.facts[node.fact];
        return fmt::format("{} >= {}", fact.written, format_iso_date(Date{node.rhs.constant.date}));
    }

    void quantifier(std::uint32_t index, const Node& node, const ast::Expr* syntax, const std::string& words,
                    int depth) {
        emit(index, words, {node.fact}, depth);
        const FactRef& list_fact = pack_.program.facts[node.fact];
        const Value* list = read_fact(list_fact, context_);
        if (!list || list->kind != Value::Kind::list) return;
        const ast::Expr* body = syntax && syntax->children.size() > 1 ? &syntax->children[1] : nullptr;
        auto saved_record = context_.variable_records[node.variable];
        auto saved_position = context_.variable_positions[node.variable];
        auto saved_list = context_.variable_lists[node.variable];
        context_.variable_lists[node.variable] = &list_fact;
        std::span<const std::uint32_t> items = input_.report->items(list->index);
        for (std::size_t i = 0; i < items.size(); ++i) {
            context_.variable_records[node.variable] = items[i];
            context_.variable_positions[node.variable] = static_cast<int>(i);
            std::string item = concrete_path(list_fact, context_) + fmt::format("[{}]", i);
            out_ += fmt::format("    {:<8}{}{} = {}:\n", "", indent(depth + 1), syntax ? syntax->variable : "item", item);
            walk(node.children[0], body, depth + 2);
        }
        context_.variable_records[node.variable] = saved_record;
        context_.variable_positions[node.variable] = saved_position;
        context_.variable_lists[node.variable] = saved_list;
    }

    // Depth 2 is an element's own condition, written at the value column.
    static std::string indent(int depth) { return std::string(static_cast<std::size_t>(depth > 2 ? depth - 2 : 0) * 2, ' '); }

    void emit(std::uint32_t index, const std::string& words, const std::vector<std::uint32_t>& facts, int depth) {
        Tri value = evaluate(pack_.program, index, context_);
        out_ += fmt::format("    {:<8}{}{}", tri_word(value), indent(depth), words);
        for (std::size_t i = 0; i < facts.size(); ++i) {
            const FactRef& fact = pack_.program.facts[facts[i]];
            out_ += i == 0 ? "    [" : ", ";
            out_ += concrete_path(fact, context_) + " = ";
            if (const Value* found = read_fact(fact, context_)) {
                if (found->kind == Value::Kind::list) out_ += fmt::format("{} items", input_.report->items(found->index).size());
                else out_ += value_json(*found, *fact.field, *input_.report);
            } else {
                out_ += "missing";
            }
        }
        if (!facts.empty()) out_ += ']';
        out_ += '\n';
    }

    const Pack& pack_;
    const ast::Rule& rule_;
    const CompiledRule& compiled_;
    const ReportInput& input_;
    std::unordered_map<std::string, const ast::Define*> defines_;
    Verdict verdict_;
    EvalContext context_;
    std::string out_;
};

}  // namespace

std::optional<std::string> explain_rule_on_report(const Pack& pack, std::string_view rule_id, const ReportInput& input) {
    RuleParts parts = find_rule(pack, rule_id);
    if (!parts.syntax) return std::nullopt;
    return ReportExplainer(pack, parts, input).run();
}

}  // namespace netral
