// write_rule_yaml() (convert.hpp): a syntax tree as a YAML rule file, with
// the keys yaml_*.cpp read. Texts are double-quoted, so that a text such as
// "true" or a date stays a text; conditions are written by write_expression.
#include <yaml-cpp/yaml.h>

#include <string>

#include "netral/convert.hpp"

namespace netral {
namespace {

class YamlWriter {
public:
    YAML::Emitter out;

    void text(const char* key, const std::string& value) {
        if (value.empty()) return;
        out << YAML::Key << key << YAML::Value << YAML::DoubleQuoted << value;
    }
    void plain(const char* key, const std::string& value) { out << YAML::Key << key << YAML::Value << value; }
    void condition(const char* key, const ast::Expr& e) {
        out << YAML::Key << key << YAML::Value << YAML::DoubleQuoted << write_expression(e);
    }
    void condition(const char* key, const std::optional<ast::Expr>& e) {
        if (e) condition(key, *e);
    }
    void date(const char* key, const std::optional<Date>& d) {
        if (d) plain(key, format_iso_date(*d));
    }
    void refs(const char* key, const std::vector<ast::Ref>& list, bool always = false) {
        if (list.empty() && !always) return;
        out << YAML::Key << key << YAML::Value << YAML::Flow << YAML::BeginSeq;
        for (const ast::Ref& r : list) out << r.id;
        out << YAML::EndSeq;
    }
    void texts(const char* key, const std::vector<std::string>& list) {
        if (list.empty()) return;
        out << YAML::Key << key << YAML::Value << YAML::BeginSeq;
        for (const std::string& t : list) out << YAML::DoubleQuoted << t;
        out << YAML::EndSeq;
    }
    void reasoning(const std::vector<ast::Reasoning>& list) {
        if (list.empty()) return;
        out << YAML::Key << "reasoning" << YAML::Value << YAML::BeginSeq;
        for (const ast::Reasoning& r : list) {
            out << YAML::BeginMap;
            text("text", r.text);
            refs("for", r.elections);
            out << YAML::EndMap;
        }
        out << YAML::EndSeq;
    }
    void element(const ast::Element& e) {
        out << YAML::BeginMap;
        out << YAML::Key << "name" << YAML::Value << YAML::DoubleQuoted << e.name;
        condition("when", e.condition);
        out << YAML::EndMap;
    }
    void elements(const char* key, const std::vector<ast::Element>& list) {
        if (list.empty()) return;
        out << YAML::Key << key << YAML::Value << YAML::BeginSeq;
        for (const ast::Element& e : list) element(e);
        out << YAML::EndSeq;
    }
    static std::string span(Date from, Date to) {
        return to == from ? format_iso_date(from) : format_iso_date(from) + " .. " + format_iso_date(to);
    }
    static std::string spec(const ast::DeadlineSpec& d) {
        std::string s;
        for (const ast::DaySpan& span : d.spans) s += (s.empty() ? "" : " or ") + std::to_string(span.count) + " " + span.unit;
        s += " after " + write_expression(d.start);
        if (d.end) s += " by " + write_expression(*d.end);
        return s;
    }
    void list_or_none(const char* key, const std::optional<std::vector<ast::Ref>>& list) {
        if (!list) return;
        if (list->empty()) plain(key, "none");
        else refs(key, *list);
    }

    void fields(const std::vector<ast::FieldDecl>& list) {
        out << YAML::BeginMap;
        for (const ast::FieldDecl& f : list) {
            using Kind = ast::TypeDecl::Kind;
            std::string type;
            std::string values;
            for (const std::string& v : f.type.values) values += (values.empty() ? "" : ", ") + v;
            switch (f.type.kind) {
                case Kind::boolean: type = "bool"; break;
                case Kind::integer: type = "integer"; break;
                case Kind::string: type = "string"; break;
                case Kind::date: type = "date"; break;
                case Kind::enumeration: type = "enum {" + values + "}"; break;
                case Kind::enum_list: type = "list of enum {" + values + "}"; break;
                case Kind::string_list: type = "list of string"; break;
                case Kind::object: type = "object"; break;
                case Kind::object_list: type = "list of object"; break;
            }
            out << YAML::Key << f.name << YAML::Value << YAML::BeginMap;
            out << YAML::Key << "type" << YAML::Value << YAML::DoubleQuoted << type;
            if (f.required) out << YAML::Key << "required" << YAML::Value << true;
            text("question", f.question);
            text("description", f.description);
            if (!f.type.shorthand.empty()) plain("shorthand", f.type.shorthand);
            if (f.type.kind == Kind::object || f.type.kind == Kind::object_list) {
                out << YAML::Key << "fields" << YAML::Value;
                fields(f.type.fields);
            }
            out << YAML::EndMap;
        }
        out << YAML::EndMap;
    }

