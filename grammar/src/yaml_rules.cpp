// parse_rule_yaml(): a YAML rule file to the syntax tree, the same tree the DSL
// parser makes. This file holds the entry point, definitions, rules and
// examples; yaml_law.cpp the law, facts, calendars, levels and scope.
#include <algorithm>
#include <charconv>
#include <fmt/format.h>

#include "netral/parse.hpp"
#include "yaml_reader.hpp"
#include "yaml_stream_guard.hpp"

namespace netral {
namespace yaml_rules {
namespace {

const Keys file_keys = {
    {"regulations", {"regulations", "peraturan"}},
    {"facts", {"facts", "fakta"}},
    {"elections", {"elections", "pemilihan"}},
    {"workdays", {"workdays", "kalender_kerja"}},
    {"levels", {"levels", "tingkat"}},
    {"aggregation", {"aggregation", "agregasi"}},
    {"scope", {"scope", "cakupan"}},
    {"definitions", {"definitions", "definisi"}},
    {"rules", {"rules", "aturan"}},
    {"recommendations", {"recommendations", "rekomendasi"}},
    {"kinds", {"kinds", "jenis_pelanggaran"}},
    {"admissibility", {"admissibility", "penerimaan"}},
    {"requirements", {"requirements", "syarat"}},
    {"deadlines", {"deadlines", "tenggat"}},
    {"examples", {"examples", "contoh"}},
};

const Keys define_keys = {
    {"name", {"name", "nama"}},
    {"title", {"title", "judul"}},
    {"when", {"when", "jika"}},
};

const Keys rule_keys = {
    {"id", {"id"}},
    {"title", {"title", "judul"}},
    {"per", {"per"}},
    {"subject", {"subject", "subjek"}},
    {"when", {"when", "jika"}},
    {"elements", {"elements", "unsur"}},
    {"unless", {"unless", "kecuali"}},
    {"overrides", {"overrides", "mengesampingkan"}},
    {"cites", {"cites", "dasar"}},
    {"sanction", {"sanction", "sanksi"}},
    {"referrals", {"referrals", "rujukan"}},
    {"kind", {"kind", "jenis"}},
    {"notes", {"notes", "note", "catatan"}},
    {"reasoning", {"reasoning", "pertimbangan"}},
};

const Keys element_keys = {
    {"name", {"name", "nama"}},
    {"when", {"when", "jika"}},
};

const Keys sanction_keys = {
    {"level", {"level", "tingkat"}},
    {"basis", {"basis", "dasar_sanksi"}},
};

const Keys referral_keys = {
    {"to", {"to", "kepada"}},
    {"reason", {"reason", "alasan"}},
    {"as", {"as", "sebagai"}},
    {"deadline", {"deadline", "tenggat"}},
    {"basis", {"basis", "dasar_sanksi"}},
    {"when", {"when", "jika"}},
};

const Keys recommendation_keys = {
    {"id", {"id"}},
    {"title", {"title", "judul"}},
    {"when", {"when", "jika"}},
    {"dated", {"dated", "bertanggal"}},
    {"recipients", {"recipients", "penerima"}},
    {"text", {"text", "teks"}},
    {"cites", {"cites", "dasar"}},
    {"notes", {"notes", "note", "catatan"}},
    {"reasoning", {"reasoning", "pertimbangan"}},
};

const Keys recipient_keys = {
    {"id", {"id"}},
    {"title", {"title", "judul"}},
    {"from", {"from", "sejak"}},
    {"until", {"until", "sampai"}},
    {"basis", {"basis", "dasar_sanksi"}},
    {"note", {"note", "catatan"}},
    {"reasoning", {"reasoning", "pertimbangan"}},
};

const Keys expected_element_keys = {
    {"rule", {"rule", "aturan"}},
    {"name", {"name", "nama"}},
    {"status", {"status"}},
    {"act", {"act", "perbuatan"}},
};

const Keys example_keys = {
    {"id", {"id"}},
    {"title", {"title", "judul"}},
    {"report", {"report", "laporan"}},
    {"expect", {"expect", "harapan"}},
};

const Keys expect_keys = {
    {"status", {"status"}},
    {"level", {"level", "tingkat"}},
    {"rules", {"rules", "aturan"}},
    {"cites", {"cites", "dasar"}},
    {"missing", {"missing", "kurang"}},
    {"basis", {"basis", "dasar_sanksi"}},
    {"refer", {"refer", "rujuk"}},
    {"recommend", {"recommend", "rekomendasi"}},
    {"overridden", {"overridden", "dikesampingkan"}},
    {"excepted", {"excepted", "dikecualikan"}},
    {"elements", {"elements", "unsur"}},
    {"admissibility", {"admissibility", "penerimaan"}},
    {"requirements", {"requirements", "syarat"}},
    {"deadlines", {"deadlines", "tenggat"}},
    {"kind", {"kind", "jenis"}},
};

// One note as a text, or a list of them.
std::vector<std::string> read_notes(Reader& reader, const Entry& entry) {
    if (entry.value.IsScalar()) return {entry.value.Scalar()};
    return reader.texts(entry, "texts");
}

// `name` and `when` of an element, an exception or a rule's subject.
ast::Element read_element(Reader& reader, const Entries& entries, const std::string& what, bool name_required) {
    ast::Element element;
    element.location = reader.at(entries.node);
    if (!name_required || reader.require(entries, "name", what)) element.name = reader.text_of(entries, "name");
    if (reader.require(entries, "when", what))
        if (auto condition = reader.condition(*entries.get("when"))) element.condition = std::move(*condition);
    return element;
}

void read_rule(Reader& reader, const Entries& entries, ast::File& file) {
    ast::Rule rule;
    rule.location = reader.at(entries.node);
    if (reader.require(entries, "id", "a rule")) rule.id = reader.text_of(entries, "id");
    rule.title = reader.text_of(entries, "title");
    if (const Entry* e = entries.get("per")) {
        if (auto per = reader.text(*e, "`act` or `report`")) {
            if (*per == "act" || *per == "perbuatan") rule.per_act = true;
            else if (*per == "report" || *per == "laporan") rule.per_act = false;
            else {
                std::string suggestion = closest_match(*per, {"act", "report", "perbuatan", "laporan"});
                reader.error("E011", reader.at(*e), fmt::format("`per` must be `act` or `report`, found `{}`", *per),
                             suggestion.empty() ? std::vector<std::string>{}
                                                : std::vector<std::string>{fmt::format("did you mean `{}`?", suggestion)});
            }
        }
    }
    if (const Entry* e = entries.get("subject"))
        if (auto s = reader.mapping(e->value, element_keys, "the subject of a rule", reader.at(*e)))
            rule.subject = read_element(reader, *s, "the subject of a rule", true);
    if (const Entry* e = entries.get("when")) rule.when = reader.condition(*e);
    if (const Entry* e = entries.get("elements"))
        each_mapping(reader, *e, element_keys, "an element", "elements", [&](const Entries& el, const YAML::Node&) {
            rule.elements.push_back(read_element(reader, el, "an element", true));
        });
    if (const Entry* e = entries.get("unless"))
        each_mapping(reader, *e, element_keys, "an exception", "exceptions", [&](const Entries& ex, const YAML::Node&) {
            ast::Element element = read_element(reader, ex, "an exception", false);
            rule.exceptions.push_back({std::move(element.name), std::move(element.condition), element.location});
        });
    if (const Entry* e = entries.get("overrides")) rule.overrides = reader.refs(*e, "rule ids");
    if (const Entry* e = entries.get("cites")) rule.cites = reader.refs(*e, "provision ids");
    if (const Entry* e = entries.get("sanction")) {
        if (auto s = reader.mapping(e->value, sanction_keys, "the sanction of a rule", reader.at(*e))) {
            if (reader.require(*s, "level", "the sanction of a rule")) rule.sanction_level = reader.ref(*s->get("level"), "a level name");
            if (const Entry* b = s->get("basis")) rule.sanction_basis = reader.refs(*b, "provision ids");
        }
    }
    if (const Entry* e = entries.get("referrals"))
        each_mapping(reader, *e, referral_keys, "a referral", "referrals", [&](const Entries& r, const YAML::Node&) {
            ast::Referral referral;
            referral.location = reader.at(r.node);
            if (reader.require(r, "to", "a referral")) referral.to = reader.text_of(r, "to");
            referral.reason = reader.text_of(r, "reason");
            if (const Entry* k = r.get("as")) referral.kind = reader.ref(*k, "a kind of violation");
            referral.deadline = reader.text_of(r, "deadline");
            if (const Entry* b = r.get("basis")) referral.basis = reader.refs(*b, "provision ids");
            if (const Entry* w = r.get("when")) referral.condition = reader.condition(*w);
            rule.referrals.push_back(std::move(referral));
        });
    if (const Entry* e = entries.get("kind")) rule.kind = reader.ref(*e, "a kind of violation");
    if (const Entry* e = entries.get("notes")) rule.notes = read_notes(reader, *e);
    if (const Entry* e = entries.get("reasoning")) rule.reasoning = reader.reasoning(*e);
    file.rules.push_back(std::move(rule));
}

void read_recommendation(Reader& reader, const Entries& entries, ast::File& file) {
    ast::Recommendation r;
    r.location = reader.at(entries.node);
    if (reader.require(entries, "id", "a recommendation")) r.id = reader.text_of(entries, "id");
    r.title = reader.text_of(entries, "title");
    if (const Entry* e = entries.get("when")) r.condition = reader.condition(*e);
    if (const Entry* e = entries.get("dated")) {
        // One fact as a text, or a list of them, in order of preference.
        if (e->value.IsScalar()) {
            if (auto fact = reader.condition(*e)) r.dated.push_back(std::move(*fact));
        } else if (auto items = reader.list(*e, "date facts")) {
            for (const YAML::Node& item : *items)
                if (auto fact = reader.condition(Entry{e->key, item, e->spelling})) r.dated.push_back(std::move(*fact));
        }
    }
    if (reader.require(entries, "recipients", "a recommendation"))
        each_mapping(reader, *entries.get("recipients"), recipient_keys, "a recipient", "recipients",
                     [&](const Entries& p, const YAML::Node&) {
                         ast::Recipient recipient;
                         recipient.location = reader.at(p.node);
                         if (reader.require(p, "id", "a recipient")) recipient.id = reader.text_of(p, "id");
                         recipient.title = reader.text_of(p, "title");
                         if (const Entry* d = p.get("from")) recipient.from = reader.date(*d);
                         if (const Entry* d = p.get("until")) recipient.until = reader.date(*d);
                         if (const Entry* b = p.get("basis")) recipient.basis = reader.refs(*b, "provision ids");
                         recipient.note = reader.text_of(p, "note");
                         if (const Entry* e = p.get("reasoning")) recipient.reasoning = reader.reasoning(*e);
                         r.recipients.push_back(std::move(recipient));
                     });
    r.text = reader.text_of(entries, "text");
    if (const Entry* e = entries.get("cites")) r.cites = reader.refs(*e, "provision ids");
    if (const Entry* e = entries.get("notes")) r.notes = read_notes(reader, *e);
    if (const Entry* e = entries.get("reasoning")) r.reasoning = reader.reasoning(*e);
    file.recommendations.push_back(std::move(r));
}

void read_example(Reader& reader, const Entries& entries, ast::File& file) {
    ast::Example example;
    example.location = reader.at(entries.node);
    if (reader.require(entries, "id", "an example")) example.id = reader.text_of(entries, "id");
    example.title = reader.text_of(entries, "title");
    if (reader.require(entries, "report", "an example")) {
        auto [text, where] = reader.report_text(*entries.get("report"), example.report_indent);
        example.report = std::move(text);
        example.report_location = where;
    }
    if (const Entry* e = entries.get("expect")) {
        if (auto x = reader.mapping(e->value, expect_keys, "`expect`", reader.at(*e))) {
            for (const auto& [name, written] : x->by_name)
                if (name != "elements" && name != "requirements" && name != "deadlines")
                    example.expect_locations.emplace_back(name, reader.at(written.key));
            if (const Entry* s = x->get("status")) example.status = reader.ref(*s, "a verdict status");
            if (const Entry* l = x->get("level")) example.level = reader.ref(*l, "a level name");
            if (const Entry* r = x->get("rules")) example.rules = reader.refs(*r, "rule ids");
            if (const Entry* c = x->get("cites")) example.cites = reader.refs(*c, "provision ids");
            if (const Entry* m = x->get("missing")) {
                // `missing: none` (tidak_ada), like the DSL's `expect missing none`.
                bool none = m->value.IsScalar() && (m->value.Scalar() == "none" || m->value.Scalar() == "tidak_ada");
                example.missing = none ? std::vector<ast::Ref>{} : reader.refs(*m, "fact paths");
            }
            // A list, or `none` (tidak_ada) for the empty list.
            auto optional_list = [&](const char* key, const char* expected) -> std::optional<std::vector<ast::Ref>> {
                const Entry* entry = x->get(key);
                if (!entry) return std::nullopt;
                const YAML::Node& value = entry->value;
                if (value.IsScalar() && (value.Scalar() == "none" || value.Scalar() == "tidak_ada"))
                    return std::vector<ast::Ref>{};
                return reader.refs(*entry, expected);
            };
            example.basis = optional_list("basis", "provision ids");
            example.referrals = optional_list("refer", "recipients");
            example.recommendations = optional_list("recommend", "recipients");
            example.overridden = optional_list("overridden", "rule ids");
            example.classification = optional_list("kind", "kinds of violation");
            if (const Entry* a = x->get("admissibility")) example.admissibility = reader.ref(*a, "an outcome");
            // `requirements: {formil.pemilu.waktu: not_met}`, `deadlines: {pemilu.tindak_lanjut: 2024-10-25}`.
            auto pairs = [&](const char* key, auto&& add) {
                const Entry* entry = x->get(key);
                if (!entry) return;
                if (!entry->value.IsMap()) {
                    reader.error("E011", reader.at(*entry),
                                 fmt::format("`{}` must be a mapping of ids to values, found {}", entry->spelling,
                                             Reader::describe(entry->value)));
                    return;
                }
                for (auto it = entry->value.begin(); it != entry->value.end(); ++it) {
                    Entry item{it->first, it->second, it->first.IsScalar() ? it->first.Scalar() : std::string()};
                    if (auto id = reader.ref(Entry{it->first, it->first, entry->spelling}, "an id")) add(*id, item);
                }
            };
            pairs("requirements", [&](const ast::Ref& id, const Entry& value) {
                if (auto status = reader.ref(value, "met, not_met or unknown")) example.requirements.emplace_back(id, *status);
            });
            pairs("deadlines", [&](const ast::Ref& id, const Entry& value) {
                bool none = value.value.IsScalar() && (value.value.Scalar() == "none" || value.value.Scalar() == "tidak_ada");
                example.deadlines.emplace_back(id, none ? std::nullopt : reader.date(value));
            });
            example.excepted = optional_list("excepted", "rule ids");
            if (const Entry* e = x->get("elements"))
                each_mapping(reader, *e, expected_element_keys, "an expected element", "elements",
                             [&](const Entries& el, const YAML::Node&) {
                                 ast::ExpectedElement element;
                                 element.location = reader.at(el.node);
                                 if (reader.require(el, "rule", "an expected element"))
                                     if (auto rule = reader.ref(*el.get("rule"), "a rule id")) element.rule = *rule;
                                 if (reader.require(el, "name", "an expected element")) element.name = reader.text_of(el, "name");
                                 if (reader.require(el, "status", "an expected element"))
                                     if (auto status = reader.ref(*el.get("status"), "met, not_met or unknown"))
                                         element.status = *status;
                                 if (const Entry* a = el.get("act")) {
                                     auto text = reader.text(*a, "an act number");
                                     int number = -1;
                                     if (text) {
                                         auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), number);
                                         if (ec != std::errc{} || end != text->data() + text->size() || number < 0)
                                             reader.error("E011", reader.at(*a),
                                                          fmt::format("`{}` must be an act number counted from 0, found `{}`",
                                                                      a->spelling, *text));
                                         else element.act = number;
                                     }
                                 }
                                 example.elements.push_back(std::move(element));
                             });
        }
    }
    file.examples.push_back(std::move(example));
}

}  // namespace

