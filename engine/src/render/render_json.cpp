// Verdict format v2 (docs/verdict-format.md). Field order is fixed so outputs
// can be compared byte for byte (golden tests, -j N runs). The pack's own
// texts — provision texts, rule and requirement titles, notes — are not
// repeated in verdicts: they are the pack's, identified by its digest, and
// `netral pack` prints them.
#include "netral/render.hpp"
#include "render/json_writer.hpp"
#include "render/verdict_json_parts.hpp"

namespace netral {

void write_provision_ids(JsonWriter& json, ProvisionSpan provisions) {
    json.begin_array();
    for (const ProvisionInfo* provision : provisions) json.string(provision->id);
    json.end_array();
}

// Compact output (for very large runs) leaves out every text the pack already
// holds — provision texts, rule titles, measures, questions, element detail —
// and keeps the ids that point to it, and lists only the findings that are
// not `not_violation`.
void write_sanction(JsonWriter& json, const Verdict& verdict, bool compact) {
    json.field("sanction").begin_object();
    const LevelInfo* level = verdict.sanction ? verdict.sanction->level : nullptr;
    json.field("level").string(level ? level->name : "none");
    if (!compact) {
        json.field("measures");
        if (verdict.sanction && verdict.sanction->measures) json.strings(*verdict.sanction->measures);
        else json.begin_array().end_array();
    }
    json.field("basis");
    write_provision_ids(json, verdict.sanction ? ProvisionSpan(verdict.sanction->basis) : ProvisionSpan());
    if (!compact && verdict.sanction && !verdict.sanction->notes.empty()) json.field("notes").strings(verdict.sanction->notes);
    json.end_object();
}

void write_finding_sanction(JsonWriter& json, const RuleInfo& rule, ProvisionSpan basis, bool compact) {
    std::string_view level = rule.level ? std::string_view(rule.level->name) : "none";
    if (compact) {
        json.field("sanction").string(level);
        return;
    }
    json.field("sanction").begin_object();
    json.field("level").string(level);
    json.field("basis");
    write_provision_ids(json, basis);
    json.end_object();
}

void write_referral(JsonWriter& json, const ReferralResult& referral) {
    json.begin_object();
    json.field("to").string(referral.to);
    json.field("reason").string(referral.reason);
    if (referral.kind) json.field("kind").string(referral.kind->name);
    json.field("basis");
    write_provision_ids(json, referral.basis);
    json.field("rule").string(referral.rule);
    if (!referral.deadline.empty()) json.field("deadline").string(referral.deadline);
    json.end_object();
}

void write_classification(JsonWriter& json, const Verdict& verdict, bool compact) {
    (void)compact;  // the kinds' titles are the pack's
    json.field("classification").begin_array();
    for (const KindInfo* kind : verdict.classification) json.string(kind->name);
    json.end_array();
}

namespace {

enum class ElementFilter { all, not_met, not_met_or_unknown };

void write_deadline(JsonWriter& json, const DeadlineResult& deadline) {
    auto date = [&](const char* key, const std::optional<Date>& value) {
        json.field(key);
        if (value) json.date(*value);
        else json.null();
    };
    json.begin_object();
    date("start", deadline.start);
    date("last_day", deadline.last_day);
    if (deadline.end || deadline.elapsed) {
        date("end", deadline.end);
        json.field("elapsed");
        if (deadline.elapsed) json.number(*deadline.elapsed);
        else json.null();
    }
    if (deadline.ambiguous) json.field("ambiguous").boolean(true);
    json.end_object();
}

// Elements by their position in the rule (or requirement): their names are
// the pack's (`netral pack`).
void write_elements(JsonWriter& json, const std::vector<ElementResult>& elements, ElementFilter filter) {
    json.begin_array();
    for (std::size_t e = 0; e < elements.size(); ++e) {
        const ElementResult& element = elements[e];
        if (filter == ElementFilter::not_met && element.status != ElementStatus::not_met) continue;
        if (filter == ElementFilter::not_met_or_unknown && element.status == ElementStatus::met) continue;
        json.begin_object();
        json.field("element").number(static_cast<long long>(e));
        // Most elements are met: the status is written only when it is not.
        if (element.status != ElementStatus::met) json.field("status").string(to_string(element.status));
        json.field("facts").begin_object();
        for (const FactUse& fact : element.facts) json.key(fact.path).raw(fact.value);
        json.end_object();
        json.end_object();
    }
    json.end_array();
}

}  // namespace

void write_admissibility(JsonWriter& json, const AdmissibilityResult& admissibility, bool compact) {
    json.field("admissibility").begin_object();
    json.field("outcome").string(to_string(admissibility.outcome));
    if (compact) {
        json.end_object();
        return;
    }
    // The requirements not met or not known say what they lack; a time limit
    // is listed with its dates whatever its status.
    json.field("requirements").begin_array();
    for (const RequirementResult& requirement : admissibility.requirements) {
        if (requirement.status == ElementStatus::met && !requirement.deadline) continue;
        const RequirementInfo& info = *requirement.requirement;
        json.begin_object();
        json.field("id").string(info.id);
        json.field("status").string(to_string(requirement.status));
        json.field("provisions");
        write_provision_ids(json, requirement.provisions);
        // Like a finding that is not a violation, a requirement says only what
        // it still lacks: the elements not met or not known.
        json.field("elements");
        write_elements(json, requirement.elements, ElementFilter::not_met_or_unknown);
        if (requirement.deadline) {
            json.field("time_limit");
            write_deadline(json, *requirement.deadline);
        }
        json.end_object();
    }
    json.end_array();
    json.field("missing").begin_array();
    for (const MissingFact& missing : admissibility.missing) write_missing(json, missing, false);
    json.end_array();
    json.end_object();
}

void write_deadlines(JsonWriter& json, const Verdict& verdict) {
    json.field("deadlines").begin_array();
    for (const HandlingDeadlineResult& deadline : verdict.deadlines) {
        json.begin_object();
        json.field("id").string(deadline.id);
        json.field("due");
        write_deadline(json, deadline.deadline);
        json.end_object();
    }
    json.end_array();
}

void write_recommendation(JsonWriter& json, const RecommendationResult& recommendation, bool compact) {
    json.begin_object();
    json.field("id").string(recommendation.id);
    json.field("to").string(recommendation.to);
    json.field("date");
    if (recommendation.date) json.date(*recommendation.date);
    else json.string("");
    if (!compact) {
        json.field("dated_by").string(recommendation.dated_by);
        json.field("text").string(recommendation.words());
        json.field("basis");
        write_provision_ids(json, recommendation.basis);
        if (!recommendation.note.empty()) json.field("note").string(recommendation.note);
    }
    json.end_object();
}

void write_missing(JsonWriter& json, const MissingFact& missing, bool compact) {
    json.begin_object();
    json.field("fact").string(missing.fact);
    if (!compact) json.field("question").string(missing.question);
    json.end_object();
}

void write_diagnostic(JsonWriter& json, const Diagnostic& d) {
    json.begin_object();
    json.field("severity").string(severity_name(d.severity));
    json.field("code").string(d.code);
    json.field("message").string(d.message);
    if (!d.location.file.empty()) json.field("file").string(d.location.file);
    if (d.location.line > 0) {
        json.field("line").number(d.location.line);
        json.field("column").number(d.location.column);
    }
    if (!d.notes.empty()) json.field("notes").strings(d.notes);
    json.end_object();
}

void write_context(JsonWriter& json, const Verdict& verdict) {
    json.field("context").begin_object();
    json.field("election").string(verdict.election);
    json.field("region").string(verdict.region);
    json.field("date");
    if (verdict.date) json.date(*verdict.date);
    else json.string("");
    json.end_object();
}

namespace {

void finding(JsonWriter& json, const Finding& finding, bool compact) {
    const RuleInfo& rule = *finding.rule;
    json.begin_object();
    json.field("rule").string(rule.id);
    json.field("act");
    if (finding.act >= 0) json.number(finding.act);
    else json.null();
    json.field("status").string(to_string(finding.status));
    if (compact) {
        json.field("provisions");
        write_provision_ids(json, finding.provisions);
        write_finding_sanction(json, rule, finding.sanction_basis, true);
        if (!finding.overridden_by.empty()) json.field("overridden_by").string(finding.overridden_by);
        if (!finding.exception.empty()) json.field("exception").string(finding.exception);
        if (finding.nothing_in_force) json.field("nothing_in_force").boolean(true);
        json.end_object();
        return;
    }
    // A rule that does not apply says only why: the element that fails.
    bool not_violation = finding.status == FindingStatus::not_violation;
    if (!not_violation) {
        json.field("provisions");
        write_provision_ids(json, finding.provisions);
        write_finding_sanction(json, rule, finding.sanction_basis, false);
    }
    json.field("elements");
    write_elements(json, finding.elements, not_violation ? ElementFilter::not_met : ElementFilter::all);
    if (!finding.overridden_by.empty()) json.field("overridden_by").string(finding.overridden_by);
    if (!finding.exception.empty()) json.field("exception").string(finding.exception);
    if (finding.nothing_in_force) json.field("nothing_in_force").boolean(true);
    json.end_object();
}

void render(std::string& out, const Verdict& verdict, bool pretty, bool compact) {
    JsonWriter json(out, pretty);
    json.begin_object();
    json.field("incident").string(verdict.incident);
    json.field("status").string(to_string(verdict.status));
    write_sanction(json, verdict, compact);
    json.field("referrals").begin_array();
    for (const ReferralResult& referral : verdict.referrals) write_referral(json, referral);
    json.end_array();
    json.field("recommendations").begin_array();
    for (const RecommendationResult& recommendation : verdict.recommendations)
        write_recommendation(json, recommendation, compact);
    json.end_array();
    write_classification(json, verdict, compact);
    write_admissibility(json, verdict.admissibility, compact);
    if (!compact) write_deadlines(json, verdict);
    json.field("findings").begin_array();
    for (const Finding& f : verdict.findings) {
        // Compact output keeps what a verdict rests on or may yet rest on;
        // rules whose elements are not met are most of the bytes and say
        // only why something is not a violation.
        if (compact && f.status == FindingStatus::not_violation) continue;
        finding(json, f, compact);
    }
    json.end_array();
    json.field("missing").begin_array();
    for (const MissingFact& missing : verdict.missing) write_missing(json, missing, compact);
    json.end_array();
    json.field("diagnostics").begin_array();
    for (const Diagnostic& d : verdict.diagnostics) write_diagnostic(json, d);
    json.end_array();
    write_context(json, verdict);
    json.field("rulepack").begin_object();
    json.field("name").string(verdict.pack_name);
    json.field("version").string(verdict.pack_version);
    json.field("digest").string(verdict.pack_digest);
    json.end_object();
    json.field("engine").string(verdict.engine);
    json.end_object();
}

std::string rendered(const Verdict& verdict, bool pretty, bool compact) {
    std::string out;
    render(out, verdict, pretty, compact);
    return out;
}

}  // namespace

std::string render_json(const Verdict& verdict) { return rendered(verdict, false, false); }
std::string render_json_pretty(const Verdict& verdict) { return rendered(verdict, true, false); }
std::string render_json_compact(const Verdict& verdict) { return rendered(verdict, false, true); }

void append_json_line(std::string& out, const Verdict& verdict, bool compact) {
    render(out, verdict, false, compact);
    out += '\n';
}

}  // namespace netral