    void write(const ast::File& file) {
        out << YAML::BeginMap;
        if (!file.regulations.empty()) {
            out << YAML::Key << "regulations" << YAML::Value << YAML::BeginSeq;
            for (const ast::Regulation& r : file.regulations) {
                out << YAML::BeginMap;
                plain("id", r.id);
                text("title", r.title);
                date("in_force", r.in_force);
                date("repealed", r.repealed);
                if (r.replaced_by) plain("replaced_by", r.replaced_by->id);
                text("source", r.source);
                text("note", r.note);
                reasoning(r.reasoning);
                condition("subject", r.subject);
                out << YAML::Key << "provisions" << YAML::Value << YAML::BeginSeq;
                for (const ast::Provision& p : r.provisions) {
                    out << YAML::BeginMap;
                    plain("id", p.id);
                    out << YAML::Key << "text" << YAML::Value << YAML::DoubleQuoted << p.text;
                    text("citation", p.citation);
                    date("in_force", p.in_force);
                    date("repealed", p.repealed);
                    if (p.replaced_by) plain("replaced_by", p.replaced_by->id);
                    text("note", p.note);
                    reasoning(p.reasoning);
                    condition("subject", p.subject);
                    out << YAML::EndMap;
                }
                out << YAML::EndSeq << YAML::EndMap;
            }
            out << YAML::EndSeq;
        }
        if (file.facts) {
            out << YAML::Key << "facts" << YAML::Value;
            fields(file.facts->fields);
        }
        if (!file.elections.empty()) {
            out << YAML::Key << "elections" << YAML::Value << YAML::BeginSeq;
            for (const ast::Election& e : file.elections) {
                out << YAML::BeginMap;
                plain("id", e.id);
                text("title", e.title);
                for (const ast::Stage& s : e.stages) plain(s.name.c_str(), span(s.from, s.to));
                out << YAML::EndMap;
            }
            out << YAML::EndSeq;
        }
        if (!file.calendars.empty()) {
            out << YAML::Key << "workdays" << YAML::Value << YAML::BeginSeq;
            for (const ast::Workdays& w : file.calendars) {
                out << YAML::BeginMap;
                plain("id", w.id);
                text("title", w.title);
                refs("weekend", w.weekend);
                if (!w.holidays.empty()) {
                    out << YAML::Key << "holidays" << YAML::Value << YAML::BeginSeq;
                    for (const ast::Holiday& h : w.holidays) {
                        out << YAML::BeginMap;
                        plain("date", span(h.from, h.to));
                        text("name", h.name);
                        out << YAML::EndMap;
                    }
                    out << YAML::EndSeq;
                }
                out << YAML::EndMap;
            }
            out << YAML::EndSeq;
        }
        if (!file.levels.empty()) {
            out << YAML::Key << "levels" << YAML::Value << YAML::BeginSeq;
            for (const ast::Level& l : file.levels) {
                out << YAML::BeginMap;
                plain("name", l.name);
                text("title", l.title);
                texts("measures", l.measures);
                refs("basis", l.basis);
                if (!l.variants.empty()) {
                    out << YAML::Key << "variants" << YAML::Value << YAML::BeginSeq;
                    for (const ast::LevelVariant& v : l.variants) {
                        out << YAML::BeginMap;
                        condition("when", v.condition);
                        if (v.measures) {
                            out << YAML::Key << "measures" << YAML::Value << YAML::BeginSeq;
                            for (const std::string& m : *v.measures) out << YAML::DoubleQuoted << m;
                            out << YAML::EndSeq;
                        }
                        if (v.basis) refs("basis", *v.basis, true);
                        out << YAML::EndMap;
                    }
                    out << YAML::EndSeq;
                }
                out << YAML::EndMap;
            }
            out << YAML::EndSeq;
        }
        if (file.aggregation.declared) {
            const ast::Aggregation& a = file.aggregation;
            out << YAML::Key << "aggregation" << YAML::Value << YAML::BeginMap;
            out << YAML::Key << "concurrent" << YAML::Value << YAML::BeginMap;
            refs("basis", a.concurrent_basis, true);
            text("note", a.concurrent_note);
            reasoning(a.concurrent_reasoning);
            out << YAML::EndMap;
            if (!a.escalations.empty()) {
                out << YAML::Key << "repeat" << YAML::Value << YAML::BeginSeq;
                for (const ast::Escalation& e : a.escalations) {
                    out << YAML::BeginMap;
                    text("title", e.title);
                    condition("when", e.condition);
                    out << YAML::Key << "raise" << YAML::Value << e.steps;
                    refs("within", e.ladder, true);
                    refs("basis", e.basis);
                    text("note", e.note);
                    reasoning(e.reasoning);
                    out << YAML::EndMap;
                }
                out << YAML::EndSeq;
            }
            out << YAML::EndMap;
        }
        if (file.scope.declared) {
            const ast::Scope& s = file.scope;
            out << YAML::Key << "scope" << YAML::Value << YAML::BeginMap;
            condition("subject", s.subject);
            if (s.from) {
                out << YAML::Key << "from" << YAML::Value << YAML::BeginMap;
                plain("date", format_iso_date(*s.from));
                text("title", s.from_title);
                out << YAML::EndMap;
            }
            if (!s.outside.empty()) {
                out << YAML::Key << "outside" << YAML::Value << YAML::BeginSeq;
                for (const ast::Outside& o : s.outside) {
                    out << YAML::BeginMap;
                    condition("when", o.condition);
                    text("text", o.text);
                    out << YAML::EndMap;
                }
                out << YAML::EndSeq;
            }
            out << YAML::EndMap;
        }
        if (!file.defines.empty()) {
            out << YAML::Key << "definitions" << YAML::Value << YAML::BeginSeq;
            for (const ast::Define& d : file.defines) {
                out << YAML::BeginMap;
                plain("name", d.name);
                text("title", d.title);
                condition("when", d.expr);
                out << YAML::EndMap;
            }
            out << YAML::EndSeq;
        }
        if (!file.rules.empty()) {
            out << YAML::Key << "rules" << YAML::Value << YAML::BeginSeq;
            for (const ast::Rule& r : file.rules) rule(r);
            out << YAML::EndSeq;
        }
        if (!file.recommendations.empty()) {
            out << YAML::Key << "recommendations" << YAML::Value << YAML::BeginSeq;
            for (const ast::Recommendation& r : file.recommendations) recommendation(r);
            out << YAML::EndSeq;
        }
        if (!file.kinds.empty()) {
            out << YAML::Key << "kinds" << YAML::Value << YAML::BeginSeq;
            for (const ast::ViolationKind& k : file.kinds) {
                out << YAML::BeginMap;
                plain("name", k.name);
                text("title", k.title);
                if (k.is_default) out << YAML::Key << "default" << YAML::Value << true;
                out << YAML::EndMap;
            }
            out << YAML::EndSeq;
        }
        if (file.admissibility.declared) {
            out << YAML::Key << "admissibility" << YAML::Value << YAML::BeginMap;
            out << YAML::Key << "groups" << YAML::Value << YAML::BeginSeq;
            for (const ast::AdmissibilityGroup& g : file.admissibility.groups) {
                out << YAML::BeginMap;
                plain("id", g.id);
                text("title", g.title);
                out << YAML::EndMap;
            }
            out << YAML::EndSeq;
            out << YAML::Key << "outcomes" << YAML::Value << YAML::BeginMap;
            for (const auto& [name, words] : file.admissibility.outcomes) text(name.id.c_str(), words);
            out << YAML::EndMap << YAML::EndMap;
        }
        if (!file.requirements.empty()) {
            out << YAML::Key << "requirements" << YAML::Value << YAML::BeginSeq;
            for (const ast::Requirement& r : file.requirements) {
                out << YAML::BeginMap;
                plain("id", r.id);
                text("title", r.title);
                if (r.group) plain("group", r.group->id);
                condition("when", r.condition);
                elements("elements", r.elements);
                if (r.deadline) text("time_limit", spec(*r.deadline));
                refs("cites", r.cites);
                texts("notes", r.notes);
                reasoning(r.reasoning);
                out << YAML::EndMap;
            }
            out << YAML::EndSeq;
        }
        if (!file.deadlines.empty()) {
            out << YAML::Key << "deadlines" << YAML::Value << YAML::BeginSeq;
            for (const ast::HandlingDeadline& d : file.deadlines) {
                out << YAML::BeginMap;
                plain("id", d.id);
                text("title", d.title);
                condition("when", d.condition);
                text("due", spec(d.due));
                refs("cites", d.cites);
                texts("notes", d.notes);
                reasoning(d.reasoning);
                out << YAML::EndMap;
            }
            out << YAML::EndSeq;
        }
        if (!file.examples.empty()) {
            out << YAML::Key << "examples" << YAML::Value << YAML::BeginSeq;
            for (const ast::Example& x : file.examples) example(x);
            out << YAML::EndSeq;
        }
        out << YAML::EndMap;
    }

