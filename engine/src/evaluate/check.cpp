// check(): one report in, one verdict out. The order follows a legal analysis:
// scope (who, when), each rule element by element, precedence between rules
// (exceptions, lex specialis), then one sanction, referrals and the questions
// still open.
#include "netral/check.hpp"

#include <algorithm>
#include <limits>
#include <string_view>
#include <unordered_set>

#include "compile/compiled_pack.hpp"
#include "evaluate/admissibility.hpp"
#include "evaluate/expression_eval.hpp"
#include "evaluate/sanction.hpp"
#include "netral/version.hpp"

namespace netral {
namespace {

struct OpenQuestion {
    MissingUse use;
    int level_rank = 0;  // the rule's level: a question matters if it could raise the verdict
    int act = -1;
};

std::optional<Date> date_of_act(const Pack& pack, const Report& report, std::uint32_t act_record) {
    if (!pack.act_date) return std::nullopt;
    const Value& value = report.slot(act_record, pack.act_date->slot);
    if (value.kind != Value::Kind::date) return std::nullopt;
    return Date{value.date};
}

// The report's acts (record indexes); none when it gives no list of acts.
std::span<const std::uint32_t> acts_of(const Pack& pack, const Report& report) {
    if (!pack.acts) return {};
    const Value& value = report.slot(Report::root, pack.acts->slot);
    return value.kind == Value::Kind::list ? report.items(value.index) : std::span<const std::uint32_t>();
}

// Findings whose verdict was overwritten, kept per thread so that checking
// report after report into one Verdict (a batch) reuses the memory of their
// element detail instead of allocating it anew for every finding.
std::vector<Finding>& spare_findings() {
    thread_local std::vector<Finding> spare;
    return spare;
}

ElementStatus element_status(Tri value) {
    return value == Tri::yes ? ElementStatus::met : value == Tri::no ? ElementStatus::not_met : ElementStatus::unknown;
}

class ReportChecker {
public:
    ReportChecker(const Pack& pack, const Report& report, const CheckOptions& options, Verdict& verdict)
        : pack_(pack), report_(report), options_(options), verdict_(verdict) {
        context_.report = &report;
    }

    void run() {
        excluded_ = excluded_subjects();
        // Whether the report can be registered is a question about the report,
        // whoever its actor: answered before the scope is.
        std::optional<Date> latest = latest_act_date(acts_of(pack_, report_));
        assess_admissibility(pack_, context_, options_, latest, excluded_, verdict_.admissibility);
        if (options_.handling_detail) handling_deadlines(pack_, context_, latest, excluded_, verdict_.deadlines);
        else verdict_.deadlines.clear();
        if (out_of_scope()) return;
        std::span<const std::uint32_t> acts = acts_of(pack_, report_);
        verdict_.findings.reserve(8);  // most reports reach a few rules per act: no regrowth
        for (std::uint32_t rule = 0; rule < pack_.rules.size(); ++rule) {
            if (pack_.rules[rule].per_act) {
                for (std::size_t act = 0; act < acts.size(); ++act) {
                    context_.act_record = acts[act];
                    context_.act_position = static_cast<int>(act);
                    if (gate_closed(pack_.rules[rule])) continue;
                    check_rule(rule, date_of_act(pack_, report_, acts[act]));
                }
            } else {
                context_.act_position = -1;
                if (gate_closed(pack_.rules[rule])) continue;
                check_rule(rule, latest_act_date(acts));
            }
        }
        apply_overrides();
        decide();
    }

private:
    bool out_of_scope() {
        for (const CompiledOutside& outside : pack_.outside) {
            if (evaluate(pack_.program, outside.condition, context_) == Tri::yes) {
                verdict_.status = VerdictStatus::out_of_scope;
                verdict_.diagnostics.push_back({Severity::note, "S001", {}, outside.text, {}});
                return true;
            }
        }
        if (pack_.subject >= 0 &&
            evaluate(pack_.program, static_cast<std::uint32_t>(pack_.subject), context_) == Tri::no) {
            verdict_.status = VerdictStatus::out_of_scope;
            verdict_.diagnostics.push_back(
                {Severity::note, "S002", {}, "Terlapor bukan subjek ketentuan yang dikaji.", {}});
            return true;
        }
        std::span<const std::uint32_t> acts = acts_of(pack_, report_);
        if (pack_.covered_from && !acts.empty()) {
            bool all_before = std::all_of(acts.begin(), acts.end(), [&](std::uint32_t act) {
                auto date = date_of_act(pack_, report_, act);
                return date && *date < *pack_.covered_from;
            });
            if (all_before) {
                verdict_.status = VerdictStatus::out_of_scope;
                verdict_.diagnostics.push_back(
                    {Severity::note, "S003", {},
                     "Semua perbuatan terjadi sebelum " + format_iso_date(*pack_.covered_from) +
                         ", sebelum berlakunya ketentuan yang dikaji; tidak ada ketentuan yang dikutip.",
                     {}});
                return true;
            }
        }
        return false;
    }

