// verdict-format v1. Field order is fixed so outputs can be compared byte
// for byte (golden tests, -j N runs).
#include "netral/render.hpp"
#include "render/json_writer.hpp"
#include "render/verdict_json_parts.hpp"

namespace netral {

void write_provision_ids(JsonWriter& json, ProvisionSpan provisions) {
    json.begin_array();
    for (const ProvisionInfo* provision : provisions) json.string(provision->id);
    json.end_array();
}

void write_provisions(JsonWriter& json, ProvisionSpan provisions, bool compact) {
    if (compact) return write_provision_ids(json, provisions);
    json.begin_array();
    for (const ProvisionInfo* provision : provisions) {
        json.begin_object();
        json.field("id").string(provision->id);
        json.field("citation").string(provision->citation);
        json.field("text").string(provision->text);
        if (!provision->note.empty()) json.field("note").string(provision->note);
        json.end_object();
    }
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
    json.field("basis");
    write_provision_ids(json, referral.basis);
    json.field("rule").string(referral.rule);
    json.end_object();
}

void write_recommendation(JsonWriter& json, const RecommendationResult& recommendation, bool compact) {
    json.begin_object();
    json.field("id").string(recommendation.id);
    json.field("to").string(recommendation.to);
    json.field("date").string(recommendation.date ? format_iso_date(*recommendation.date) : "");
    if (!compact) {
        json.field("recipient").string(recommendation.recipient);
        json.field("dated_by").string(recommendation.dated_by);
        json.field("text").string(recommendation.text);
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
    json.field("date").string(verdict.date ? format_iso_date(*verdict.date) : "");
    json.end_object();
}

namespace {

void finding(JsonWriter& json, const Finding& finding, bool compact) {
    const RuleInfo& rule = *finding.rule;
    json.begin_object();
    json.field("rule").string(rule.id);
    if (!compact) json.field("title").string(rule.title);
    json.field("act");
    if (finding.act >= 0) json.number(finding.act);
    else json.null();
    json.field("status").string(to_string(finding.status));
    if (compact) {
        json.field("provisions");
        write_provisions(json, finding.provisions, true);
        write_finding_sanction(json, rule, finding.sanction_basis, true);
        if (!finding.overridden_by.empty()) json.field("overridden_by").string(finding.overridden_by);
        if (!finding.exception.empty()) json.field("exception").string(finding.exception);
        if (finding.nothing_in_force) json.field("nothing_in_force").boolean(true);
        json.end_object();
        return;
    }
    json.field("provisions");
    write_provisions(json, finding.provisions, false);
    write_finding_sanction(json, rule, finding.sanction_basis, false);
    json.field("elements").begin_array();
    for (const ElementResult& element : finding.elements) {
        json.begin_object();
        json.field("name").string(*element.name);
        json.field("status").string(to_string(element.status));
        json.field("facts").begin_object();
        for (const FactUse& fact : element.facts) json.key(fact.path).raw(fact.value);
        json.end_object();
        json.end_object();
    }
    json.end_array();
    json.field("overrides").strings(rule.overrides);
    if (!finding.overridden_by.empty()) json.field("overridden_by").string(finding.overridden_by);
    if (!finding.exception.empty()) json.field("exception").string(finding.exception);
    if (finding.nothing_in_force) json.field("nothing_in_force").boolean(true);
    if (!rule.notes.empty()) json.field("notes").strings(rule.notes);
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
