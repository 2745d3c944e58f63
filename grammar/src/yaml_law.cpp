// YAML rule files: regulations and provisions, facts, elections, sanction
// levels, aggregation and scope (see docs/language.md, "The YAML surface").
#include <cctype>
#include <charconv>
#include <fmt/format.h>

#include "yaml_reader.hpp"

namespace netral::yaml_rules {
namespace {

const Keys regulation_keys = {
    {"id", {"id"}},
    {"title", {"title", "judul"}},
    {"in_force", {"in_force", "berlaku"}},
    {"repealed", {"repealed", "dicabut"}},
    {"replaced_by", {"replaced_by", "diganti_oleh"}},
    {"source", {"source", "sumber"}},
    {"note", {"note", "catatan"}},
    {"reasoning", {"reasoning", "pertimbangan"}},
    {"subject", {"subject", "subjek"}},
    {"provisions", {"provisions", "ketentuan"}},
};

const Keys provision_keys = {
    {"id", {"id"}},
    {"text", {"text", "teks"}},
    {"citation", {"citation", "sitasi"}},
    {"in_force", {"in_force", "berlaku"}},
    {"repealed", {"repealed", "dicabut"}},
    {"replaced_by", {"replaced_by", "diganti_oleh"}},
    {"note", {"note", "catatan"}},
    {"reasoning", {"reasoning", "pertimbangan"}},
    {"subject", {"subject", "subjek"}},
};

const Keys field_keys = {
    {"type", {"type", "tipe"}},
    {"required", {"required", "wajib"}},
    {"question", {"question", "pertanyaan"}},
    {"description", {"description", "deskripsi"}},
    {"fields", {"fields", "kolom"}},
    {"shorthand", {"shorthand", "ringkas"}},
};

// Stage keys: the canonical (English) stage name and its spellings.
const Keys election_keys = {
    {"id", {"id"}},
    {"title", {"title", "judul"}},
    {"registration", {"registration", "pendaftaran"}},
    {"candidate_determination", {"candidate_determination", "penetapan_calon"}},
    {"campaign", {"campaign", "kampanye"}},
    {"quiet_period", {"quiet_period", "masa_tenang"}},
    {"voting_day", {"voting_day", "pemungutan_suara"}},
};

const Keys workdays_keys = {
    {"id", {"id"}},
    {"title", {"title", "judul"}},
    {"weekend", {"weekend", "akhir_pekan"}},
    {"holidays", {"holidays", "libur"}},
};

const Keys holiday_keys = {
    {"date", {"date", "tanggal"}},
    {"name", {"name", "nama"}},
};

const Keys level_keys = {
    {"name", {"name", "nama"}},
    {"title", {"title", "judul"}},
    {"measures", {"measures", "tindakan"}},
    {"basis", {"basis", "dasar_sanksi"}},
    {"variants", {"variants", "varian"}},
};

const Keys variant_keys = {
    {"when", {"when", "jika"}},
    {"measures", {"measures", "tindakan"}},
    {"basis", {"basis", "dasar_sanksi"}},
};

const Keys aggregation_keys = {
    {"concurrent", {"concurrent", "bersamaan"}},
    {"repeat", {"repeat", "pengulangan"}},
};

const Keys concurrent_keys = {
    {"basis", {"basis", "dasar_sanksi"}},
    {"note", {"note", "catatan"}},
    {"reasoning", {"reasoning", "pertimbangan"}},
};

const Keys repeat_keys = {
    {"title", {"title", "judul"}},
    {"when", {"when", "jika"}},
    {"raise", {"raise", "naik"}},
    {"within", {"within", "dalam"}},
    {"basis", {"basis", "dasar_sanksi"}},
    {"note", {"note", "catatan"}},
    {"reasoning", {"reasoning", "pertimbangan"}},
};

const Keys scope_keys = {
    {"subject", {"subject", "subjek"}},
    {"from", {"from", "sejak"}},
    {"outside", {"outside", "di_luar"}},
};

const Keys from_keys = {
    {"date", {"date", "tanggal"}},
    {"title", {"title", "judul"}},
};

// The text of an `outside` is the verdict's diagnostic, shown in documents;
// `note` is its older spelling.
const Keys outside_keys = {
    {"when", {"when", "jika"}},
    {"text", {"text", "teks", "note", "catatan"}},
};

std::string trim(std::string_view text) {
    std::size_t begin = text.find_first_not_of(" \t\r\n");
    if (begin == std::string_view::npos) return {};
    std::size_t end = text.find_last_not_of(" \t\r\n");
    return std::string(text.substr(begin, end - begin + 1));
}

bool identifier(std::string_view word) {
    if (word.empty() || !(std::isalpha(static_cast<unsigned char>(word[0])) || word[0] == '_')) return false;
    for (char c : word)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_')) return false;
    return true;
}

void read_provision(Reader& reader, const Entries& entries, ast::Regulation& regulation) {
    ast::Provision provision;
    provision.location = reader.at(entries.node);
    if (reader.require(entries, "id", "a provision")) {
        std::string id = reader.text_of(entries, "id");
        // Relative to the regulation; a full id is accepted as it is.
        provision.id = id.rfind(regulation.id + "/", 0) == 0 ? id : regulation.id + "/" + id;
    }
    provision.text = reader.text_of(entries, "text");
    provision.citation = reader.text_of(entries, "citation");
    provision.note = reader.text_of(entries, "note");
    if (const Entry* e = entries.get("reasoning")) provision.reasoning = reader.reasoning(*e);
    if (const Entry* e = entries.get("in_force")) provision.in_force = reader.date(*e);
    if (const Entry* e = entries.get("repealed")) provision.repealed = reader.date(*e);
    if (const Entry* e = entries.get("replaced_by")) provision.replaced_by = reader.ref(*e, "a regulation id");
    if (const Entry* e = entries.get("subject")) provision.subject = reader.condition(*e);
    regulation.provisions.push_back(std::move(provision));
}

// "enum {a, b}", "list of object", ... (Indonesian: "daftar dari", "objek").
void read_type(Reader& reader, const YAML::Node& node, const std::string& field, ast::TypeDecl& type) {
    type.location = reader.content_start(node);
    if (!node.IsScalar()) {
        reader.error("E011", reader.at(node), fmt::format("the type of `{}` must be a text such as `bool` or `enum {{a, b}}`, found {}",
                                                          field, Reader::describe(node)));
        return;
    }
    std::string text = trim(node.Scalar());
    bool list = false;
    for (const char* prefix : {"list of ", "daftar dari "}) {
        std::string p = prefix;
        if (text.rfind(p, 0) == 0) {
            list = true;
            text = trim(text.substr(p.size()));
        }
    }
    using Kind = ast::TypeDecl::Kind;
    if (text.rfind("enum", 0) == 0 && (text.size() == 4 || text[4] == ' ' || text[4] == '{')) {
        type.kind = list ? Kind::enum_list : Kind::enumeration;
        std::string body = trim(text.substr(4));
        if (body.size() < 2 || body.front() != '{' || body.back() != '}') {
            reader.error("E011", type.location, fmt::format("the enum of `{}` must list its values in braces, like `enum {{a, b}}`", field));
            return;
        }
        std::string_view values(body);
        values = values.substr(1, values.size() - 2);
        while (true) {
            std::size_t comma = values.find(',');
            std::string value = trim(values.substr(0, comma));
            if (value.empty())
                reader.error("E011", type.location, fmt::format("the enum of `{}` has an empty value", field));
            else if (!identifier(value))
                reader.error("E011", type.location,
                             fmt::format("`{}` is not a valid enum value of `{}`: use letters, digits and `_`", value, field));
            else
                type.values.push_back(value);
            if (comma == std::string_view::npos) break;
            values = values.substr(comma + 1);
        }
        return;
    }
    const std::vector<std::pair<std::string, Kind>> names = {
        {"bool", Kind::boolean}, {"integer", Kind::integer}, {"string", Kind::string},
        {"date", Kind::date},    {"object", Kind::object},   {"objek", Kind::object},
    };
    for (const auto& [name, kind] : names) {
        if (text != name) continue;
        if (list && kind != Kind::object && kind != Kind::string) {
            reader.error("E011", type.location,
                         fmt::format("`list of {}` is not a type: only `list of enum {{…}}`, `list of string` and "
                                     "`list of object`", name));
            return;
        }
        type.kind = !list ? kind : kind == Kind::object ? Kind::object_list : Kind::string_list;
        return;
    }
    std::vector<std::string> candidates = {"bool", "integer", "string", "date", "enum", "object", "list of enum", "list of string", "list of object"};
    std::string suggestion = closest_match(text, candidates);
    reader.error("E011", type.location, fmt::format("`{}` is not a type", node.Scalar()),
                 {suggestion.empty() ? "the types are bool, integer, string, date, enum {…}, list of enum {…}, object, list of object"
                                     : fmt::format("did you mean `{}`?", suggestion)});
}

void read_fields(Reader& reader, const Entry& entry, std::vector<ast::FieldDecl>& fields, int depth);

void read_field(Reader& reader, const YAML::Node& key, const YAML::Node& value, ast::FieldDecl& field, int depth) {
    field.name = key.Scalar();
    field.location = reader.at(key);
    if (!identifier(field.name))
        reader.error("E011", field.location, fmt::format("`{}` is not a valid field name: use letters, digits and `_`", field.name));
    if (value.IsScalar()) {
        read_type(reader, value, field.name, field.type);
    } else {
        auto entries = reader.mapping(value, field_keys, fmt::format("field `{}`", field.name), field.location);
        if (!entries) return;
        if (!reader.require(*entries, "type", fmt::format("field `{}`", field.name))) return;
        read_type(reader, entries->get("type")->value, field.name, field.type);
        if (const Entry* e = entries->get("required")) field.required = reader.boolean(*e).value_or(false);
        field.question = reader.text_of(*entries, "question");
        field.description = reader.text_of(*entries, "description");
        field.type.shorthand = reader.text_of(*entries, "shorthand");
        using Kind = ast::TypeDecl::Kind;
        bool object = field.type.kind == Kind::object || field.type.kind == Kind::object_list;
        const Entry* sub = entries->get("fields");
        if (sub && !object)
            reader.error("E011", reader.at(sub->key), fmt::format("field `{}` has `{}` but its type is not an object", field.name, sub->spelling));
        else if (sub)
            read_fields(reader, *sub, field.type.fields, depth + 1);
        else if (object)
            reader.error("E012", field.location, fmt::format("field `{}` is an object but has no `fields`", field.name));
        return;
    }
    using Kind = ast::TypeDecl::Kind;
    if (field.type.kind == Kind::object || field.type.kind == Kind::object_list)
        reader.error("E012", field.location,
                     fmt::format("field `{}` is an object: write it as a mapping with `type` and `fields`", field.name));
}

void read_fields(Reader& reader, const Entry& entry, std::vector<ast::FieldDecl>& fields, int depth) {
    if (depth > 32) {
        reader.error("E011", reader.at(entry), "the facts are nested too deeply");
        return;
    }
    if (!entry.value.IsMap()) {
        reader.error("E011", reader.at(entry),
                     fmt::format("`{}` must be a mapping of field names to types, found {}", entry.spelling, Reader::describe(entry.value)));
        return;
    }
    for (auto it = entry.value.begin(); it != entry.value.end(); ++it) {
        if (!it->first.IsScalar()) {
            reader.error("E011", reader.at(it->first), "a field name must be a plain word");
            continue;
        }
        ast::FieldDecl field;
        read_field(reader, it->first, it->second, field, depth);
        fields.push_back(std::move(field));
    }
}

}  // namespace

void read_regulations(Reader& reader, const Entry& entry, ast::File& file) {
    each_mapping(reader, entry, regulation_keys, "a regulation", "regulations", [&](const Entries& entries, const YAML::Node&) {
        ast::Regulation regulation;
        regulation.location = reader.at(entries.node);
        if (reader.require(entries, "id", "a regulation")) regulation.id = reader.text_of(entries, "id");
        regulation.title = reader.text_of(entries, "title");
        regulation.source = reader.text_of(entries, "source");
        regulation.note = reader.text_of(entries, "note");
        if (const Entry* e = entries.get("reasoning")) regulation.reasoning = reader.reasoning(*e);
        if (const Entry* e = entries.get("in_force")) regulation.in_force = reader.date(*e);
        if (const Entry* e = entries.get("repealed")) regulation.repealed = reader.date(*e);
        if (const Entry* e = entries.get("replaced_by")) regulation.replaced_by = reader.ref(*e, "a regulation id");
        if (const Entry* e = entries.get("subject")) regulation.subject = reader.condition(*e);
        if (const Entry* e = entries.get("provisions"))
            each_mapping(reader, *e, provision_keys, "a provision", "provisions",
                         [&](const Entries& p, const YAML::Node&) { read_provision(reader, p, regulation); });
        file.regulations.push_back(std::move(regulation));
    });
}

void read_facts(Reader& reader, const Entry& entry, ast::File& file) {
    ast::Facts facts;
    facts.location = reader.at(entry);
    read_fields(reader, entry, facts.fields, 0);
    file.facts = std::move(facts);
}

void read_elections(Reader& reader, const Entry& entry, ast::File& file) {
    each_mapping(reader, entry, election_keys, "an election", "elections", [&](const Entries& entries, const YAML::Node&) {
        ast::Election election;
        election.location = reader.at(entries.node);
        if (reader.require(entries, "id", "an election")) election.id = reader.text_of(entries, "id");
        election.title = reader.text_of(entries, "title");
        for (const Key& key : election_keys) {
            const Entry* e = entries.get(key.name);
            if (!e || key.name == "id" || key.name == "title") continue;
            ast::Stage stage;
            stage.name = key.name;
            stage.location = reader.at(*e);
            auto value = reader.text(*e, "a date like 2024-09-22 or a range like 2024-08-27 .. 2024-08-29");
            if (!value) continue;
            Location where = reader.content_start(e->value);
            std::size_t dots = value->find("..");
            auto from = reader.date_text(value->substr(0, dots), where);
            auto to = dots == std::string::npos ? from : reader.date_text(value->substr(dots + 2), where);
            if (!from || !to) continue;
            stage.from = *from;
            stage.to = *to;
            election.stages.push_back(std::move(stage));
        }
        file.elections.push_back(std::move(election));
    });
}

void read_workdays(Reader& reader, const Entry& entry, ast::File& file) {
    each_mapping(reader, entry, workdays_keys, "a workdays calendar", "calendars", [&](const Entries& entries, const YAML::Node&) {
        ast::Workdays calendar;
        calendar.location = reader.at(entries.node);
        if (reader.require(entries, "id", "a workdays calendar")) calendar.id = reader.text_of(entries, "id");
        calendar.title = reader.text_of(entries, "title");
        if (const Entry* e = entries.get("weekend")) calendar.weekend = reader.refs(*e, "days of the week");
        if (const Entry* e = entries.get("holidays"))
            each_mapping(reader, *e, holiday_keys, "a holiday", "holidays", [&](const Entries& h, const YAML::Node&) {
                ast::Holiday holiday;
                holiday.location = reader.at(h.node);
                holiday.name = reader.text_of(h, "name");
                if (!reader.require(h, "date", "a holiday")) return;
                const Entry& date = *h.get("date");
                auto value = reader.text(date, "a date like 2024-02-14 or a range like 2024-04-08 .. 2024-04-15");
                if (!value) return;
                Location where = reader.content_start(date.value);
                std::size_t dots = value->find("..");
                auto from = reader.date_text(value->substr(0, dots), where);
                auto to = dots == std::string::npos ? from : reader.date_text(value->substr(dots + 2), where);
                if (!from || !to) return;
                holiday.from = *from;
                holiday.to = *to;
                calendar.holidays.push_back(std::move(holiday));
            });
        file.calendars.push_back(std::move(calendar));
    });
}

void read_levels(Reader& reader, const Entry& entry, ast::File& file) {
    each_mapping(reader, entry, level_keys, "a sanction level", "sanction levels", [&](const Entries& entries, const YAML::Node&) {
        ast::Level level;
        level.location = reader.at(entries.node);
        if (reader.require(entries, "name", "a sanction level")) level.name = reader.text_of(entries, "name");
        level.title = reader.text_of(entries, "title");
        if (const Entry* e = entries.get("measures")) level.measures = reader.texts(*e, "texts");
        if (const Entry* e = entries.get("basis")) level.basis = reader.refs(*e, "provision ids");
        if (const Entry* e = entries.get("variants"))
            each_mapping(reader, *e, variant_keys, "a variant of a level", "variants", [&](const Entries& v, const YAML::Node&) {
                ast::LevelVariant variant;
                variant.location = reader.at(v.node);
                if (reader.require(v, "when", "a variant of a level"))
                    if (auto condition = reader.condition(*v.get("when"))) variant.condition = std::move(*condition);
                if (const Entry* m = v.get("measures")) variant.measures = reader.texts(*m, "texts");
                if (const Entry* b = v.get("basis")) variant.basis = reader.refs(*b, "provision ids");
                level.variants.push_back(std::move(variant));
            });
        file.levels.push_back(std::move(level));
    });
}

void read_aggregation(Reader& reader, const Entry& entry, ast::File& file) {
    ast::Aggregation& aggregation = file.aggregation;
    aggregation.declared = true;
    aggregation.location = reader.at(entry);
    auto entries = reader.mapping(entry.value, aggregation_keys, "the aggregation", reader.at(entry));
    if (!entries) return;
    if (const Entry* concurrent = entries->get("concurrent")) {
        const YAML::Node& value = concurrent->value;
        bool heaviest = value.IsScalar() && (value.Scalar() == "heaviest" || value.Scalar() == "terberat");
        if (!heaviest && !value.IsNull()) {
            if (auto c = reader.mapping(value, concurrent_keys, "`concurrent`", reader.at(*concurrent))) {
                if (const Entry* e = c->get("basis")) aggregation.concurrent_basis = reader.refs(*e, "provision ids");
                aggregation.concurrent_note = reader.text_of(*c, "note");
                if (const Entry* e = c->get("reasoning")) aggregation.concurrent_reasoning = reader.reasoning(*e);
            }
        }
    }
    if (const Entry* repeat = entries->get("repeat")) {
        each_mapping(reader, *repeat, repeat_keys, "a repeat", "repeats", [&](const Entries& r, const YAML::Node&) {
            ast::Escalation escalation;
            escalation.location = reader.at(r.node);
            escalation.title = reader.text_of(r, "title");
            if (reader.require(r, "when", "a repeat"))
                if (auto condition = reader.condition(*r.get("when"))) escalation.condition = std::move(*condition);
            if (const Entry* e = r.get("raise")) {
                auto text = reader.text(*e, "a number of steps");
                int steps = 0;
                if (text) {
                    auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), steps);
                    if (ec != std::errc{} || end != text->data() + text->size() || steps < 1) {
                        reader.error("E011", reader.at(*e), fmt::format("`{}` must be a number of steps (1 or more), found `{}`", e->spelling, *text));
                        steps = 1;
                    }
                    escalation.steps = steps;
                }
            }
            if (reader.require(r, "within", "a repeat")) escalation.ladder = reader.refs(*r.get("within"), "level names");
            if (const Entry* e = r.get("basis")) escalation.basis = reader.refs(*e, "provision ids");
            escalation.note = reader.text_of(r, "note");
            if (const Entry* e = r.get("reasoning")) escalation.reasoning = reader.reasoning(*e);
            aggregation.escalations.push_back(std::move(escalation));
        });
    }
}