    // The provisions' subject conditions that are false for this report's
    // actor: their provisions are not cited.
    SubjectMask excluded_subjects() {
        SubjectMask excluded = 0;
        context_.act_position = -1;
        for (std::size_t i = 0; i < pack_.subject_conditions.size(); ++i)
            if (evaluate(pack_.program, pack_.subject_conditions[i], context_) == Tri::no)
                excluded |= SubjectMask{1} << i;
        return excluded;
    }

    std::optional<Date> latest_act_date(std::span<const std::uint32_t> acts) const {
        std::optional<Date> latest;
        for (std::uint32_t act : acts) {
            auto date = date_of_act(pack_, report_, act);
            if (date && (!latest || *latest < *date)) latest = date;
        }
        return latest;
    }

    // Whether the rule's gate rules it out for the act under test: its `when`
    // cannot hold, so it is not the conduct the rule is about. Tested before
    // anything else, as most rules are about another kind of act.
    bool gate_closed(const CompiledRule& rule) const {
        if (rule.gate.fact < 0) return false;
        const Value* gated = nullptr;
        if (rule.gate.act_slot >= 0) {
            const Value& value = report_.slot(context_.act_record, static_cast<std::uint32_t>(rule.gate.act_slot));
            if (!value.is_missing()) gated = &value;
        } else {
            gated = read_fact(pack_.program.facts[static_cast<std::uint32_t>(rule.gate.fact)], context_);
        }
        return gated && gated->kind == Value::Kind::enumeration && !((rule.gate.mask >> gated->enum_index) & 1u);
    }

    void check_rule(std::uint32_t rule_index, std::optional<Date> date) {
        const CompiledRule& rule = pack_.rules[rule_index];
        const Program& program = pack_.program;
        Tri all_met = Tri::yes;
        if (rule.when >= 0) {
            all_met = evaluate(program, static_cast<std::uint32_t>(rule.when), context_);
            if (all_met == Tri::no) return;  // not the conduct this rule is about
        }
        Finding& finding = new_finding();
        finding.rule = rule.info.get();
        finding.act = context_.act_position;
        finding.elements.resize(options_.element_detail ? rule.elements.size() : 0);
        for (std::size_t e = 0; e < rule.elements.size(); ++e) {
            Tri value = evaluate(program, rule.elements[e], context_);
            all_met = tri_and(all_met, value);
            if (options_.element_detail) fill_element(finding.elements[e], rule, e, value);
        }
        for (std::size_t x = 0; x < rule.exceptions.size(); ++x) {
            // An exception is a defence: it counts only when established.
            if (evaluate(program, rule.exceptions[x], context_) == Tri::yes) {
                finding.exception = rule.info->exception_names[x];
                break;
            }
        }
        finding.provisions = rule.info->cites_in_force.on(date, excluded_);
        finding.sanction_basis = rule.info->sanction_basis_in_force.on(date, excluded_);
        // A rule none of whose provisions is in force on the date (or speaks
        // of this actor) has nothing to be violated.
        finding.nothing_in_force = finding.provisions.empty();

        if (all_met == Tri::no || finding.nothing_in_force) finding.status = FindingStatus::not_violation;
        else if (!finding.exception.empty()) finding.status = all_met == Tri::yes ? FindingStatus::overridden : FindingStatus::not_violation;
        else if (all_met == Tri::unknown) finding.status = FindingStatus::unknown;
        else finding.status = FindingStatus::violation;

        if (finding.status == FindingStatus::unknown) note_open_questions(rule);
    }

