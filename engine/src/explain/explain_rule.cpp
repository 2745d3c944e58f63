// explain_rule(): one rule as a person reads it, from the syntax tree (the
// conditions as written) and the compiled pack (provisions with their dates).
#include <algorithm>
#include <fmt/format.h>
#include <set>

#include "netral/convert.hpp"
#include "explain/rule_syntax.hpp"
#include "netral/explain.hpp"
#include "netral/pack_test.hpp"

namespace netral {
namespace {

std::string in_quotes(const std::string& text) { return "\"" + text + "\""; }

std::string where(const Location& location) {
    return fmt::format("{}:{}:{}", location.file, location.line, location.column);
}

// The provision as written and its regulation, for its source and subject.
std::pair<const ast::Regulation*, const ast::Provision*> written_provision(const Pack& pack, const std::string& id) {
    for (const ast::File& file : pack.syntax)
        for (const ast::Regulation& regulation : file.regulations)
            for (const ast::Provision& p : regulation.provisions)
                if (p.id == id) return {&regulation, &p};
    return {nullptr, nullptr};
}

class RuleReader {
public:
    RuleReader(const Pack& pack, const RuleParts& parts)
        : pack_(pack), rule_(*parts.syntax), compiled_(*parts.compiled), defines_(definitions(pack)) {}

    std::string run() {
        head();
        conditions();
        precedence();
        used_definitions();
        provisions("provisions cited", rule_.cites);
        sanction();
        referrals();
        notes();
        examples();
        return std::move(out_);
    }

private:
    void line(std::string_view text = {}) {
        out_ += text;
        out_ += '\n';
    }

    void head() {
        const RuleInfo& info = *compiled_.info;
        line(fmt::format("rule {} {}", info.id, in_quotes(info.title)));
        line(fmt::format("  written at {}", where(rule_.location)));
        std::string kind = info.kind ? fmt::format("; a violation is {} {}", info.kind->name, in_quotes(info.kind->title)) : "";
        line(fmt::format("  {}{}", info.per_act ? "per act: decided for each act of a report"
                                                : "per report: decided once for the whole report",
                         kind));
    }

    void conditions() {
        if (rule_.when) {
            line();
            line("when (the conduct the rule is about; false: the rule is silent):");
            line("  " + write_expression(*rule_.when));
        }
        line();
        line("elements (all must be met for a violation):");
        const RuleInfo& info = *compiled_.info;
        std::size_t written = 0;
        for (std::size_t e = 0; e < info.element_names.size(); ++e) {
            std::string condition, role;
            if (static_cast<int>(e) == info.subject_element) {
                condition = write_expression(rule_.subject->condition);
                role = " (subject)";
            } else if (static_cast<int>(e) == info.scope_element) {
                condition = scope_condition();
                role = " (the pack's scope, added to every per-act rule)";
            } else {
                condition = write_expression(rule_.elements[written++].condition);
            }
            line(fmt::format("  {}. {}{}: {}", e + 1, in_quotes(info.element_names[e]), role, condition));
        }
        if (!rule_.exceptions.empty()) {
            line();
            line("exceptions (unless; one that is established sets a violation aside):");
            for (std::size_t x = 0; x < rule_.exceptions.size(); ++x)
                line(fmt::format("  {}. {}: {}", x + 1, in_quotes(info.exception_names[x]),
                                 write_expression(rule_.exceptions[x].condition)));
        }
    }

    std::string scope_condition() const {
        std::string date = pack_.covered_from ? format_iso_date(*pack_.covered_from) : "?";
        std::string field = pack_.act_date ? pack_.act_date->name : "date";
        return fmt::format("act.{} >= {}", field, date);
    }

    void precedence() {
        line();
        if (rule_.overrides.empty()) {
            line("overrides: none");
        } else {
            line("overrides (when this rule is violated, these are set aside for the same act):");
            for (const ast::Ref& target : rule_.overrides) line("  " + rule_line(target.id));
        }
        std::vector<std::string> by;
        for (const CompiledRule& other : pack_.rules)
            for (const std::string& target : other.info->overrides)
                if (target == rule_.id) by.push_back(other.info->id);
        if (by.empty()) {
            line("overridden by: none");
        } else {
            line("overridden by (a violation of one of these sets this rule aside):");
            for (const std::string& id : by) line("  " + rule_line(id));
        }
    }

    std::string rule_line(const std::string& id) const {
        auto found = pack_.rule_by_id.find(id);
        if (found == pack_.rule_by_id.end()) return id;
        return fmt::format("{} {}", id, in_quotes(pack_.rules[found->second].info->title));
    }

