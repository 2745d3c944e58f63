// verdict-format v1. Field order is fixed so outputs can be compared byte
// for byte (golden tests, -j N runs).
#include "netral/render.hpp"
#include "render/json_writer.hpp"

namespace netral {
namespace {

void provision_ids(JsonWriter& json, const std::vector<const ProvisionInfo*>& provisions) {
    json.begin_array();
    for (const ProvisionInfo* provision : provisions) json.string(provision->id);
    json.end_array();
}

// Compact output (for very large runs) leaves out every text the pack already
// holds — provision texts, rule titles, measures, questions, element detail —
// and keeps the ids that point to it.
void sanction(JsonWriter& json, const Verdict& verdict, bool compact) {
    json.key("sanction").begin_object();
    const LevelInfo* level = verdict.sanction ? verdict.sanction->level : nullptr;
    json.key("level").string(level ? level->name : "none");
    if (!compact) json.key("measures").strings(level ? level->measures : std::vector<std::string>{});
    json.key("basis");
    provision_ids(json, verdict.sanction ? verdict.sanction->basis : std::vector<const ProvisionInfo*>{});
    if (verdict.sanction && !verdict.sanction->notes.empty()) json.key("notes").strings(verdict.sanction->notes);
    json.end_object();
}

void finding(JsonWriter& json, const Finding& finding, bool compact) {
    const RuleInfo& rule = *finding.rule;
    json.begin_object();
    json.key("rule").string(rule.id);
    if (!compact) json.key("title").string(rule.title);
    json.key("act");
    if (finding.act >= 0) json.number(finding.act);
    else json.null();
    json.key("status").string(to_string(finding.status));
    if (compact) {
        json.key("provisions");
        provision_ids(json, finding.provisions);
        json.key("sanction").string(rule.level ? rule.level->name : "none");
        if (!finding.overridden_by.empty()) json.key("overridden_by").string(finding.overridden_by);
        if (!finding.exception.empty()) json.key("exception").string(finding.exception);
        json.end_object();
        return;
    }
    json.key("provisions").begin_array();
    for (const ProvisionInfo* provision : finding.provisions) {
        json.begin_object();
        json.key("id").string(provision->id);
        json.key("citation").string(provision->citation);
        json.key("text").string(provision->text);
        if (!provision->note.empty()) json.key("note").string(provision->note);
        json.end_object();
    }
    json.end_array();
    json.key("sanction").begin_object();
    json.key("level").string(rule.level ? rule.level->name : "none");
    json.key("basis");
    provision_ids(json, finding.sanction_basis);
    json.end_object();
    json.key("elements").begin_array();
    for (const ElementResult& element : finding.elements) {
        json.begin_object();
        json.key("name").string(*element.name);
        json.key("status").string(to_string(element.status));
        json.key("facts").begin_object();
        for (const FactUse& fact : element.facts) json.key(fact.path).raw(fact.value);
        json.end_object();
        json.end_object();
    }
    json.end_array();
    json.key("overrides").strings(rule.overrides);
    if (!finding.overridden_by.empty()) json.key("overridden_by").string(finding.overridden_by);
    if (!finding.exception.empty()) json.key("exception").string(finding.exception);
    if (!rule.notes.empty()) json.key("notes").strings(rule.notes);
    json.end_object();
}

void diagnostic(JsonWriter& json, const Diagnostic& d) {
    json.begin_object();
    json.key("severity").string(severity_name(d.severity));
    json.key("code").string(d.code);
    json.key("message").string(d.message);
    if (!d.location.file.empty()) json.key("file").string(d.location.file);
    if (d.location.line > 0) {
        json.key("line").number(d.location.line);
        json.key("column").number(d.location.column);
    }
    if (!d.notes.empty()) json.key("notes").strings(d.notes);
    json.end_object();
}

std::string render(const Verdict& verdict, bool pretty, bool compact) {
    std::string out;
    JsonWriter json(out, pretty);
    json.begin_object();
    json.key("incident").string(verdict.incident);
    json.key("status").string(to_string(verdict.status));
    sanction(json, verdict, compact);
    json.key("referrals").begin_array();
    for (const ReferralResult& referral : verdict.referrals) {
        json.begin_object();
        json.key("to").string(referral.to);
        json.key("reason").string(referral.reason);
        json.key("basis");
        provision_ids(json, referral.basis);
        json.key("rule").string(referral.rule);
        json.end_object();
    }
    json.end_array();
    json.key("findings").begin_array();
    for (const Finding& f : verdict.findings) finding(json, f, compact);
    json.end_array();
    json.key("missing").begin_array();
    for (const MissingFact& missing : verdict.missing) {
        json.begin_object();
        json.key("fact").string(missing.fact);
        if (!compact) json.key("question").string(missing.question);
        json.end_object();
    }
    json.end_array();
    json.key("diagnostics").begin_array();
    for (const Diagnostic& d : verdict.diagnostics) diagnostic(json, d);
    json.end_array();
    json.key("context").begin_object();
    json.key("election").string(verdict.election);
    json.key("region").string(verdict.region);
    json.key("date").string(verdict.date ? format_iso_date(*verdict.date) : "");
    json.end_object();
    json.key("rulepack").begin_object();
    json.key("name").string(verdict.pack_name);
    json.key("version").string(verdict.pack_version);
    json.key("digest").string(verdict.pack_digest);
    json.end_object();
    json.key("engine").string(verdict.engine);
    json.end_object();
    return out;
}

}  // namespace

std::string render_json(const Verdict& verdict) { return render(verdict, false, false); }
std::string render_json_pretty(const Verdict& verdict) { return render(verdict, true, false); }
std::string render_json_compact(const Verdict& verdict) { return render(verdict, false, true); }

}  // namespace netral