void read_definitions(Reader& reader, const Entry& entry, ast::File& file) {
    each_mapping(reader, entry, define_keys, "a definition", "definitions", [&](const Entries& entries, const YAML::Node&) {
        ast::Define define;
        define.location = reader.at(entries.node);
        if (reader.require(entries, "name", "a definition")) define.name = reader.text_of(entries, "name");
        define.title = reader.text_of(entries, "title");
        if (reader.require(entries, "when", "a definition"))
            if (auto expr = reader.condition(*entries.get("when"))) define.expr = std::move(*expr);
        file.defines.push_back(std::move(define));
    });
}

void read_rules(Reader& reader, const Entry& entry, ast::File& file) {
    each_mapping(reader, entry, rule_keys, "a rule", "rules",
                 [&](const Entries& entries, const YAML::Node&) { read_rule(reader, entries, file); });
}

void read_recommendations(Reader& reader, const Entry& entry, ast::File& file) {
    each_mapping(reader, entry, recommendation_keys, "a recommendation", "recommendations",
                 [&](const Entries& entries, const YAML::Node&) { read_recommendation(reader, entries, file); });
}

void read_examples(Reader& reader, const Entry& entry, ast::File& file) {
    each_mapping(reader, entry, example_keys, "an example", "examples",
                 [&](const Entries& entries, const YAML::Node&) { read_example(reader, entries, file); });
}

