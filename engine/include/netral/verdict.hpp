// Verdicts: the engine's answer for one report (verdict-format v1). A verdict
// points into the Pack that made it (rule titles, provision texts), so it must
// not outlive that Pack.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "netral/date.hpp"
#include "netral/diagnostic.hpp"

namespace netral {

class Pack;  // compiled; engine/src/compile

enum class VerdictStatus { violation, no_violation, insufficient, out_of_scope, invalid };
enum class FindingStatus { violation, not_violation, unknown, overridden };
enum class ElementStatus { met, not_met, unknown };

const char* to_string(VerdictStatus status);
const char* to_string(FindingStatus status);
const char* to_string(ElementStatus status);

// A note for the documents (`reasoning` in the language): legal reasoning a
// reader of the kajian needs, shown only in cases of the elections it names
// (in every case when it names none). The pack's `note`s are for its authors
// (sources, certainty) and never reach a document.
struct DocumentNote {
    std::string text;
    std::vector<std::string> elections;
    bool applies_to(std::string_view election) const {
        if (elections.empty()) return true;
        for (const std::string& e : elections)
            if (e == election) return true;
        return false;
    }
};

struct ProvisionInfo {
    std::string id;        // pp-94-2021/pasal-5/huruf-n/angka-4
    std::string citation;  // Pasal 5 huruf n angka 4 Peraturan Pemerintah Nomor 94 Tahun 2021
    std::string text;
    std::string note;                    // for the pack's authors
    std::vector<DocumentNote> reasoning;  // for documents
    std::optional<Date> in_force;
    std::optional<Date> repealed;
    // Whom it speaks of: an index into the pack's subject conditions, or -1
    // for everyone. A report for which that condition is false never cites it.
    std::int32_t subject = -1;
    bool in_force_on(std::optional<Date> date) const;  // no date: not repealed at all
};

using ProvisionSpan = std::span<const ProvisionInfo* const>;

// The provisions' subject conditions that are false for one report, as bits
// (bit i: condition i); their provisions are not cited in its verdict.
using SubjectMask = std::uint64_t;
inline constexpr std::size_t max_subject_conditions = 64;
// How many different subject conditions one list of provisions may use.
inline constexpr std::size_t max_subjects_per_list = 8;

// Which of a list of provisions are in force on a date and speak of the
// report's actor, worked out once when the pack is loaded for every span of
// dates between the provisions' own dates and every combination of their
// subject conditions: a finding then points into these lists instead of
// copying them.
class InForceLists {
public:
    InForceLists() = default;
    // At most max_subjects_per_list different subjects (the compiler checks).
    explicit InForceLists(const std::vector<const ProvisionInfo*>& provisions);
    ProvisionSpan on(std::optional<Date> date, SubjectMask excluded = 0) const;
    // Every list on() can return (renderers encode each once).
    std::vector<ProvisionSpan> all() const;

private:
    std::size_t variant(SubjectMask excluded) const;  // index of the subject combination