    // A finding of the verdict's previous report, if any is left, whose
    // element detail has memory to write over; else a new one.
    Finding& new_finding() {
        std::vector<Finding>& spare = spare_findings();
        if (spare.empty()) return verdict_.findings.emplace_back();
        Finding& finding = verdict_.findings.emplace_back(std::move(spare.back()));
        spare.pop_back();
        std::vector<ElementResult> elements = std::move(finding.elements);
        finding = Finding{};
        finding.elements = std::move(elements);
        return finding;
    }

    // Written over `element` in place: its strings keep their memory.
    void fill_element(ElementResult& element, const CompiledRule& rule, std::size_t e, Tri value) const {
        element.name = &rule.info->element_names[e];
        element.status = element_status(value);
        element.facts.resize(rule.element_facts[e].size());
        for (std::size_t i = 0; i < element.facts.size(); ++i) {
            const FactRef& ref = pack_.program.facts[rule.element_facts[e][i]];
            FactUse& use = element.facts[i];
            use.path.clear();
            append_concrete_path(use.path, ref, context_);
            use.value.clear();
            if (const Value* found = read_fact(ref, context_)) append_value_json(use.value, *found, *ref.field, report_);
            else use.value = "null";
        }
    }

    // The facts whose absence left the rule undecided: those of its `when`
    // and of each element that came out unknown.
    void note_open_questions(const CompiledRule& rule) {
        std::vector<MissingUse> uses;
        if (rule.when >= 0 && evaluate(pack_.program, static_cast<std::uint32_t>(rule.when), context_) == Tri::unknown)
            collect_missing(pack_.program, static_cast<std::uint32_t>(rule.when), context_, uses);
        for (std::uint32_t element : rule.elements)
            if (evaluate(pack_.program, element, context_) == Tri::unknown)
                collect_missing(pack_.program, element, context_, uses);
        int rank = rule.info->level ? rule.info->level->rank : 0;
        for (MissingUse& use : uses) {
            if (use.fact->field->derived) {
                ask_for_phase(rank);
                continue;
            }
            questions_.push_back({std::move(use), rank, context_.act_position});
        }
    }

    // A phase is not a fact anyone reports: ask for what it is derived from.
    void ask_for_phase(int rank) {
        for (const FactRef* fact : {&pack_.act_date_fact, &pack_.election_fact}) {
            if (!fact->field) continue;
            const Value* value = read_fact(*fact, context_);
            // An election the pack has no calendar for is as good as none.
            bool answered = value && (fact != &pack_.election_fact ||
                                      pack_.find_election(report_.string(value->index)) != nullptr);
            if (!answered) questions_.push_back({{fact, concrete_path(*fact, context_)}, rank, context_.act_position});
        }
    }