namespace {

// yaml-cpp's messages are terse ("end of map not found"); say what they mean.
std::string plain_words(const std::string& message) {
    struct Known {
        const char* starts;
        const char* says;
    };
    static const Known known[] = {
        {"end of map not found", "a line here does not line up with the mapping it belongs to (check the indentation)"},
        {"end of map flow not found", "a `{` is not closed by a `}`"},
        {"end of sequence not found", "a line here does not line up with the list it belongs to (check the indentation)"},
        {"end of sequence flow not found", "a `[` is not closed by a `]`"},
        {"illegal map value", "a `:` where no key can start (a text holding `: ` must be in quotes)"},
        {"illegal block entry", "a `- ` list item where no list can start (check the indentation)"},
        {"illegal map key", "a `? ` key where no key can start"},
        {"illegal flow end", "a `]` or `}` with no `[` or `{` to close"},
        {"unknown token", "a character that cannot start a value here (put the value in quotes)"},
        {"unknown escape character", "an unknown `\\` escape in a double-quoted text"},
        {"illegal EOF in scalar", "a quoted text is not closed before the end of the file"},
        {"illegal character in scalar", "a character that is not allowed in a text here"},
        {"illegal document indicator in scalar", "a `---` or `...` inside a text"},
        {"illegal tab when looking for indentation", "a tab in the indentation (indent with spaces)"},
        {"the referenced anchor is not defined", "an alias `*name` with no anchor `&name` before it"},
        {"alias not found after *", "a `*` with no alias name after it"},
        {"anchor not found after &", "a `&` with no anchor name after it"},
        {"unexpected character in block scalar", "an unexpected character after `|` or `>`"},
    };
    for (const Known& k : known)
        if (message.rfind(k.starts, 0) == 0) return k.says;
    if (message.find("depth") != std::string::npos) return "the file is nested too deeply";
    return message;
}

// A mapping with an incident report's keys (`actor`, `acts`) and none of a
// rule file's: a report saved into the pack folder by mistake.
bool looks_like_report(const YAML::Node& root) {
    bool report_keys = false;
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!it->first.IsScalar()) return false;
        const std::string& key = it->first.Scalar();
        for (const Key& known : file_keys)
            if (std::find(known.spellings.begin(), known.spellings.end(), key) != known.spellings.end()) return false;
        if (key == "actor" || key == "acts") report_keys = true;
    }
    return report_keys;
}

}  // namespace
}  // namespace yaml_rules

