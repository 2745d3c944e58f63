#include "check/check_declarations.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <map>
#include <set>

namespace netral {

InForce effective_dates(const ast::Regulation& regulation, const ast::Provision& provision) {
    return {provision.in_force ? provision.in_force : regulation.in_force,
            provision.repealed ? provision.repealed : regulation.repealed};
}

const std::vector<std::string>& stage_names() {
    static const std::vector<std::string> names = {"registration", "candidate_determination", "campaign",
                                                   "quiet_period", "voting_day"};
    return names;
}

namespace {

const std::vector<std::string> verdict_statuses = {"violation", "no_violation", "insufficient", "out_of_scope",
                                                   "invalid"};

class DeclarationChecker {
public:
    explicit DeclarationChecker(const std::vector<ast::File>& files) : files_(files) {}

    Diagnostics run() {
        collect();
        for (const ast::File& file : files_) {
            for (const ast::Rule& rule : file.rules) check_rule(rule);
            for (const ast::Level& level : file.levels) check_provisions(level.basis, "sanction basis");
            check_aggregation(file.aggregation);
            for (const ast::Election& election : file.elections) check_election(election);
            for (const ast::Example& example : file.examples) check_example(example);
            for (const ast::Regulation& regulation : file.regulations)
                if (regulation.replaced_by && !regulations_.count(regulation.replaced_by->id))
                    unknown(*regulation.replaced_by, "regulation", keys(regulations_), "E140");
        }
        check_override_cycles();
        if (facts_count_ == 0)
            error("E137", {}, "the pack declares no `facts`: the vocabulary of reports is needed to check them");
        if (levels_.empty()) error("E138", {}, "the pack declares no sanction `levels`");
        return std::move(diagnostics_);
    }

private:
    template <typename Map>
    static std::vector<std::string> keys(const Map& map) {
        std::vector<std::string> out;
        for (const auto& [key, value] : map) out.push_back(key);
        return out;
    }

    void error(const std::string& code, const Location& at, std::string message, std::vector<std::string> notes = {}) {
        diagnostics_.push_back({Severity::error, code, at, std::move(message), std::move(notes)});
    }

    template <typename T>
    void declare(std::map<std::string, const T*>& seen, const std::string& id, const T* item, const Location& at,
                 const std::string& what, const std::string& code) {
        auto [found, inserted] = seen.emplace(id, item);
        if (!inserted) {
            error(code, at, fmt::format("{} `{}` is declared twice", what, id),
                  {fmt::format("first declared at {}:{}:{}", found->second->location.file,
                               found->second->location.line, found->second->location.column)});
        }
    }

    void collect() {
        std::map<std::string, const ast::Example*> examples;
        std::map<std::string, const ast::Define*> defines;
        std::map<std::string, const ast::Election*> elections;
        for (const ast::File& file : files_) {
            if (file.facts) {
                if (++facts_count_ > 1) error("E137", file.facts->location, "`facts` is declared a second time");
            }
            if (file.scope.declared) {
                if (scope_) error("E139", file.scope.location, "`scope` is declared a second time");
                scope_ = &file.scope;
            }
            for (const ast::Regulation& regulation : file.regulations) {
                declare(regulations_, regulation.id, &regulation, regulation.location, "regulation", "E130");
                for (const ast::Provision& provision : regulation.provisions) {
                    declare(provisions_, provision.id, &provision, provision.location, "provision", "E131");
                    provision_regulation_[provision.id] = &regulation;
                }
            }
            for (const ast::Rule& rule : file.rules) declare(rules_, rule.id, &rule, rule.location, "rule", "E132");
            for (const ast::Election& election : file.elections)
                declare(elections, election.id, &election, election.location, "election", "E133");
            for (const ast::Level& level : file.levels) declare(levels_, level.name, &level, level.location, "level", "E134");
            for (const ast::Define& define : file.defines)
                declare(defines, define.name, &define, define.location, "definition", "E135");
            for (const ast::Example& example : file.examples)
                declare(examples, example.id, &example, example.location, "example", "E136");
        }
    }

    void unknown(const ast::Ref& ref, const std::string& what, const std::vector<std::string>& candidates,
                 const std::string& code) {
        std::vector<std::string> notes;
        if (std::string close = closest_match(ref.id, candidates); !close.empty())
            notes.push_back("did you mean `" + close + "`?");
        else if (!candidates.empty() && candidates.size() <= 12)  // short lists help; long ones drown the message
            notes.push_back(fmt::format("the known {}s are: {}", what, fmt::join(candidates, ", ")));
        error(code, ref.location, fmt::format("unknown {} `{}`", what, ref.id), std::move(notes));
    }

    void check_provisions(const std::vector<ast::Ref>& refs, const std::string& role) {
        for (const ast::Ref& ref : refs)
            if (!provisions_.count(ref.id)) unknown(ref, "provision", keys(provisions_), "E140");
        (void)role;
    }

    // A cited provision must be in force on some day the rule can apply to:
    // from the pack's coverage start on.
    void check_in_force(const ast::Rule& rule, const std::vector<ast::Ref>& refs) {
        if (!scope_ || !scope_->from) return;
        for (const ast::Ref& ref : refs) {
            auto provision = provisions_.find(ref.id);
            if (provision == provisions_.end()) continue;
            InForce dates = effective_dates(*provision_regulation_[ref.id], *provision->second);
            if (dates.until && *dates.until <= *scope_->from)
                error("E147", ref.location,
                      fmt::format("`{}` was repealed on {}, before the pack's coverage starts ({}); rule `{}` can "
                                  "never apply while it is in force",
                                  ref.id, format_iso_date(*dates.until), format_iso_date(*scope_->from), rule.id));
        }
    }