    // Lex specialis: a violated rule sets aside the rules it overrides, for the
    // same act (a per-report rule: for every act). The findings a rule
    // overrides are found in an index sorted by rule and act, not by going
    // through every finding: a report of thousands of acts has thousands of
    // findings, and that was quadratic.
    void apply_overrides() {
        auto& findings = verdict_.findings;
        using Key = std::pair<std::uint32_t, int>;  // rule, act
        auto key = [&](std::uint32_t j) { return Key(findings[j].rule->index, findings[j].act); };
        std::vector<std::uint32_t>& index = overrides_index();
        index.clear();
        for (std::uint32_t j = 0; j < findings.size(); ++j) index.push_back(j);
        std::sort(index.begin(), index.end(), [&](std::uint32_t a, std::uint32_t b) { return key(a) < key(b); });
        for (std::size_t i = 0; i < findings.size(); ++i) {
            if (findings[i].status != FindingStatus::violation) continue;
            int act = findings[i].act;
            for (std::uint32_t target : pack_.rules[findings[i].rule->index].overrides) {
                Key from = act >= 0 ? Key(target, act) : Key(target, std::numeric_limits<int>::min());
                Key to = act >= 0 ? Key(target, act) : Key(target, std::numeric_limits<int>::max());
                auto first = std::partition_point(index.begin(), index.end(), [&](std::uint32_t j) { return key(j) < from; });
                auto last = std::partition_point(first, index.end(), [&](std::uint32_t j) { return key(j) <= to; });
                for (auto at = first; at != last; ++at) {
                    Finding& overridden = findings[*at];
                    if (overridden.status != FindingStatus::violation) continue;
                    overridden.status = FindingStatus::overridden;
                    overridden.overridden_by = findings[i].rule->id;
                }
            }
        }
    }

    // Reused report after report, like the spare findings.
    static std::vector<std::uint32_t>& overrides_index() {
        thread_local std::vector<std::uint32_t> index;
        return index;
    }

    void decide() {
        bool any_violation = false, any_unknown = false;
        for (const Finding& finding : verdict_.findings) {
            any_violation |= finding.status == FindingStatus::violation;
            any_unknown |= finding.status == FindingStatus::unknown;
        }
        int floor_rank = -1;  // questions below this level cannot change the verdict
        if (any_violation) {
            verdict_.status = VerdictStatus::violation;
            std::span<const std::uint32_t> acts = acts_of(pack_, report_);
            thread_local std::vector<std::optional<Date>> dates;  // reused: a batch checks many reports
            dates.clear();
            for (std::uint32_t act : acts) dates.push_back(date_of_act(pack_, report_, act));
            ReportAspects aspects{acts, dates, latest_act_date(acts), excluded_, verdict_.election};
            verdict_.sanction = aggregate_sanction(pack_, verdict_.findings, context_, aspects);
            floor_rank = verdict_.sanction->level ? verdict_.sanction->level->rank : -1;
            verdict_.referrals = collect_referrals(pack_, verdict_.findings, context_, aspects);
            verdict_.recommendations = collect_recommendations(pack_, context_, aspects, options_.element_detail);
            classify();
        } else {
            verdict_.status = any_unknown ? VerdictStatus::insufficient : VerdictStatus::no_violation;
        }
        list_missing(floor_rank);
    }

    // The kinds of violation: of the violated findings, then of the referrals.
    void classify() {
        auto add = [&](const KindInfo* kind) {
            if (kind && std::find(verdict_.classification.begin(), verdict_.classification.end(), kind) ==
                            verdict_.classification.end())
                verdict_.classification.push_back(kind);
        };
        for (const Finding& finding : verdict_.findings)
            if (finding.status == FindingStatus::violation) add(finding.rule->kind);
        for (const ReferralResult& referral : verdict_.referrals) add(referral.kind);
    }

    // The questions for klarifikasi, in the order the vocabulary declares the
    // facts (actor status, date, stance, …), then by act.
    void list_missing(int floor_rank) {
        std::vector<const OpenQuestion*> open;
        for (const OpenQuestion& question : questions_)
            if (question.level_rank > floor_rank) open.push_back(&question);
        std::stable_sort(open.begin(), open.end(), [](const OpenQuestion* a, const OpenQuestion* b) {
            std::uint32_t rank_a = a->use.fact->field->ask_rank, rank_b = b->use.fact->field->ask_rank;
            if (rank_a != rank_b) return rank_a < rank_b;
            if (a->act != b->act) return a->act < b->act;
            return a->use.path < b->use.path;
        });
        // Each fact is asked once. A report of thousands of acts has
        // thousands of questions: past a few, a set finds the ones asked
        // already, not a scan of every question so far.
        constexpr std::size_t scan_up_to = 32;
        std::unordered_set<std::string_view>& asked = asked_paths();
        asked.clear();
        for (const OpenQuestion* question : open) {
            const std::string& path = question->use.path;
            bool seen = open.size() <= scan_up_to
                            ? std::any_of(verdict_.missing.begin(), verdict_.missing.end(),
                                          [&](const MissingFact& m) { return m.fact == path; })
                            : !asked.insert(path).second;
            if (!seen) verdict_.missing.push_back({path, question->use.fact->field->question});
        }
    }

