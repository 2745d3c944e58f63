// The pack's own texts as JSON (`netral pack`): what verdicts point to by id
// and leave out — provision texts, rule and element names, requirements,
// deadlines, kinds, levels with their measures, aggregation,
// recommendations — and the fact vocabulary a form needs. A consumer keeps
// one copy per digest. Both kinds of notes are here: `note`/`notes` for the
// pack's authors, `reasoning` (with the elections it is for) for documents.
#include "compile/compiled_pack.hpp"
#include "netral/render.hpp"
#include "render/json_writer.hpp"

namespace netral {
namespace {

void write_date(JsonWriter& json, const char* key, const std::optional<Date>& date) {
    json.field(key);
    if (date) json.string(format_iso_date(*date));
    else json.null();
}

void write_ids(JsonWriter& json, const std::vector<const ProvisionInfo*>& provisions) {
    json.begin_array();
    for (const ProvisionInfo* provision : provisions) json.string(provision->id);
    json.end_array();
}

const char* type_word(ValueType type) {
    switch (type) {
        case ValueType::boolean: return "bool";
        case ValueType::integer: return "integer";
        case ValueType::string: return "string";
        case ValueType::date: return "date";
        case ValueType::enumeration: return "enum";
        case ValueType::enum_set: return "list of enum";
        case ValueType::string_list: return "list of string";
        case ValueType::object: return "object";
        case ValueType::object_list: return "list of object";
    }
    return "string";
}

void write_fields(JsonWriter& json, const ObjectSchema& schema) {
    json.begin_array();
    for (const FieldSchema& field : schema.fields) {
        json.begin_object();
        json.field("name").string(field.name);
        json.field("type").string(type_word(field.type));
        if (!field.values.empty()) json.field("values").strings(field.values);
        if (field.required) json.field("required").boolean(true);
        if (field.derived) json.field("derived").boolean(true);
        if (!field.question.empty()) json.field("question").string(field.question);
        if (field.object) {
            if (field.object->shorthand_slot >= 0)
                json.field("shorthand").string(field.object->fields[static_cast<std::size_t>(field.object->shorthand_slot)].name);
            json.field("fields");
            write_fields(json, *field.object);
        }
        json.end_object();
    }
    json.end_array();
}

// [{"text": …, "elections": [...]}]; no elections: every election.
void write_reasoning(JsonWriter& json, const std::vector<DocumentNote>& reasoning) {
    json.field("reasoning").begin_array();
    for (const DocumentNote& note : reasoning) {
        json.begin_object().field("text").string(note.text);
        json.field("elections").strings(note.elections);
        json.end_object();
    }
    json.end_array();
}

}  // namespace

std::string render_pack_json(const Pack& pack, bool pretty) {
    std::string out;
    JsonWriter json(out, pretty);
    json.begin_object();
    json.field("rulepack").begin_object();
    json.field("name").string(pack.identity.name);
    json.field("version").string(pack.identity.version);
    json.field("title").string(pack.identity.title);
    json.field("digest").string(pack.identity.digest);
    json.end_object();

    json.field("provisions").begin_object();
    for (const auto& provision : pack.provisions) {
        json.key(provision->id).begin_object();
        json.field("citation").string(provision->citation);
        json.field("text").string(provision->text);
        if (!provision->note.empty()) json.field("note").string(provision->note);
        if (!provision->reasoning.empty()) write_reasoning(json, provision->reasoning);
        write_date(json, "in_force", provision->in_force);
        write_date(json, "repealed", provision->repealed);
        json.end_object();
    }
    json.end_object();

    json.field("kinds").begin_array();
    for (const auto& kind : pack.kinds) {
        json.begin_object().field("name").string(kind->name).field("title").string(kind->title);
        if (kind.get() == pack.default_kind) json.field("default").boolean(true);
        json.end_object();
    }
    json.end_array();

    json.field("levels").begin_array();
    for (const auto& level : pack.levels) {
        json.begin_object();
        json.field("name").string(level->name);
        json.field("title").string(level->title);
        json.field("measures").strings(level->measures);
        json.field("basis");
        write_ids(json, level->basis);
        json.end_object();
    }
    json.end_array();

    json.field("aggregation").begin_object();
    json.field("concurrent").begin_object();
    json.field("basis");
    write_ids(json, pack.concurrent_basis);
    if (!pack.concurrent_note.empty()) json.field("note").string(pack.concurrent_note);
    write_reasoning(json, pack.concurrent_reasoning);
    json.end_object();
    json.field("repeat").begin_array();
    for (const CompiledEscalation& escalation : pack.escalations) {
        json.begin_object().field("title").string(escalation.title).field("steps").number(escalation.steps);
        json.field("within").begin_array();
        for (const LevelInfo* level : escalation.ladder) json.string(level->name);
        json.end_array();
        json.field("basis");
        write_ids(json, escalation.basis);
        if (!escalation.note.empty()) json.field("note").string(escalation.note);
        write_reasoning(json, escalation.reasoning);
        json.end_object();
    }
    json.end_array();
    json.end_object();

    json.field("rules").begin_array();
    for (const CompiledRule& compiled : pack.rules) {
        const RuleInfo& rule = *compiled.info;
        json.begin_object();
        json.field("id").string(rule.id);
        json.field("title").string(rule.title);
        json.field("per").string(rule.per_act ? "act" : "report");
        json.field("elements").strings(rule.element_names);
        json.field("exceptions").strings(rule.exception_names);
        json.field("cites");
        write_ids(json, rule.cites);
        json.field("level").string(rule.level ? rule.level->name : "none");
        json.field("sanction_basis");
        write_ids(json, rule.sanction_basis);
        json.field("kind").string(rule.kind ? rule.kind->name : "");
        json.field("overrides").strings(rule.overrides);
        json.field("referrals").begin_array();
        for (const CompiledReferral& referral : compiled.referrals) {
            json.begin_object().field("to").string(referral.to).field("reason").string(referral.reason);
            json.field("kind").string(referral.kind ? referral.kind->name : "");
            json.field("basis");
            write_ids(json, referral.basis);
            if (!referral.deadline.empty()) json.field("deadline").string(referral.deadline);
            json.end_object();
        }
        json.end_array();
        json.field("notes").strings(rule.notes);
        write_reasoning(json, rule.reasoning);
        json.end_object();
    }
    json.end_array();

    json.field("admissibility").begin_object();
    json.field("outcomes").begin_object();
    for (AdmissibilityOutcome outcome : {AdmissibilityOutcome::registrable, AdmissibilityOutcome::incomplete,
                                         AdmissibilityOutcome::inadmissible, AdmissibilityOutcome::late})
        json.key(to_string(outcome)).string(pack.outcome_texts[static_cast<std::size_t>(outcome)]);
    json.end_object();
    json.field("requirements").begin_array();
    for (const CompiledRequirement& compiled : pack.requirements) {
        const RequirementInfo& requirement = *compiled.info;
        json.begin_object();
        json.field("id").string(requirement.id);
        json.field("title").string(requirement.title);
        json.field("group").string(requirement.group);
        json.field("group_title").string(requirement.group_title);
        json.field("elements").strings(requirement.element_names);
        if (compiled.time_limit && !compiled.time_limit->spans.empty()) {
            json.field("time_limit").begin_object();
            json.field("limit").number(compiled.time_limit->spans[0].count);
            json.field("unit").string(compiled.time_limit->unit_words[0]);
            json.end_object();
        }
        json.field("cites");
        write_ids(json, requirement.cites);
        json.field("notes").strings(requirement.notes);
        write_reasoning(json, requirement.reasoning);
        json.end_object();
    }
    json.end_array();
    json.end_object();

    json.field("deadlines").begin_array();
    for (const CompiledDeadline& deadline : pack.deadlines) {
        json.begin_object();
        json.field("id").string(deadline.id);
        json.field("title").string(deadline.title);
        if (!deadline.due.spans.empty()) {
            json.field("limit").number(deadline.due.spans[0].count);
            json.field("unit").string(deadline.due.unit_words[0]);
        }
        json.field("cites");
        write_ids(json, deadline.cites);
        json.field("notes").strings(deadline.notes);
        write_reasoning(json, deadline.reasoning);
        json.end_object();
    }
    json.end_array();

    json.field("recommendations").begin_array();
    for (const CompiledRecommendation& recommendation : pack.recommendations) {
        json.begin_object();
        json.field("id").string(recommendation.id);
        json.field("title").string(recommendation.title);
        json.field("text").string(recommendation.text);
        json.field("recipients").begin_array();
        for (const CompiledRecipient& recipient : recommendation.recipients) {
            json.begin_object().field("id").string(recipient.id).field("title").string(recipient.title);
            write_date(json, "from", recipient.from);
            write_date(json, "until", recipient.until);
            if (!recipient.note.empty()) json.field("note").string(recipient.note);
            if (!recipient.reasoning.empty()) write_reasoning(json, recipient.reasoning);
            json.end_object();
        }
        json.end_array();
        json.field("notes").strings(recommendation.notes);
        write_reasoning(json, recommendation.reasoning);
        json.end_object();
    }
    json.end_array();

    json.field("elections").begin_array();
    for (const CompiledElection& election : pack.elections) {
        json.begin_object().field("id").string(election.id).field("title").string(election.title);
        write_date(json, "candidate_determination", election.candidate_determination);
        json.field("campaign").begin_array().string(format_iso_date(election.campaign_from)).string(format_iso_date(election.campaign_to)).end_array();
        write_date(json, "voting_day", election.voting_day);
        json.end_object();
    }
    json.end_array();

    json.field("facts");
    write_fields(json, *pack.report_schema);
    json.end_object();
    out += '\n';
    return out;
}

}  // namespace netral
