// The compiled, immutable pack. Built once by compile_pack(); read by the
// evaluator, the report reader and the example runner from any thread.
#pragma once

#include <array>
#include <map>
#include <optional>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "compile/program.hpp"
#include "compile/rule_gate.hpp"
#include "compile/schema.hpp"
#include "compile/workdays.hpp"
#include "netral/ast.hpp"
#include "netral/pack.hpp"
#include "netral/verdict.hpp"

namespace netral {

struct CompiledElection {
    std::string id;
    std::string title;
    Date registration_from;
    Date candidate_determination;
    Date campaign_from, campaign_to;
    Date quiet_from, quiet_to;
    Date voting_day;
};

struct CompiledReferral {
    std::string to;
    std::string reason;
    const KindInfo* kind = nullptr;
    std::string deadline;
    std::vector<const ProvisionInfo*> basis;
    InForceLists basis_in_force;  // basis, by the act's date and the actor
    std::int32_t condition = -1;  // node; -1 = always
};

struct CompiledRecipient {
    std::string id;
    std::string title;
    std::optional<Date> from, until;  // both included; none = unbounded
    std::vector<const ProvisionInfo*> basis;
    std::string note;                      // for the pack's authors
    std::vector<DocumentNote> reasoning;   // its own, for documents
    // The recommendation's reasoning and its own: what a result made to this
    // recipient shows (RecommendationResult::reasoning).
    std::vector<DocumentNote> shown_reasoning;
};

struct CompiledRecommendation {
    std::string id;
    std::string title;
    std::int32_t condition = -1;          // node; -1 = on every violation
    std::vector<std::uint32_t> dated;     // date facts (Program::facts), in order of preference
    std::vector<std::string> dated_names;  // their paths below the report: "reported_on"
    std::vector<CompiledRecipient> recipients;
    std::string text;
    std::vector<const ProvisionInfo*> cites;
    std::vector<std::string> notes;
    std::vector<DocumentNote> reasoning;
    // The recommendation's and each recipient's provisions, by date and
    // subject: basis_in_force[r] for recipient r.
    std::vector<InForceLists> basis_in_force;
    // The text with each recipient's name filled in ([r]), and with none
    // (the last) when no recipient is in charge.
    std::vector<std::string> texts;
    // Facts of the report the text names ({actor.ppk|…}): filled in per
    // report, in the order they appear, each with what to say without it.
    struct Placeholder {
        std::string written;   // "{actor.ppk|…}" as in the text
        std::uint32_t fact = 0;
        std::string fallback;
    };
    std::vector<Placeholder> placeholders;
};

struct CompiledRule {
    std::unique_ptr<RuleInfo> info;
    bool per_act = false;                     // info->per_act, here where checking reads it for every rule
    std::int32_t when = -1;                   // node; -1 = always
    RuleGate gate;                            // rules the rule out before `when` is evaluated
    std::vector<std::uint32_t> elements;      // nodes, parallel to info->element_names
    std::vector<std::vector<std::uint32_t>> element_facts;  // facts each element reads
    std::vector<std::uint32_t> exceptions;    // nodes, parallel to info->exception_names
    std::vector<std::uint32_t> overrides;     // rule indexes
    std::vector<CompiledReferral> referrals;
};

struct CompiledOutside {
    std::uint32_t condition = 0;  // node
    std::string text;             // the verdict's diagnostic: where such a case belongs
};

struct CompiledEscalation {
    std::string title;
    std::uint32_t condition = 0;  // node
    int steps = 1;
    std::vector<const LevelInfo*> ladder;
    std::vector<const ProvisionInfo*> basis;
    InForceLists basis_in_force;
    std::string note;                     // for the pack's authors
    std::vector<DocumentNote> reasoning;  // for documents
};

// A time limit: `spans[0]` (or any other reading of the unit) after the
// date fact `start`; for a requirement, the date fact `end` must fall on or
// before the last day.
struct CompiledTimeLimit {
    std::vector<DayCount> spans;
    std::vector<std::string> unit_words;  // parallel: "hari", "hari kerja"
    std::uint32_t start = 0;              // Program::facts
    std::int32_t end = -1;                // Program::facts, or -1
};

struct CompiledRequirement {
    std::unique_ptr<RequirementInfo> info;
    std::int32_t condition = -1;  // node; -1 = always applies
    std::vector<std::uint32_t> elements;
    std::vector<std::vector<std::uint32_t>> element_facts;
    std::optional<CompiledTimeLimit> time_limit;
};

struct CompiledDeadline {
    std::string id;
    std::string title;
    std::int32_t condition = -1;
    CompiledTimeLimit due;
    std::vector<const ProvisionInfo*> cites;  // as written; a verdict cites those in force
    InForceLists cites_in_force;
    std::vector<std::string> notes;       // for the pack's authors
    std::vector<DocumentNote> reasoning;  // for documents
};

struct CompiledExample {
    const ast::Example* source = nullptr;  // kept in Pack::syntax
};

}  // namespace netral