    static std::unordered_set<std::string_view>& asked_paths() {
        thread_local std::unordered_set<std::string_view> asked;
        return asked;
    }

    const Pack& pack_;
    const Report& report_;
    const CheckOptions& options_;
    Verdict& verdict_;
    EvalContext context_;
    std::vector<OpenQuestion> questions_;
    SubjectMask excluded_ = 0;
};

void describe_context(const Pack& pack, const Report& report, Verdict& verdict) {
    auto text_field = [&](const FieldSchema* field, std::string& out) {
        out.clear();
        if (!field) return;
        const Value& value = report.slot(Report::root, field->slot);
        if (value.kind == Value::Kind::string) out = report.string(value.index);
    };
    text_field(pack.election, verdict.election);
    text_field(pack.region, verdict.region);
    if (pack.actor) {
        const Value& actor = report.slot(Report::root, pack.actor->slot);
        if (actor.kind == Value::Kind::object) {
            auto actor_field = [&](const FieldSchema* field, std::string& out) {
                if (!field) return;
                const Value& value = report.slot(actor.index, field->slot);
                if (value.kind == Value::Kind::string) out = report.string(value.index);
            };
            actor_field(pack.actor_name, verdict.actor.name);
            actor_field(pack.actor_position, verdict.actor.position);
            actor_field(pack.actor_agency, verdict.actor.agency);
        }
    }
    for (std::uint32_t act : acts_of(pack, report))
        if (auto date = date_of_act(pack, report, act); date && (!verdict.date || *date < *verdict.date))
            verdict.date = date;
}

}  // namespace

void check(const Pack& pack, const ReportInput& input, const CheckOptions& options, Verdict& verdict) {
    verdict.incident = input.id;
    verdict.status = VerdictStatus::invalid;
    verdict.election.clear();
    verdict.region.clear();
    verdict.actor.name.clear();
    verdict.actor.position.clear();
    verdict.actor.agency.clear();
    verdict.date.reset();
    verdict.sanction.reset();
    verdict.referrals.clear();
    verdict.recommendations.clear();
    verdict.classification.clear();
    verdict.admissibility.outcome = AdmissibilityOutcome::not_assessed;
    verdict.admissibility.text = {};
    verdict.admissibility.missing.clear();  // its requirements are reused by assess_admissibility
    verdict.deadlines.clear();
    // The findings go to the spares, for their element detail's memory.
    std::vector<Finding>& spare = spare_findings();
    for (Finding& finding : verdict.findings) spare.push_back(std::move(finding));
    verdict.findings.clear();
    verdict.missing.clear();
    verdict.diagnostics = input.diagnostics;
    verdict.pack = &pack;
    verdict.pack_name = pack.identity.name;
    verdict.pack_version = pack.identity.version;
    verdict.pack_digest = pack.identity.digest;
    verdict.engine = engine_version;
    if (!input.report) {
        verdict.admissibility.requirements.clear();
        return;
    }
    describe_context(pack, *input.report, verdict);
    ReportChecker(pack, *input.report, options, verdict).run();
}

Verdict check(const Pack& pack, const ReportInput& input, const CheckOptions& options) {
    Verdict verdict;
    check(pack, input, options, verdict);
    return verdict;
}

}  // namespace netral