ParseResult parse_rule_yaml(std::string_view text, const std::string& path) {
    using namespace yaml_rules;
    ParseResult result;
    result.file.path = path;
    Reader reader(text, path, result.diagnostics);
    try {
        if (std::optional<YAML::Mark> stuck = stuck_yaml_document(std::string(text))) {
            reader.error("E001",
                         {path, static_cast<std::uint32_t>(std::max(stuck->line, 0)) + 1,
                          static_cast<std::uint32_t>(std::max(stuck->column, 0)) + 1},
                         "this file is not valid YAML: this stands outside any list or mapping (a stray `,`?)");
            sort_by_location(result.diagnostics);
            return result;
        }
        std::vector<YAML::Node> documents = YAML::LoadAll(std::string(text));
        std::vector<YAML::Node> content;
        for (const YAML::Node& document : documents)
            if (!document.IsNull()) content.push_back(document);
        if (content.empty()) return result;  // an empty file declares nothing
        if (content.front().IsMap() && looks_like_report(content.front())) {
            reader.error("E013", {path, 1, 1},
                         "this file is an incident report, not a rule file: every `.yaml` file in a pack folder is "
                         "read as rules",
                         {"keep reports outside the pack folder and give them to `netral check`",
                          "or make it an example of the pack: `example ID \"title\" { report \"\"\"…\"\"\"  expect status … }`"});
            return result;
        }
        if (content.size() > 1)
            reader.error("E011", reader.at(content[1]), "a rule file holds one YAML document; this is a second one",
                         {"put it in a file of its own, or merge it into the first"});
        const YAML::Node& root = content.front();
        if (!root.IsMap()) {
            Location where = reader.at(root);
            if (where.line == 0) where = {path, 1, 1};
            reader.error("E011", where,
                         fmt::format("a rule file must be a mapping with keys such as `regulations`, `facts` or `rules`, found {}",
                                     Reader::describe(root)));
            return result;
        }
        auto entries = reader.mapping(root, file_keys, "a rule file", {path, 1, 1});
        if (!entries) return result;
        using Section = void (*)(Reader&, const Entry&, ast::File&);
        const std::pair<const char*, Section> sections[] = {
            {"regulations", read_regulations}, {"facts", read_facts},   {"elections", read_elections},
            {"workdays", read_workdays},
            {"levels", read_levels},           {"aggregation", read_aggregation}, {"scope", read_scope},
            {"definitions", read_definitions}, {"rules", read_rules},   {"recommendations", read_recommendations},
            {"kinds", read_kinds},             {"admissibility", read_admissibility},
            {"examples", read_examples},
        };
        for (const auto& [name, read] : sections)
            if (const Entry* entry = entries->get(name)) read(reader, *entry, result.file);
        if (const Entry* entry = entries->get("requirements"))
            read_requirements(reader, *entry, result.file, result.diagnostics);
        if (const Entry* entry = entries->get("deadlines")) read_deadlines(reader, *entry, result.file, result.diagnostics);
    } catch (const YAML::ParserException& error) {
        Location where{path, static_cast<std::uint32_t>(std::max(error.mark.line, 0)) + 1,
                       static_cast<std::uint32_t>(std::max(error.mark.column, 0)) + 1};
        reader.error("E001", where, "this file is not valid YAML: " + plain_words(error.msg));
    } catch (const std::exception& error) {
        reader.error("E001", {path, 1, 1}, std::string("this file cannot be read as YAML: ") + error.what());
    }
    sort_by_location(result.diagnostics);
    return result;
}

}  // namespace netral