    void check_level(const std::optional<ast::Ref>& level) {
        if (level && !levels_.count(level->id)) unknown(*level, "sanction level", keys(levels_), "E142");
    }

    void check_rule(const ast::Rule& rule) {
        check_provisions(rule.cites, "citation");
        check_provisions(rule.sanction_basis, "sanction basis");
        check_in_force(rule, rule.cites);
        check_in_force(rule, rule.sanction_basis);
        for (const ast::Referral& referral : rule.referrals) check_provisions(referral.basis, "referral basis");
        for (const ast::Ref& target : rule.overrides) {
            if (target.id == rule.id) error("E144", target.location, fmt::format("rule `{}` overrides itself", rule.id));
            else if (!rules_.count(target.id)) unknown(target, "rule", keys(rules_), "E141");
        }
        if (!rule.sanction_level)
            error("E148", rule.location, fmt::format("rule `{}` has no `sanction`", rule.id),
                  {"write e.g. `sanction berat by pp-94-2021/pasal-14/huruf-i`"});
        check_level(rule.sanction_level);
        if (rule.cites.empty())
            error("E149", rule.location, fmt::format("rule `{}` cites no provision (`cites`)", rule.id));
        if (rule.elements.empty() && !rule.subject)
            diagnostics_.push_back({Severity::warning, "W150", rule.location,
                                    fmt::format("rule `{}` has no elements: it is violated whenever `when` holds",
                                                rule.id),
                                    {}});
    }

    void check_aggregation(const ast::Aggregation& aggregation) {
        check_provisions(aggregation.concurrent_basis, "basis");
        for (const ast::Escalation& escalation : aggregation.escalations) {
            check_provisions(escalation.basis, "basis");
            for (const ast::Ref& level : escalation.ladder) check_level(level);
            if (escalation.ladder.size() < 2)
                error("E151", escalation.location, "a `repeat` needs at least two levels to move within");
        }
    }

    void check_election(const ast::Election& election) {
        std::map<std::string, const ast::Stage*> stages;
        for (const ast::Stage& stage : election.stages) {
            if (!stages.emplace(stage.name, &stage).second)
                error("E145", stage.location, fmt::format("stage `{}` is declared twice in `{}`", stage.name, election.id));
            if (stage.to < stage.from)
                error("E146", stage.location, fmt::format("stage `{}` ends before it starts", stage.name));
        }
        const ast::Stage* previous = nullptr;
        for (const std::string& name : stage_names()) {
            auto found = stages.find(name);
            if (found == stages.end()) {
                error("E145", election.location, fmt::format("election `{}` has no `{}` date", election.id, name));
                continue;
            }
            if (previous && found->second->from < previous->to)
                error("E146", found->second->location,
                      fmt::format("stage `{}` starts before `{}` ends", name, previous->name));
            previous = found->second;
        }
    }

    void check_example(const ast::Example& example) {
        if (example.status &&
            std::find(verdict_statuses.begin(), verdict_statuses.end(), example.status->id) == verdict_statuses.end())
            unknown(*example.status, "verdict status", verdict_statuses, "E143");
        check_level(example.level);
        if (example.rules)
            for (const ast::Ref& rule : *example.rules)
                if (!rules_.count(rule.id)) unknown(rule, "rule", keys(rules_), "E141");
        if (example.cites) check_provisions(*example.cites, "citation");
    }

    // Lex specialis must be an order: A overrides B overrides A is a mistake.
    // A depth-first walk with a stack of its own, not recursion: a chain of
    // 30,000 `overrides` must not run the walk off the end of the stack.
    void check_override_cycles() {
        std::map<std::string, int> state;  // 0 new, 1 on the path, 2 done
        std::set<std::string> reported;
        struct Step {
            const ast::Rule* rule;
            std::size_t next_target = 0;
        };
        std::vector<Step> path;  // the rules being walked, from the root
        auto enter = [&](const ast::Rule& rule) {
            state[rule.id] = 1;
            path.push_back({&rule});
        };
        for (const auto& [id, root] : rules_) {
            if (state[id] != 0) continue;
            enter(*root);
            while (!path.empty()) {
                Step& step = path.back();
                if (step.next_target == step.rule->overrides.size()) {
                    state[step.rule->id] = 2;
                    path.pop_back();
                    continue;
                }
                const ast::Rule& rule = *step.rule;
                const ast::Ref& target = rule.overrides[step.next_target++];
                auto next = rules_.find(target.id);
                if (next == rules_.end() || target.id == rule.id) continue;
                if (state[target.id] == 1) {
                    auto start = std::find_if(path.begin(), path.end(),
                                              [&](const Step& on_path) { return on_path.rule->id == target.id; });
                    std::string text;
                    for (auto at = start; at != path.end(); ++at) text += (text.empty() ? "" : " -> ") + at->rule->id;
                    text += " -> " + target.id;
                    if (reported.insert(target.id).second)
                        error("E144", target.location, fmt::format("`overrides` goes round in a circle: {}", text));
                } else if (state[target.id] == 0) {
                    enter(*next->second);  // `step` is not used after this: the push may move it
                }
            }
        }
    }

    const std::vector<ast::File>& files_;
    Diagnostics diagnostics_;
    std::map<std::string, const ast::Regulation*> regulations_;
    std::map<std::string, const ast::Provision*> provisions_;
    std::map<std::string, const ast::Regulation*> provision_regulation_;
    std::map<std::string, const ast::Rule*> rules_;
    std::map<std::string, const ast::Level*> levels_;
    const ast::Scope* scope_ = nullptr;
    int facts_count_ = 0;
};

}  // namespace

Diagnostics check_declarations(const std::vector<ast::File>& files) { return DeclarationChecker(files).run(); }

}  // namespace netral
