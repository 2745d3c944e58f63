// YAML rule files: how a report is handled — the kinds of violation, the
// admissibility of a report (its groups, requirements and outcomes) and the
// handling deadlines (see docs/language.md, "Handling a report").
#include <fmt/format.h>

#include "netral/parse.hpp"
#include "yaml_reader.hpp"

namespace netral::yaml_rules {
namespace {

const Keys kind_keys = {
    {"name", {"name", "nama"}},
    {"title", {"title", "judul"}},
    {"default", {"default", "bawaan"}},
};

const Keys admissibility_keys = {
    {"groups", {"groups", "kelompok"}},
    {"outcomes", {"outcomes", "hasil"}},
};

const Keys group_keys = {
    {"id", {"id"}},
    {"title", {"title", "judul"}},
};

const Keys outcome_keys = {
    {"registrable", {"registrable"}},
    {"incomplete", {"incomplete"}},
    {"inadmissible", {"inadmissible"}},
    {"late", {"late"}},
};

const Keys requirement_keys = {
    {"id", {"id"}},
    {"title", {"title", "judul"}},
    {"group", {"group", "kelompok"}},
    {"when", {"when", "jika"}},
    {"elements", {"elements", "unsur"}},
    {"time_limit", {"time_limit", "batas_waktu"}},
    {"cites", {"cites", "dasar"}},
    {"notes", {"notes", "note", "catatan"}},
    {"reasoning", {"reasoning", "pertimbangan"}},
};

const Keys element_keys = {
    {"name", {"name", "nama"}},
    {"when", {"when", "jika"}},
};

const Keys deadline_keys = {
    {"id", {"id"}},
    {"title", {"title", "judul"}},
    {"when", {"when", "jika"}},
    {"due", {"due", "jatuh_tempo"}},
    {"cites", {"cites", "dasar"}},
    {"notes", {"notes", "note", "catatan"}},
    {"reasoning", {"reasoning", "pertimbangan"}},
};

std::vector<std::string> notes_of(Reader& reader, const Entry& entry) {
    if (entry.value.IsScalar()) return {entry.value.Scalar()};
    return reader.texts(entry, "texts");
}

// "7 hari_kerja after report.known_on by report.reported_on"
std::optional<ast::DeadlineSpec> time_limit(Reader& reader, const Entry& entry, Diagnostics& diagnostics) {
    auto text = reader.text(entry, "a time limit like \"7 hari_kerja after report.known_on\"");
    if (!text) return std::nullopt;
    return parse_deadline(*text, reader.content_start(entry.value), diagnostics);
}

}  // namespace

void read_kinds(Reader& reader, const Entry& entry, ast::File& file) {
    each_mapping(reader, entry, kind_keys, "a kind of violation", "kinds", [&](const Entries& entries, const YAML::Node&) {
        ast::ViolationKind kind;
        kind.location = reader.at(entries.node);
        if (reader.require(entries, "name", "a kind of violation")) kind.name = reader.text_of(entries, "name");
        kind.title = reader.text_of(entries, "title");
        if (const Entry* e = entries.get("default")) kind.is_default = reader.boolean(*e).value_or(false);
        file.kinds.push_back(std::move(kind));
    });
}

void read_admissibility(Reader& reader, const Entry& entry, ast::File& file) {
    ast::Admissibility& admissibility = file.admissibility;
    admissibility.declared = true;
    admissibility.location = reader.at(entry);
    auto entries = reader.mapping(entry.value, admissibility_keys, "the admissibility", reader.at(entry));
    if (!entries) return;
    if (const Entry* e = entries->get("groups"))
        each_mapping(reader, *e, group_keys, "a group", "groups", [&](const Entries& g, const YAML::Node&) {
            ast::AdmissibilityGroup group;
            group.location = reader.at(g.node);
            if (reader.require(g, "id", "a group")) group.id = reader.text_of(g, "id");
            group.title = reader.text_of(g, "title");
            admissibility.groups.push_back(std::move(group));
        });
    if (const Entry* e = entries->get("outcomes"))
        if (auto outcomes = reader.mapping(e->value, outcome_keys, "the outcomes", reader.at(*e)))
            for (const Key& key : outcome_keys)
                if (const Entry* o = outcomes->get(key.name))
                    admissibility.outcomes.emplace_back(ast::Ref{key.name, reader.at(o->key)}, reader.text_of(*outcomes, key.name));
}

void read_requirements(Reader& reader, const Entry& entry, ast::File& file, Diagnostics& diagnostics) {
    each_mapping(reader, entry, requirement_keys, "a requirement", "requirements", [&](const Entries& entries, const YAML::Node&) {
        ast::Requirement requirement;
        requirement.location = reader.at(entries.node);
        if (reader.require(entries, "id", "a requirement")) requirement.id = reader.text_of(entries, "id");
        requirement.title = reader.text_of(entries, "title");
        if (const Entry* e = entries.get("group")) requirement.group = reader.ref(*e, "a group id");
        if (const Entry* e = entries.get("when")) requirement.condition = reader.condition(*e);
        if (const Entry* e = entries.get("elements"))
            each_mapping(reader, *e, element_keys, "an element", "elements", [&](const Entries& el, const YAML::Node&) {
                ast::Element element;
                element.location = reader.at(el.node);
                if (reader.require(el, "name", "an element")) element.name = reader.text_of(el, "name");
                if (reader.require(el, "when", "an element"))
                    if (auto condition = reader.condition(*el.get("when"))) element.condition = std::move(*condition);
                requirement.elements.push_back(std::move(element));
            });
        if (const Entry* e = entries.get("time_limit")) requirement.deadline = time_limit(reader, *e, diagnostics);
        if (const Entry* e = entries.get("cites")) requirement.cites = reader.refs(*e, "provision ids");
        if (const Entry* e = entries.get("notes")) requirement.notes = notes_of(reader, *e);
        if (const Entry* e = entries.get("reasoning")) requirement.reasoning = reader.reasoning(*e);
        file.requirements.push_back(std::move(requirement));
    });
}

void read_deadlines(Reader& reader, const Entry& entry, ast::File& file, Diagnostics& diagnostics) {
    each_mapping(reader, entry, deadline_keys, "a deadline", "deadlines", [&](const Entries& entries, const YAML::Node&) {
        ast::HandlingDeadline deadline;
        deadline.location = reader.at(entries.node);
        if (reader.require(entries, "id", "a deadline")) deadline.id = reader.text_of(entries, "id");
        deadline.title = reader.text_of(entries, "title");
        if (const Entry* e = entries.get("when")) deadline.condition = reader.condition(*e);
        if (reader.require(entries, "due", "a deadline"))
            if (auto due = time_limit(reader, *entries.get("due"), diagnostics)) deadline.due = std::move(*due);
        if (const Entry* e = entries.get("cites")) deadline.cites = reader.refs(*e, "provision ids");
        if (const Entry* e = entries.get("notes")) deadline.notes = notes_of(reader, *e);
        if (const Entry* e = entries.get("reasoning")) deadline.reasoning = reader.reasoning(*e);
        file.deadlines.push_back(std::move(deadline));
    });
}

}  // namespace netral::yaml_rules