namespace netral {

class Pack {
public:
    PackIdentity identity;
    std::vector<ast::File> syntax;  // kept for examples, explanations and locations

    // Fact vocabulary.
    std::shared_ptr<const ObjectSchema> report_schema;
    const FieldSchema* acts = nullptr;          // report.acts (list of object)
    const FieldSchema* act_date = nullptr;      // acts[].date
    const FieldSchema* act_phase = nullptr;     // acts[].phase (derived)
    const FieldSchema* election = nullptr;      // report.election
    const FieldSchema* region = nullptr;        // report.region, for summaries
    // Who the report is about (Verdict::actor): report.actor and its text
    // fields name, position and agency; null when the vocabulary has none.
    const FieldSchema* actor = nullptr;
    const FieldSchema* actor_name = nullptr;
    const FieldSchema* actor_position = nullptr;
    const FieldSchema* actor_agency = nullptr;
    const FieldSchema* id = nullptr;            // report.id, read for every record
    std::vector<const FieldSchema*> ask_order;  // every field, in declaration order
    // What a derived phase is asked as when it is unknown: the act's date and
    // the report's election.
    FactRef act_date_fact;
    FactRef election_fact;

    // Law.
    std::vector<std::unique_ptr<ProvisionInfo>> provisions;
    std::unordered_map<std::string, const ProvisionInfo*> provision_by_id;
    std::vector<CompiledElection> elections;
    std::vector<std::unique_ptr<LevelInfo>> levels;  // ascending
    // The conditions of each level's variants (nodes), by LevelInfo::rank,
    // parallel to LevelInfo::variants.
    std::vector<std::vector<std::uint32_t>> level_variant_conditions;
    const LevelInfo* find_level(const std::string& name) const;
    // Whom provisions speak of (ProvisionInfo::subject): report-level
    // conditions (nodes), each evaluated once per report.
    std::vector<std::uint32_t> subject_conditions;

    // Scope.
    std::vector<CompiledOutside> outside;
    std::int32_t subject = -1;  // node
    std::optional<Date> covered_from;

    // Rules.
    Program program;
    std::vector<CompiledRule> rules;
    std::unordered_map<std::string, std::uint32_t> rule_by_id;
    std::vector<const ProvisionInfo*> concurrent_basis;
    InForceLists concurrent_basis_in_force;
    std::string concurrent_note;                     // for the pack's authors
    std::vector<DocumentNote> concurrent_reasoning;  // for documents
    std::vector<CompiledEscalation> escalations;
    std::vector<CompiledRecommendation> recommendations;

    // Kinds of violation; a rule that names none has `default_kind`.
    std::vector<std::unique_ptr<KindInfo>> kinds;
    const KindInfo* default_kind = nullptr;
    const KindInfo* find_kind(std::string_view name) const;

    // Handling a report: its admissibility and the deadlines of its handling.
    std::vector<CompiledRequirement> requirements;
    std::array<std::string, 5> outcome_texts;  // by AdmissibilityOutcome
    std::vector<CompiledDeadline> deadlines;

    std::vector<const ast::Example*> examples;

    // Files under templates/ (wording of documents), by path below it.
    // An included folder's first, the pack's own last (pack_template_layers).
    std::map<std::string, std::vector<TemplateLayer>> templates;

    const CompiledElection* find_election(std::string_view id) const;
};

}  // namespace netral