    std::vector<Date> starts_;           // sorted dates where the list changes
    std::vector<std::int32_t> subjects_;  // the subject conditions used; bit i of a variant: subjects_[i] is false
    // lists_[span * variants + variant]; span i < starts_.size() is before
    // starts_[i], span starts_.size() from the last start, and the last span
    // is for an unknown date (every provision not repealed).
    std::vector<std::vector<const ProvisionInfo*>> lists_;
};

// The measures and basis of a level for the reports its condition (kept in
// the compiled pack) holds for.
struct LevelVariantInfo {
    std::vector<std::string> measures;
    InForceLists basis;
};

// A kind of violation (`kinds`): the classification a finding or a
// referral names, e.g. "pelanggaran peraturan perundang-undangan lainnya".
struct KindInfo {
    std::string name;  // lainnya
    std::string title;
};

struct LevelInfo {
    std::string name;  // berat
    std::string title;
    std::vector<std::string> measures;
    std::vector<const ProvisionInfo*> basis;
    InForceLists basis_in_force;  // basis, by date and subject
    std::vector<LevelVariantInfo> variants;  // in order; the first whose condition holds applies
    int rank = 0;  // position in the pack's ascending order
};

struct RuleInfo {
    std::uint32_t index = 0;  // position in the pack's rule order
    std::string id;
    std::string title;
    bool per_act = true;
    std::vector<std::string> element_names;  // subject, scope date, then the elements
    int subject_element = -1;  // index of the rule's `subject` element, if it has one
    int scope_element = -1;  // index of the scope-date element the pack adds to every per-act rule, if any
    std::vector<std::string> exception_names;
    std::vector<const ProvisionInfo*> cites;
    const LevelInfo* level = nullptr;
    const KindInfo* kind = nullptr;  // what a violation of it is classified as
    std::vector<const ProvisionInfo*> sanction_basis;
    InForceLists cites_in_force;           // cites, by date
    InForceLists sanction_basis_in_force;  // sanction_basis, by date
    std::vector<std::string> overrides;
    std::vector<std::string> notes;          // for the pack's authors
    std::vector<DocumentNote> reasoning;     // for documents
    Location location;
};

// A fact an element read, e.g. {"acts[0].type", "\"campaign_participation\""}:
// the value is JSON text (null when the fact is not in the report).
struct FactUse {
    std::string path;
    std::string value;
};

struct ElementResult {
    const std::string* name = nullptr;
    ElementStatus status = ElementStatus::unknown;
    std::vector<FactUse> facts;
};

// A finding points into its Pack (provisions, names) and owns only its
// element detail, which checking leaves out when CheckOptions says no one
// will read it.
struct Finding {
    const RuleInfo* rule = nullptr;
    int act = -1;  // index into the report's acts; -1 for a per-report rule
    FindingStatus status = FindingStatus::unknown;
    ProvisionSpan provisions;      // in force on the act's date
    ProvisionSpan sanction_basis;  // in force on the act's date
    std::vector<ElementResult> elements;
    std::string_view overridden_by;  // the rule that took precedence, if any
    std::string_view exception;      // the exception that applied, if any
    // None of the rule's provisions is in force on the act's date for this
    // actor: the finding cannot be a violation, whatever its elements.
    bool nothing_in_force = false;
};

struct SanctionResult {
    const LevelInfo* level = nullptr;
    const std::vector<std::string>* measures = nullptr;  // the level's, or its variant's for this actor
    std::vector<const ProvisionInfo*> basis;
    // Aggregation and escalation in words, for documents: the engine's words
    // and the pack's `reasoning`, never its `note`.
    std::vector<std::string> notes;
};

struct ReferralResult {
    std::string to;
    std::string reason;
    std::vector<const ProvisionInfo*> basis;
    std::string rule;  // the rule whose violation made it
    const KindInfo* kind = nullptr;  // e.g. tindak pidana pemilihan
    std::string_view deadline;       // the handling deadlines of the body referred to, in words
};

struct MissingFact {
    std::string fact;  // acts[0].stance
    std::string question;
};

// ---- handling: admissibility of the report and deadlines

// A requirement of the pack (`requirement`): a syarat formil or materiil, or
// the reporting deadline.
struct RequirementInfo {
    std::uint32_t index = 0;
    std::string id;
    std::string title;
    std::string group;        // formil
    std::string group_title;  // Syarat formil
    std::vector<std::string> element_names;
    std::vector<const ProvisionInfo*> cites;  // as written; a verdict cites those in force
    InForceLists cites_in_force;
    std::vector<std::string> notes;       // for the pack's authors
    std::vector<DocumentNote> reasoning;  // for documents
    bool time_limit = false;  // a deadline: not meeting it makes the report late
};

// A time limit worked out for one report: `limit` units after `start`.
struct DeadlineResult {
    std::optional<Date> start;
    std::optional<Date> end;       // the date that had to fall on or before the last day
    std::optional<Date> last_day;  // start + limit, in the first reading of the unit
    int limit = 0;
    std::string_view unit;         // "hari", "hari kerja"
    std::optional<int> elapsed;    // units from start to end
    bool ambiguous = false;        // the readings of the unit disagree on whether it was met
};

struct RequirementResult {
    const RequirementInfo* requirement = nullptr;
    ElementStatus status = ElementStatus::unknown;
    std::vector<ElementResult> elements;  // every element's status; facts only for those not met
    ProvisionSpan provisions;
    std::optional<DeadlineResult> deadline;
};

// What the requirements make of the report: it can be registered, it must be
// completed, it does not meet them, or it came too late. `not_assessed` when
// no requirement of the pack applies (or the report cannot be read).
enum class AdmissibilityOutcome { not_assessed, registrable, incomplete, inadmissible, late };
const char* to_string(AdmissibilityOutcome outcome);

struct AdmissibilityResult {
    AdmissibilityOutcome outcome = AdmissibilityOutcome::not_assessed;
    std::string_view text;  // the pack's words for the outcome
    std::vector<RequirementResult> requirements;  // the ones that apply, in the pack's order
    std::vector<MissingFact> missing;             // what the reporter must still say
};

// A deadline of the handling (kajian awal, decision) for this report.
struct HandlingDeadlineResult {
    std::string_view id;
    std::string_view title;
    DeadlineResult deadline;
    ProvisionSpan provisions;
    std::span<const std::string> notes;         // for the pack's authors
    std::span<const DocumentNote> reasoning;    // for documents
};

// A recommendation of the pack (`recommend`), made for a violation: to the
// body in charge on its date.
struct RecommendationResult {
    std::string_view id;
    std::string_view title;
    std::string_view to;         // bkn; empty when no recipient is in charge on the date
    std::string_view recipient;  // Badan Kepegawaian Negara (BKN)
    std::optional<Date> date;    // the date that chose the recipient
    std::string_view dated_by;   // the fact it came from: "reported_on", "acts.date"
    std::string_view text;       // with the recipient's name filled in; see words()
    std::string filled;          // the text with the report's facts filled in too, when it names any
    std::vector<const ProvisionInfo*> basis;  // the recommendation's and the recipient's, in force on the date
    std::string_view note;       // the recipient's note for its span of dates (for the pack's authors)
    std::span<const DocumentNote> reasoning;  // the recipient's reasoning for documents