    // Every definition the rule's conditions use, and those they use in turn.
    void used_definitions() {
        std::vector<const ast::Define*> used;
        std::set<std::string> seen;
        auto visit = [&](auto& self, const ast::Expr& expr) -> void {
            if (expr.kind == ast::ExprKind::name) {
                auto found = defines_.find(expr.text);
                if (found != defines_.end() && seen.insert(expr.text).second) {
                    used.push_back(found->second);
                    self(self, found->second->expr);
                }
            }
            for (const ast::Expr& child : expr.children) self(self, child);
        };
        if (rule_.subject) visit(visit, rule_.subject->condition);
        if (rule_.when) visit(visit, *rule_.when);
        for (const ast::Element& element : rule_.elements) visit(visit, element.condition);
        for (const ast::Exception& exception : rule_.exceptions) visit(visit, exception.condition);
        if (used.empty()) return;
        line();
        line("definitions used:");
        for (const ast::Define* define : used) {
            std::string title = define->title.empty() ? "" : " " + in_quotes(define->title);
            line(fmt::format("  {}{} ({}): {}", define->name, title, where(define->location), write_expression(define->expr)));
        }
    }

    void provisions(const std::string& heading, const std::vector<ast::Ref>& refs) {
        line();
        line(heading + ":");
        if (refs.empty()) line("  none");
        for (const ast::Ref& ref : refs) provision(ref.id, "  ");
    }

    void provision(const std::string& id, const std::string& indent) {
        auto found = pack_.provision_by_id.find(id);
        if (found == pack_.provision_by_id.end()) {
            line(indent + id);
            return;
        }
        const ProvisionInfo& p = *found->second;
        line(indent + p.id);
        line(indent + "  " + p.citation);
        std::string dates = p.in_force ? "in force from " + format_iso_date(*p.in_force) : "in force (no date given)";
        if (p.repealed) dates += ", repealed on " + format_iso_date(*p.repealed);
        line(indent + "  " + dates);
        line(indent + "  text: " + in_quotes(p.text));
        if (!p.note.empty()) line(indent + "  note: " + p.note);
        for (const DocumentNote& reasoning : p.reasoning) line(indent + "  reasoning: " + reasoning_text(reasoning));
        auto [regulation, written] = written_provision(pack_, p.id);
        if (regulation) {
            // Whom it speaks of: a verdict cites it only when this is not false.
            const std::optional<ast::Expr>& subject = written->subject ? written->subject : regulation->subject;
            if (subject) line(indent + "  speaks of: " + write_expression(*subject));
            if (!regulation->note.empty()) line(indent + "  note (" + regulation->id + "): " + regulation->note);
            if (!regulation->source.empty()) line(indent + "  source (" + regulation->id + "): " + regulation->source);
        }
    }

    static std::string reasoning_text(const DocumentNote& note) {
        std::string text = in_quotes(note.text);
        for (std::size_t i = 0; i < note.elections.size(); ++i) text += (i ? ", " : " (for ") + note.elections[i];
        return note.elections.empty() ? text : text + ")";
    }

    void sanction() {
        const RuleInfo& info = *compiled_.info;
        line();
        if (!info.level) {
            line("sanction: none named");
            return;
        }
        line(fmt::format("sanction: {} {}", info.level->name, in_quotes(info.level->title)));
        for (const std::string& measure : info.level->measures) line("  measure: " + in_quotes(measure));
        if (!rule_.sanction_basis.empty()) {
            line("  basis:");
            for (const ast::Ref& ref : rule_.sanction_basis) provision(ref.id, "    ");
        }
    }

    void referrals() {
        if (rule_.referrals.empty()) return;
        line();
        line("referrals (when the rule is violated):");
        for (const ast::Referral& referral : rule_.referrals) {
            std::string condition = referral.condition ? " when " + write_expression(*referral.condition) : "";
            line(fmt::format("  to {}{}: {}", referral.to, condition, in_quotes(referral.reason)));
            for (const ast::Ref& ref : referral.basis) line("    basis " + ref.id);
        }
    }

    void notes() {
        const RuleInfo& info = *compiled_.info;
        if (!info.notes.empty()) {
            line();
            line("notes (for the pack's authors):");
            for (const std::string& note : info.notes) line("  " + note);
        }
        if (!info.reasoning.empty()) {
            line();
            line("reasoning (shown in documents):");
            for (const DocumentNote& reasoning : info.reasoning) line("  " + reasoning_text(reasoning));
        }
    }

    void examples() {
        line();
        std::vector<ExampleSummary> found = examples_of_rule(pack_, rule_.id);
        line("examples (naming the rule in `expect`, or reaching it):");
        if (found.empty()) line("  none");
        for (const ExampleSummary& example : found) {
            std::string expects = example.expected_status.empty() ? "" : ", expects " + example.expected_status;
            line(fmt::format("  {} {} ({}:{}{})", example.id, in_quotes(example.title), example.location.file,
                             example.location.line, expects));
        }
    }

    const Pack& pack_;
    const ast::Rule& rule_;
    const CompiledRule& compiled_;
    std::unordered_map<std::string, const ast::Define*> defines_;
    std::string out_;
};

}  // namespace

std::optional<std::string> explain_rule(const Pack& pack, std::string_view rule_id) {
    RuleParts parts = find_rule(pack, rule_id);
    if (!parts.syntax) return std::nullopt;
    return RuleReader(pack, parts).run();
}

std::vector<std::string> rule_ids(const Pack& pack) {
    std::vector<std::string> ids;
    for (const CompiledRule& rule : pack.rules) ids.push_back(rule.info->id);
    return ids;
}

}  // namespace netral
