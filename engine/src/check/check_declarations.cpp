#include "check/check_declarations.hpp"

#include "check/author_words.hpp"
#include "netral/parse.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <functional>
#include <limits>
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

int weekday_index(const std::string& name) {
    static const char* english[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    static const char* indonesian[] = {"senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu"};
    for (int i = 0; i < 7; ++i)
        if (name == english[i] || name == indonesian[i]) return i;
    return -1;
}

std::string element_status_name(const std::string& written) {
    if (written == "met" || written == "terpenuhi") return "met";
    if (written == "not_met" || written == "tidak_terpenuhi") return "not_met";
    if (written == "unknown" || written == "tidak_diketahui") return "unknown";
    return {};
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
            for (const ast::Level& level : file.levels) {
                check_provisions(level.basis, "sanction basis");
                for (const ast::LevelVariant& variant : level.variants)
                    if (variant.basis) check_provisions(*variant.basis, "sanction basis");
            }
            for (const ast::Recommendation& recommendation : file.recommendations) check_recommendation(recommendation);
            for (const ast::Requirement& requirement : file.requirements) check_requirement(requirement);
            for (const ast::HandlingDeadline& deadline : file.deadlines) check_provisions(deadline.cites, "citation");
            check_admissibility(file.admissibility);
            check_aggregation(file.aggregation);
            for (const ast::Election& election : file.elections) check_election(election);
            for (const ast::Workdays& calendar : file.calendars) check_workdays(calendar);
            for (const ast::Example& example : file.examples) check_example(example);
            for (const ast::Regulation& regulation : file.regulations) {
                if (regulation.replaced_by && !regulations_.count(regulation.replaced_by->id))
                    unknown(*regulation.replaced_by, "regulation", keys(regulations_), "E140");
                for (const ast::Provision& provision : regulation.provisions)
                    if (provision.replaced_by && !regulations_.count(provision.replaced_by->id))
                        unknown(*provision.replaced_by, "regulation", keys(regulations_), "E140");
            }
            if (file.facts)
                for (const ast::FieldDecl& field : file.facts->fields) check_enum_words(field, "");
            check_document_words(file);
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
        std::map<std::string, const ast::Workdays*> calendars;
        std::map<std::string, const ast::HandlingDeadline*> deadlines;
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
            for (const ast::Rule& rule : file.rules) {
                declare(rules_, rule.id, &rule, rule.location, "rule", "E132");
                for (const ast::Referral& referral : rule.referrals) referral_recipients_.insert(referral.to);
            }
            for (const ast::Recommendation& recommendation : file.recommendations) {
                declare(recommendations_, recommendation.id, &recommendation, recommendation.location,
                        "recommendation", "E132");
                for (const ast::Recipient& recipient : recommendation.recipients)
                    recommendation_recipients_.insert(recipient.id);
            }
            for (const ast::Election& election : file.elections)
                declare(elections_, election.id, &election, election.location, "election", "E133");
            for (const ast::Workdays& calendar : file.calendars)
                declare(calendars, calendar.id, &calendar, calendar.location, "workdays calendar", "E133");
            for (const ast::ViolationKind& kind : file.kinds) {
                declare(kinds_, kind.name, &kind, kind.location, "kind of violation", "E134");
                if (kind.is_default) {
                    if (default_kind_)
                        error("E164", kind.location,
                              fmt::format("kinds `{}` and `{}` are both the default", default_kind_->name, kind.name));
                    else default_kind_ = &kind;
                }
            }
            for (const ast::Requirement& requirement : file.requirements)
                declare(requirements_, requirement.id, &requirement, requirement.location, "requirement", "E132");
            for (const ast::HandlingDeadline& deadline : file.deadlines) {
                declare(deadlines, deadline.id, &deadline, deadline.location, "deadline", "E132");
                deadline_ids_.insert(deadline.id);
            }
            for (const ast::AdmissibilityGroup& group : file.admissibility.groups)
                declare(groups_, group.id, &group, group.location, "admissibility group", "E134");
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

    // The words a file gives documents: every `reasoning`, with the elections
    // it is for (E169), and the text of every `outside`. Words only the
    // pack's authors should read are W170.
    void check_document_words(const ast::File& file) {
        auto each = [&](const std::vector<ast::Reasoning>& list) {
            for (const ast::Reasoning& reasoning : list) {
                for (const ast::Ref& election : reasoning.elections)
                    if (!elections_.count(election.id)) unknown(election, "election", keys(elections_), "E169");
                author_words(reasoning.text, reasoning.location, "this reasoning");
            }
        };
        for (const ast::Regulation& regulation : file.regulations) {
            each(regulation.reasoning);
            for (const ast::Provision& provision : regulation.provisions) each(provision.reasoning);
        }
        each(file.aggregation.concurrent_reasoning);
        for (const ast::Escalation& escalation : file.aggregation.escalations) each(escalation.reasoning);
        for (const ast::Rule& rule : file.rules) each(rule.reasoning);
        for (const ast::Requirement& requirement : file.requirements) each(requirement.reasoning);
        for (const ast::HandlingDeadline& deadline : file.deadlines) each(deadline.reasoning);
        for (const ast::Recommendation& recommendation : file.recommendations) {
            each(recommendation.reasoning);
            for (const ast::Recipient& recipient : recommendation.recipients) each(recipient.reasoning);
        }
        for (const ast::Outside& outside : file.scope.outside)
            author_words(outside.text, outside.location, "the text of this `outside` (the verdict's diagnostic)");
    }

    void author_words(std::string_view text, const Location& at, const char* what) {
        std::vector<std::string> words = author_only_words(text);
        if (words.empty()) return;
        std::string list;
        for (const std::string& word : words) list += (list.empty() ? "`" : ", `") + word + "`";
        diagnostics_.push_back({Severity::warning, "W170", at,
                                fmt::format("{} is for documents, but it says what only the pack's authors should read: {}", what, list),
                                {"sources, certainty (C0-C3), research files, matrix rows and interpretive choices "
                                 "belong in a `note`"}});
    }

    // An enum value that is a reserved word (`dalam`, `tingkat`) cannot be
    // named bare in a condition: say so where it is declared (W171), with the
    // field as a condition names it (`act.place`, `actor.x`, `report.x`).
    void check_enum_words(const ast::FieldDecl& field, const std::string& parent) {
        std::string path = parent.empty() ? (field.name == "actor" || field.name == "acts" ? "" : "report.") + field.name
                                          : parent + "." + field.name;
        if (parent.empty() && field.name == "acts") path = "act";
        for (const std::string& value : field.type.values)
            if (is_reserved_word(value))
                diagnostics_.push_back(
                    {Severity::warning, "W171", field.location,
                     fmt::format("`{}`, a value of `{}`, is a reserved word: a condition cannot name it bare", value, path),
                     {fmt::format("write it in double quotes in conditions, as in `{} == \"{}\"` or `{} in {{\"{}\"}}`, "
                                  "or choose another name",
                                  path, value, path, value)}});
        for (const ast::FieldDecl& inner : field.type.fields) check_enum_words(inner, path);
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

    void check_kind(const std::optional<ast::Ref>& kind) {
        if (kind && !kinds_.count(kind->id)) unknown(*kind, "kind of violation", keys(kinds_), "E161");
    }

    void check_requirement(const ast::Requirement& requirement) {
        check_provisions(requirement.cites, "citation");
        if (requirement.group && !groups_.count(requirement.group->id))
            unknown(*requirement.group, "admissibility group", keys(groups_), "E162");
        if (requirement.elements.empty() && !requirement.deadline)
            error("E167", requirement.location,
                  fmt::format("requirement `{}` tests nothing: give it an `element` or a `time_limit`", requirement.id));
    }

    void check_admissibility(const ast::Admissibility& admissibility) {
        static const std::vector<std::string> outcomes = {"registrable", "incomplete", "inadmissible", "late"};
        std::set<std::string> seen;
        for (const auto& [name, text] : admissibility.outcomes) {
            if (std::find(outcomes.begin(), outcomes.end(), name.id) == outcomes.end())
                unknown(name, "outcome", outcomes, "E163");
            else if (!seen.insert(name.id).second)
                error("E163", name.location, fmt::format("outcome `{}` is given twice", name.id));
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
        check_kind(rule.kind);
        for (const ast::Referral& referral : rule.referrals) check_kind(referral.kind);
        if (rule.cites.empty())
            error("E149", rule.location, fmt::format("rule `{}` cites no provision (`cites`)", rule.id));
        if (rule.elements.empty() && !rule.subject)
            diagnostics_.push_back({Severity::warning, "W150", rule.location,
                                    fmt::format("rule `{}` has no elements: it is violated whenever `when` holds",
                                                rule.id),
                                    {}});
        check_coverage_in_time(rule);
    }

    // A rule can be violated only on a day when one of the provisions it
    // cites is in force: warn when some day from the pack's coverage start
    // on (or from the first of them in force) has none.
    void check_coverage_in_time(const ast::Rule& rule) {
        std::vector<InForce> spans;
        for (const ast::Ref& ref : rule.cites) {
            auto provision = provisions_.find(ref.id);
            if (provision != provisions_.end())
                spans.push_back(effective_dates(*provision_regulation_[ref.id], *provision->second));
        }
        if (spans.empty()) return;
        std::optional<Date> day;
        if (scope_ && scope_->from) {
            day = *scope_->from;
        } else {
            Date earliest{std::numeric_limits<std::int32_t>::max()};
            for (const InForce& span : spans) {
                if (!span.from) return;  // one of them has always been in force
                earliest = std::min(earliest, *span.from);
            }
            day = earliest;
        }
        // Walk forward: from `day`, jump to the end of a span that covers it,
        // until no span covers the day (a gap) or one never ends.
        for (std::size_t guard = 0; guard <= spans.size(); ++guard) {
            const InForce* covering = nullptr;
            for (const InForce& span : spans) {
                bool started = !span.from || !(*day < *span.from);
                bool ended = span.until && !(*day < *span.until);
                if (started && !ended && (!covering || !span.until || (covering->until && *covering->until < *span.until)))
                    covering = &span;
            }
            if (!covering) {
                std::optional<Date> next;  // when the gap ends: the next provision in force
                for (const InForce& span : spans)
                    if (span.from && *day < *span.from && (!next || *span.from < *next)) next = span.from;
                std::string gap = next ? fmt::format("from {} to {}", format_iso_date(*day),
                                                     format_iso_date(Date{next->days - 1}))
                                       : fmt::format("from {} on", format_iso_date(*day));
                diagnostics_.push_back(
                    {Severity::warning, "W153", rule.location,
                     fmt::format("none of the provisions rule `{}` cites is in force {}: an act of those days can "
                                 "never violate it",
                                 rule.id, gap),
                     {"cite the provision that applied on that day too, or narrow the rule to the days its provisions "
                      "are in force"}});
                return;
            }
            if (!covering->until) return;
            day = covering->until;
        }
    }

    void check_recommendation(const ast::Recommendation& recommendation) {
        check_provisions(recommendation.cites, "citation");
        if (recommendation.recipients.empty())
            error("E155", recommendation.location,
                  fmt::format("recommendation `{}` has no recipient (`to`)", recommendation.id),
                  {"write e.g. `to bkn \"Badan Kepegawaian Negara (BKN)\" from 2024-08-24`"});
        for (std::size_t i = 0; i < recommendation.recipients.size(); ++i) {
            const ast::Recipient& recipient = recommendation.recipients[i];
            check_provisions(recipient.basis, "basis");
            if (recipient.from && recipient.until && *recipient.until < *recipient.from)
                error("E154", recipient.location,
                      fmt::format("recipient `{}` is in charge until {}, before it starts on {}", recipient.id,
                                  format_iso_date(*recipient.until), format_iso_date(*recipient.from)));
            for (std::size_t j = 0; j < i; ++j) {
                const ast::Recipient& earlier = recommendation.recipients[j];
                // Two spans overlap when each starts before the other ends.
                bool overlap = !(earlier.until && recipient.from && *earlier.until < *recipient.from) &&
                               !(recipient.until && earlier.from && *recipient.until < *earlier.from);
                // A recipient without dates is in charge of an unknown date only.
                bool dated = (earlier.from || earlier.until) && (recipient.from || recipient.until);
                if (overlap && dated)
                    error("E154", recipient.location,
                          fmt::format("recipients `{}` and `{}` of recommendation `{}` are both in charge on some days",
                                      earlier.id, recipient.id, recommendation.id),
                          {"give each recipient its own span of dates with `from` and `until` (a recipient without "
                           "dates, for an unknown date, comes last)"});
            }
        }
        std::string_view text = recommendation.text;
        for (std::size_t open = text.find('{'); open != std::string_view::npos; open = text.find('{', open + 1)) {
            std::size_t close = text.find('}', open);
            std::string_view name = text.substr(open + 1, close == std::string_view::npos ? 0 : close - open - 1);
            // {penerima}, or a fact of the report with what to say when it is
            // not given: {actor.ppk|Pejabat Pembina Kepegawaian instansi terlapor}.
            std::string_view fact = name.substr(0, name.find('|'));
            bool is_fact = fact.find('.') != std::string_view::npos && fact.find(' ') == std::string_view::npos;
            if (name != "penerima" && !is_fact)
                error("E158", recommendation.location,
                      fmt::format("recommendation `{}`: a placeholder is `{{penerima}}` or a fact of the report like "
                                  "`{{actor.ppk|Pejabat Pembina Kepegawaian instansi terlapor}}`, found `{{{}}}`",
                                  recommendation.id, name));
        }
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
            if (stage.dated && stage.to < stage.from)
                error("E146", stage.location, fmt::format("stage `{}` ends before it starts", stage.name));
        }
        const ast::Stage* previous = nullptr;
        for (const std::string& name : stage_names()) {
            auto found = stages.find(name);
            if (found == stages.end()) {
                error("E145", election.location, fmt::format("election `{}` has no `{}` date", election.id, name));
                continue;
            }
            // A stage whose date is not real (E002) is left out of the order.
            if (!found->second->dated) continue;
            if (previous && found->second->from < previous->to)
                error("E146", found->second->location,
                      fmt::format("stage `{}` starts before `{}` ends", name, previous->name));
            previous = found->second;
        }
    }

    void check_workdays(const ast::Workdays& calendar) {
        static const std::vector<std::string> names = {"monday", "tuesday", "wednesday", "thursday", "friday",
                                                       "saturday", "sunday", "senin", "selasa", "rabu",
                                                       "kamis", "jumat", "sabtu", "minggu"};
        for (const ast::Ref& day : calendar.weekend)
            if (weekday_index(day.id) < 0) unknown(day, "day of the week", names, "E159");
        if (calendar.id == "days" || calendar.id == "hari")
            error("E159", calendar.location,
                  fmt::format("a workdays calendar cannot be called `{}`: that is the unit of calendar days", calendar.id));
        for (const ast::Holiday& holiday : calendar.holidays)
            if (holiday.dated && holiday.to < holiday.from)
                error("E146", holiday.location,
                      fmt::format("holiday \"{}\" ends ({}) before it starts ({})", holiday.name,
                                  format_iso_date(holiday.to), format_iso_date(holiday.from)));
    }

    // A did-you-mean for a misspelt element status, and the list.
    static std::vector<std::string> status_notes(const std::string& written) {
        static const std::vector<std::string> statuses = {"met", "not_met", "unknown", "terpenuhi", "tidak_terpenuhi",
                                                          "tidak_diketahui"};
        std::vector<std::string> notes;
        if (std::string close = closest_match(written, statuses); !close.empty())
            notes.push_back("did you mean `" + close + "`?");
        notes.push_back("use met, not_met or unknown (terpenuhi, tidak_terpenuhi, tidak_diketahui)");
        return notes;
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
        if (example.basis) check_provisions(*example.basis, "sanction basis");
        for (const auto* list : {&example.overridden, &example.excepted})
            if (*list)
                for (const ast::Ref& rule : **list)
                    if (!rules_.count(rule.id)) unknown(rule, "rule", keys(rules_), "E141");
        if (example.referrals)
            for (const ast::Ref& to : *example.referrals)
                if (!referral_recipients_.count(to.id))
                    unknown(to, "referral recipient", {referral_recipients_.begin(), referral_recipients_.end()}, "E156");
        if (example.recommendations)
            for (const ast::Ref& to : *example.recommendations)
                if (!recommendation_recipients_.count(to.id))
                    unknown(to, "recommendation recipient",
                            {recommendation_recipients_.begin(), recommendation_recipients_.end()}, "E156");
        if (example.admissibility) {
            static const std::vector<std::string> outcomes = {"registrable", "incomplete", "inadmissible", "late",
                                                              "not_assessed"};
            if (std::find(outcomes.begin(), outcomes.end(), example.admissibility->id) == outcomes.end())
                unknown(*example.admissibility, "outcome", outcomes, "E163");
        }
        for (const auto& [id, status] : example.requirements) {
            if (!requirements_.count(id.id)) unknown(id, "requirement", keys(requirements_), "E168");
            if (element_status_name(status.id).empty())
                error("E157", status.location, fmt::format("`{}` is not a requirement status", status.id),
                      status_notes(status.id));
        }
        for (const auto& [id, day] : example.deadlines) {
            auto requirement = requirements_.find(id.id);
            bool time_limit = requirement != requirements_.end() && requirement->second->deadline;
            if (!time_limit && !deadline_ids_.count(id.id)) {
                std::vector<std::string> known(deadline_ids_.begin(), deadline_ids_.end());
                for (const auto& [rid, r] : requirements_)
                    if (r->deadline) known.push_back(rid);
                unknown(id, "deadline or time limit", known, "E168");
            }
        }
        if (example.classification)
            for (const ast::Ref& kind : *example.classification)
                if (!kinds_.count(kind.id)) unknown(kind, "kind of violation", keys(kinds_), "E161");
        for (const ast::ExpectedElement& element : example.elements) {
            auto rule = rules_.find(element.rule.id);
            if (rule == rules_.end()) {
                unknown(element.rule, "rule", keys(rules_), "E141");
                continue;
            }
            std::vector<std::string> names;
            if (rule->second->subject) names.push_back(rule->second->subject->name.empty() ? "Subjek" : rule->second->subject->name);
            if (scope_ && scope_->from && rule->second->per_act)
                names.push_back(scope_->from_title.empty() ? "perbuatan terjadi sejak " + format_iso_date(*scope_->from)
                                                           : scope_->from_title);
            for (const ast::Element& e : rule->second->elements) names.push_back(e.name);
            if (std::find(names.begin(), names.end(), element.name) == names.end()) {
                std::vector<std::string> notes;
                if (std::string close = closest_match(element.name, names); !close.empty())
                    notes.push_back("did you mean \"" + close + "\"?");
                error("E157", element.location,
                      fmt::format("rule `{}` has no element \"{}\"", element.rule.id, element.name), std::move(notes));
            }
            if (element_status_name(element.status.id).empty())
                error("E157", element.status.location,
                      fmt::format("`{}` is not an element status", element.status.id), status_notes(element.status.id));
        }
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
    std::map<std::string, const ast::Election*> elections_;
    std::map<std::string, const ast::Provision*> provisions_;
    std::map<std::string, const ast::Regulation*> provision_regulation_;
    std::map<std::string, const ast::Rule*> rules_;
    std::map<std::string, const ast::Level*> levels_;
    std::map<std::string, const ast::Recommendation*> recommendations_;
    std::map<std::string, const ast::ViolationKind*> kinds_;
    const ast::ViolationKind* default_kind_ = nullptr;
    std::map<std::string, const ast::Requirement*> requirements_;
    std::map<std::string, const ast::AdmissibilityGroup*> groups_;
    std::set<std::string> deadline_ids_;
    std::set<std::string> referral_recipients_;        // every `refer TO` of the pack's rules
    std::set<std::string> recommendation_recipients_;  // every `to` of its recommendations
    const ast::Scope* scope_ = nullptr;
    int facts_count_ = 0;
};

}  // namespace

Diagnostics check_declarations(const std::vector<ast::File>& files) { return DeclarationChecker(files).run(); }

}  // namespace netral