    // The recommendation's words as the document says them.
    std::string_view words() const { return filled.empty() ? text : std::string_view(filled); }
};

// Who the report is about, as the report names them (empty when not given):
// for a spreadsheet of verdicts and the head of a text verdict.
struct ActorSummary {
    std::string name;      // actor.name
    std::string position;  // actor.position
    std::string agency;    // actor.agency
};

struct Verdict {
    std::string incident;
    VerdictStatus status = VerdictStatus::invalid;
    // Where and when, for summaries: the report's election and region and
    // its earliest act date (empty / none when not given).
    std::string election;
    std::string region;
    std::optional<Date> date;
    ActorSummary actor;
    std::optional<SanctionResult> sanction;
    std::vector<ReferralResult> referrals;
    std::vector<RecommendationResult> recommendations;
    // The kinds of violation the case is (from its violated findings, then its
    // referrals), each once: the classification of a violation.
    std::vector<const KindInfo*> classification;
    AdmissibilityResult admissibility;
    std::vector<HandlingDeadlineResult> deadlines;
    std::vector<Finding> findings;
    std::vector<MissingFact> missing;
    Diagnostics diagnostics;
    // The pack's identity and the engine version: views into the Pack and
    // the program, not copies, so a batch allocates nothing for them.
    const Pack* pack = nullptr;  // the pack that decided it (a PackSet routes between several)
    std::string_view pack_name;
    std::string_view pack_version;
    std::string_view pack_digest;
    std::string_view engine;
};

}  // namespace netral
