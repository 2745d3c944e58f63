#include "evaluate/admissibility.hpp"

#include <algorithm>
#include <array>

namespace netral {
namespace {

ElementStatus status_of(Tri value) {
    return value == Tri::yes ? ElementStatus::met : value == Tri::no ? ElementStatus::not_met : ElementStatus::unknown;
}

std::optional<Date> date_fact(const Pack& pack, std::uint32_t fact, const EvalContext& context) {
    const Value* value = read_fact(pack.program.facts[fact], context);
    if (!value || value->kind != Value::Kind::date) return std::nullopt;
    return Date{value->date};
}

// The time limit for this report: its last day in the first reading of the
// unit, and whether the end date falls within it (unknown when a date is
// missing, or when the readings of the unit disagree).
Tri work_out(const Pack& pack, const CompiledTimeLimit& limit, const EvalContext& context, DeadlineResult& out) {
    out.limit = limit.spans.empty() ? 0 : limit.spans[0].count;
    out.unit = limit.unit_words.empty() ? std::string_view() : std::string_view(limit.unit_words[0]);
    out.start = date_fact(pack, limit.start, context);
    if (limit.end >= 0) out.end = date_fact(pack, static_cast<std::uint32_t>(limit.end), context);
    if (!out.start || limit.spans.empty()) return Tri::unknown;
    out.last_day = limit.spans[0].after(*out.start);
    if (!out.end) return Tri::unknown;
    out.elapsed = limit.spans[0].elapsed(*out.start, *out.end);
    bool any_met = false, any_late = false;
    for (const DayCount& span : limit.spans) {
        bool met = !(span.after(*out.start) < *out.end);
        any_met |= met;
        any_late |= !met;
    }
    out.ambiguous = any_met && any_late;
    return out.ambiguous ? Tri::unknown : tri_of(any_met);
}

// A met element's facts are not shown (a requirement lists only what it
// lacks): only its status is kept.
void fill_element(ElementResult& element, const Pack& pack, const std::string& name, const std::vector<std::uint32_t>& facts,
                  Tri value, EvalContext& context) {
    element.name = &name;
    element.status = status_of(value);
    element.facts.resize(value == Tri::yes ? 0 : facts.size());
    for (std::size_t i = 0; i < element.facts.size(); ++i) {
        const FactRef& ref = pack.program.facts[facts[i]];
        FactUse& use = element.facts[i];
        use.path.clear();
        append_concrete_path(use.path, ref, context);
        use.value.clear();
        if (const Value* found = read_fact(ref, context)) append_value_json(use.value, *found, *ref.field, *context.report);
        else use.value = "null";
    }
}

// An element over every act (`all(a in acts: given a.place)`) reads facts
// that have no path until the act is known: name the unknown ones, so the
// verdict says which act lacks what.
void add_unknown_facts(ElementResult& element, const Program& program, std::uint32_t node, EvalContext& context) {
    thread_local std::vector<MissingUse> uses;
    uses.clear();
    collect_missing(program, node, context, uses);
    for (const MissingUse& use : uses) {
        bool listed = std::any_of(element.facts.begin(), element.facts.end(),
                                  [&](const FactUse& fact) { return fact.path == use.path; });
        if (!listed) element.facts.push_back({use.path, "null"});
    }
}

// The requirements' and deadlines' conditions, decided once per report:
// many share one (`when laporan_pemilu`), compiled to one node.
class ConditionMemo {
public:
    Tri value(const Program& program, std::uint32_t node, EvalContext& context) {
        for (std::size_t i = 0; i < size_; ++i)
            if (nodes_[i] == node) return values_[i];
        Tri value = evaluate(program, node, context);
        if (size_ < nodes_.size()) {
            nodes_[size_] = node;
            values_[size_++] = value;
        }
        return value;
    }

private:
    std::array<std::uint32_t, 16> nodes_{};
    std::array<Tri, 16> values_{};
    std::size_t size_ = 0;
};

}  // namespace

void assess_admissibility(const Pack& pack, EvalContext& context, const CheckOptions& options, std::optional<Date> date,
                          SubjectMask excluded, AdmissibilityResult& result) {
    // The results of the verdict's last report, kept per thread with their
    // element detail, are written over: a batch assesses thousands of reports.
    thread_local std::vector<RequirementResult> spare;
    for (RequirementResult& old : result.requirements) spare.push_back(std::move(old));
    result.outcome = AdmissibilityOutcome::not_assessed;
    result.text = {};
    result.requirements.clear();
    result.missing.clear();
    if (pack.requirements.empty()) return;
    context.act_position = -1;
    const Program& program = pack.program;
    thread_local std::vector<MissingUse> questions;
    questions.clear();
    bool late = false, not_met = false, unknown = false;
    ConditionMemo conditions;
    for (const CompiledRequirement& requirement : pack.requirements) {
        Tri applies = Tri::yes;
        if (requirement.condition >= 0) {
            applies = conditions.value(program, static_cast<std::uint32_t>(requirement.condition), context);
            if (applies == Tri::no) continue;
        }
        RequirementResult& out = result.requirements.emplace_back();
        if (!spare.empty()) {
            out = std::move(spare.back());
            spare.pop_back();
            out.deadline.reset();
        }
        out.requirement = requirement.info.get();
        out.provisions = options.handling_detail ? requirement.info->cites_in_force.on(date, excluded) : ProvisionSpan();
        Tri all = applies;
        const bool ask = options.handling_detail;
        if (ask && applies == Tri::unknown)
            collect_missing(program, static_cast<std::uint32_t>(requirement.condition), context, questions);
        out.elements.resize(options.element_detail ? requirement.elements.size() : 0);
        for (std::size_t e = 0; e < requirement.elements.size(); ++e) {
            Tri value = evaluate(program, requirement.elements[e], context);
            all = tri_and(all, value);
            if (ask && value == Tri::unknown) collect_missing(program, requirement.elements[e], context, questions);
            if (options.element_detail) {
                fill_element(out.elements[e], pack, requirement.info->element_names[e], requirement.element_facts[e],
                             value, context);
                if (value == Tri::unknown) add_unknown_facts(out.elements[e], program, requirement.elements[e], context);
            }
        }
        if (requirement.time_limit) {
            DeadlineResult& deadline = out.deadline.emplace();
            Tri within = work_out(pack, *requirement.time_limit, context, deadline);
            all = tri_and(all, within);
            if (ask && within == Tri::unknown && !deadline.ambiguous) {
                for (std::int32_t fact : {static_cast<std::int32_t>(requirement.time_limit->start), requirement.time_limit->end}) {
                    if (fact < 0) continue;
                    const FactRef& ref = program.facts[static_cast<std::size_t>(fact)];
                    if (!read_fact(ref, context)) questions.push_back({&ref, concrete_path(ref, context)});
                }
            }
            late |= within == Tri::no && applies == Tri::yes;
        }
        out.status = status_of(all);
        not_met |= all == Tri::no;
        unknown |= all == Tri::unknown;
    }
    if (result.requirements.empty()) return;
    result.outcome = late      ? AdmissibilityOutcome::late
                     : not_met ? AdmissibilityOutcome::inadmissible
                     : unknown ? AdmissibilityOutcome::incomplete
                               : AdmissibilityOutcome::registrable;
    result.text = pack.outcome_texts[static_cast<std::size_t>(result.outcome)];
    // Questions in the order the vocabulary declares the facts, each once
    // (two facts with the same question, such as the evidence of an act and of
    // the report, are asked once).
    std::stable_sort(questions.begin(), questions.end(), [](const MissingUse& a, const MissingUse& b) {
        return a.fact->field->ask_rank < b.fact->field->ask_rank;
    });
    for (const MissingUse& use : questions) {
        const std::string& question = use.fact->field->question;
        bool seen = std::any_of(result.missing.begin(), result.missing.end(), [&](const MissingFact& m) {
            return m.fact == use.path || (!question.empty() && m.question == question);
        });
        if (!seen) result.missing.push_back({use.path, use.fact->field->question});
    }
}

void handling_deadlines(const Pack& pack, EvalContext& context, std::optional<Date> date, SubjectMask excluded,
                        std::vector<HandlingDeadlineResult>& out) {
    out.clear();
    context.act_position = -1;
    ConditionMemo conditions;
    for (const CompiledDeadline& deadline : pack.deadlines) {
        if (deadline.condition >= 0 &&
            conditions.value(pack.program, static_cast<std::uint32_t>(deadline.condition), context) != Tri::yes)
            continue;
        HandlingDeadlineResult& result = out.emplace_back();
        result.id = deadline.id;
        result.title = deadline.title;
        work_out(pack, deadline.due, context, result.deadline);
        result.provisions = deadline.cites_in_force.on(date, excluded);
        result.notes = deadline.notes;
        result.reasoning = deadline.reasoning;
    }
}

}  // namespace netral