    void rule(const ast::Rule& r) {
        out << YAML::BeginMap;
        plain("id", r.id);
        text("title", r.title);
        plain("per", r.per_act ? "act" : "report");
        if (r.subject) {
            out << YAML::Key << "subject" << YAML::Value;
            element(*r.subject);
        }
        condition("when", r.when);
        elements("elements", r.elements);
        if (!r.exceptions.empty()) {
            out << YAML::Key << "unless" << YAML::Value << YAML::BeginSeq;
            for (const ast::Exception& e : r.exceptions) {
                out << YAML::BeginMap;
                text("name", e.name);
                condition("when", e.condition);
                out << YAML::EndMap;
            }
            out << YAML::EndSeq;
        }
        refs("overrides", r.overrides);
        refs("cites", r.cites);
        if (r.sanction_level) {
            out << YAML::Key << "sanction" << YAML::Value << YAML::BeginMap;
            plain("level", r.sanction_level->id);
            refs("basis", r.sanction_basis);
            out << YAML::EndMap;
        }
        if (!r.referrals.empty()) {
            out << YAML::Key << "referrals" << YAML::Value << YAML::BeginSeq;
            for (const ast::Referral& f : r.referrals) {
                out << YAML::BeginMap;
                plain("to", f.to);
                text("reason", f.reason);
                if (f.kind) plain("as", f.kind->id);
                refs("basis", f.basis);
                condition("when", f.condition);
                text("deadline", f.deadline);
                out << YAML::EndMap;
            }
            out << YAML::EndSeq;
        }
        if (r.kind) plain("kind", r.kind->id);
        texts("notes", r.notes);
        reasoning(r.reasoning);
        out << YAML::EndMap;
    }