void read_scope(Reader& reader, const Entry& entry, ast::File& file) {
    ast::Scope& scope = file.scope;
    scope.declared = true;
    scope.location = reader.at(entry);
    auto entries = reader.mapping(entry.value, scope_keys, "the scope", reader.at(entry));
    if (!entries) return;
    if (const Entry* e = entries->get("subject")) scope.subject = reader.condition(*e);
    if (const Entry* from = entries->get("from")) {
        if (from->value.IsScalar()) {
            scope.from = reader.date(*from);
        } else if (auto f = reader.mapping(from->value, from_keys, "`from`", reader.at(*from))) {
            if (reader.require(*f, "date", "`from`")) scope.from = reader.date(*f->get("date"));
            scope.from_title = reader.text_of(*f, "title");
        }
    }
    if (const Entry* outside = entries->get("outside")) {
        each_mapping(reader, *outside, outside_keys, "an `outside`", "`outside` cases", [&](const Entries& o, const YAML::Node&) {
            ast::Outside item;
            item.location = reader.at(o.node);
            if (reader.require(o, "when", "an `outside`"))
                if (auto condition = reader.condition(*o.get("when"))) item.condition = std::move(*condition);
            item.text = reader.text_of(o, "text");
            scope.outside.push_back(std::move(item));
        });
    }
}

}  // namespace netral::yaml_rules