    void recommendation(const ast::Recommendation& r) {
        out << YAML::BeginMap;
        plain("id", r.id);
        text("title", r.title);
        condition("when", r.condition);
        if (!r.dated.empty()) {
            out << YAML::Key << "dated" << YAML::Value << YAML::Flow << YAML::BeginSeq;
            for (const ast::Expr& e : r.dated) out << write_expression(e);
            out << YAML::EndSeq;
        }
        out << YAML::Key << "recipients" << YAML::Value << YAML::BeginSeq;
        for (const ast::Recipient& p : r.recipients) {
            out << YAML::BeginMap;
            plain("id", p.id);
            text("title", p.title);
            date("from", p.from);
            date("until", p.until);
            refs("basis", p.basis);
            text("note", p.note);
            reasoning(p.reasoning);
            out << YAML::EndMap;
        }
        out << YAML::EndSeq;
        text("text", r.text);
        refs("cites", r.cites);
        texts("notes", r.notes);
        reasoning(r.reasoning);
        out << YAML::EndMap;
    }

    void example(const ast::Example& x) {
        out << YAML::BeginMap;
        plain("id", x.id);
        text("title", x.title);
        out << YAML::Key << "report" << YAML::Value << YAML::Literal << x.report;
        out << YAML::Key << "expect" << YAML::Value << YAML::BeginMap;
        if (x.status) plain("status", x.status->id);
        if (x.level) plain("level", x.level->id);
        list_or_none("rules", x.rules);
        list_or_none("cites", x.cites);
        list_or_none("missing", x.missing);
        list_or_none("basis", x.basis);
        list_or_none("refer", x.referrals);
        list_or_none("recommend", x.recommendations);
        list_or_none("overridden", x.overridden);
        list_or_none("excepted", x.excepted);
        if (!x.elements.empty()) {
            out << YAML::Key << "elements" << YAML::Value << YAML::BeginSeq;
            for (const ast::ExpectedElement& e : x.elements) {
                out << YAML::BeginMap;
                plain("rule", e.rule.id);
                out << YAML::Key << "name" << YAML::Value << YAML::DoubleQuoted << e.name;
                plain("status", e.status.id);
                if (e.act) out << YAML::Key << "act" << YAML::Value << *e.act;
                out << YAML::EndMap;
            }
            out << YAML::EndSeq;
        }
        if (x.admissibility) plain("admissibility", x.admissibility->id);
        if (!x.requirements.empty()) {
            out << YAML::Key << "requirements" << YAML::Value << YAML::BeginMap;
            for (const auto& [id, status] : x.requirements) plain(id.id.c_str(), status.id);
            out << YAML::EndMap;
        }
        if (!x.deadlines.empty()) {
            out << YAML::Key << "deadlines" << YAML::Value << YAML::BeginMap;
            for (const auto& [id, day] : x.deadlines) plain(id.id.c_str(), day ? format_iso_date(*day) : "none");
            out << YAML::EndMap;
        }
        list_or_none("kind", x.classification);
        out << YAML::EndMap << YAML::EndMap;
    }
};

}  // namespace

std::string write_rule_yaml(const ast::File& file) {
    YamlWriter writer;
    writer.write(file);
    return std::string(writer.out.c_str()) + "\n";
}

}  // namespace netral
