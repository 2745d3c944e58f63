// write_dsl() and write_expression() (convert.hpp): a syntax tree as DSL text.
#include <fmt/format.h>

#include <string>

#include "netral/convert.hpp"

namespace netral {
namespace {

std::string quote(const std::string& text) {
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        out += c;
    }
    return out + "\"";
}

const char* op_text(ast::CompareOp op) {
    switch (op) {
        case ast::CompareOp::eq: return "==";
        case ast::CompareOp::ne: return "!=";
        case ast::CompareOp::lt: return "<";
        case ast::CompareOp::le: return "<=";
        case ast::CompareOp::gt: return ">";
        case ast::CompareOp::ge: return ">=";
    }
    return "==";
}

// Precedence, loosest first: or 1, and 2, not 3, relation 4, operand 5.
int precedence(const ast::Expr& e) {
    switch (e.kind) {
        case ast::ExprKind::or_: return 1;
        case ast::ExprKind::and_: return 2;
        case ast::ExprKind::not_: return 3;
        case ast::ExprKind::compare:
        case ast::ExprKind::in:
        case ast::ExprKind::not_in:
        case ast::ExprKind::contains: return 4;
        default: return 5;
    }
}

std::string expression(const ast::Expr& e);

// `e` where an operand of at least `level` is needed.
std::string at_least(const ast::Expr& e, int level) {
    std::string text = expression(e);
    return precedence(e) < level ? "(" + text + ")" : text;
}

std::string expression(const ast::Expr& e) {
    using K = ast::ExprKind;
    switch (e.kind) {
        case K::boolean: return e.boolean ? "true" : "false";
        case K::integer: return std::to_string(e.integer);
        case K::string: return quote(e.text);
        case K::date: return format_iso_date(e.date);
        case K::name: return e.text;
        case K::path: {
            std::string out;
            for (const std::string& s : e.segments) out += (out.empty() ? "" : ".") + s;
            return out;
        }
        case K::set: {
            std::string out = "{";
            for (std::size_t i = 0; i < e.children.size(); ++i) out += (i ? ", " : "") + expression(e.children[i]);
            return out + "}";
        }
        case K::range: return expression(e.children.at(0)) + " .. " + expression(e.children.at(1));
        case K::not_: return "not " + at_least(e.children.at(0), 3);
        case K::and_:
        case K::or_: {
            std::string out;
            int level = e.kind == K::and_ ? 3 : 2;
            for (std::size_t i = 0; i < e.children.size(); ++i)
                out += (i ? (e.kind == K::and_ ? " and " : " or ") : "") + at_least(e.children[i], level);
            return out;
        }
        case K::compare:
            return at_least(e.children.at(0), 5) + " " + op_text(e.op) + " " + at_least(e.children.at(1), 5);
        case K::in: return at_least(e.children.at(0), 5) + " in " + at_least(e.children.at(1), 5);
        case K::not_in: return at_least(e.children.at(0), 5) + " not in " + at_least(e.children.at(1), 5);
        case K::contains: return at_least(e.children.at(0), 5) + " contains " + at_least(e.children.at(1), 5);
        case K::known: return "known " + at_least(e.children.at(0), 5);
        case K::unknown: return "unknown " + at_least(e.children.at(0), 5);
        case K::given: return "given " + at_least(e.children.at(0), 5);
        case K::quantifier:
            return fmt::format("{}({} in {}: {})", e.all_ ? "all" : "any", e.variable, expression(e.children.at(0)),
                               expression(e.children.at(1)));
        case K::offset: {
            std::int64_t n = e.integer;
            return fmt::format("{} {} {} {}", at_least(e.children.at(0), 5), n < 0 ? "-" : "+", n < 0 ? -n : n, e.text);
        }
    }
    return {};
}

std::string refs(const std::vector<ast::Ref>& list) {
    std::string out;
    for (const ast::Ref& r : list) out += (out.empty() ? "" : ", ") + r.id;
    return out;
}

class Writer {
public:
    std::string out;

    void line(int depth, const std::string& text) {
        out.append(static_cast<std::size_t>(2 * depth), ' ');
        out += text;
        out += '\n';
    }
    void reasoning(int depth, const std::vector<ast::Reasoning>& list) {
        for (const ast::Reasoning& r : list)
            line(depth, "reasoning " + quote(r.text) + (r.elections.empty() ? "" : " for " + refs(r.elections)));
    }
    void note(int depth, const std::string& text) {
        if (!text.empty()) line(depth, "note " + quote(text));
    }
    static std::string title(const std::string& t) { return t.empty() ? "" : " " + quote(t); }

    void regulation(const ast::Regulation& r) {
        line(0, "regulation " + r.id + " " + quote(r.title) + " {");
        if (r.in_force) line(1, "in_force " + format_iso_date(*r.in_force));
        if (r.repealed)
            line(1, "repealed " + format_iso_date(*r.repealed) + (r.replaced_by ? " by " + r.replaced_by->id : ""));
        if (!r.source.empty()) line(1, "source " + quote(r.source));
        if (r.subject) line(1, "subject " + expression(*r.subject));
        note(1, r.note);
        reasoning(1, r.reasoning);
        for (const ast::Provision& p : r.provisions) {
            std::string path = p.id.rfind(r.id + "/", 0) == 0 ? p.id.substr(r.id.size() + 1) : p.id;
            line(1, "provision " + path + " {");
            line(2, "text " + quote(p.text));
            if (!p.citation.empty()) line(2, "citation " + quote(p.citation));
            if (p.in_force) line(2, "in_force " + format_iso_date(*p.in_force));
            if (p.repealed)
                line(2, "repealed " + format_iso_date(*p.repealed) + (p.replaced_by ? " by " + p.replaced_by->id : ""));
            if (p.subject) line(2, "subject " + expression(*p.subject));
            note(2, p.note);
            reasoning(2, p.reasoning);
            line(1, "}");
        }
        line(0, "}");
    }

    static std::string options(const ast::FieldDecl& f) {
        std::string out;
        if (f.required) out += " required";
        if (!f.question.empty()) out += " question " + quote(f.question);
        if (!f.type.shorthand.empty()) out += " shorthand " + f.type.shorthand;
        return out;
    }

    std::string type(const ast::TypeDecl& t, int depth) {
        using Kind = ast::TypeDecl::Kind;
        auto values = [&] {
            std::string v;
            for (const std::string& s : t.values) v += (v.empty() ? "" : ", ") + s;
            return "enum {" + v + "}";
        };
        switch (t.kind) {
            case Kind::boolean: return "bool";
            case Kind::integer: return "integer";
            case Kind::string: return "string";
            case Kind::date: return "date";
            case Kind::enumeration: return values();
            case Kind::enum_list: return "list of " + values();
            case Kind::string_list: return "list of string";
            case Kind::object:
            case Kind::object_list: {
                std::string head = t.kind == Kind::object ? "object {" : "list of object {";
                if (t.fields.empty()) return head + "}";
                Writer inner;
                for (const ast::FieldDecl& sub : t.fields) inner.field(sub, depth + 1);
                return head + "\n" + inner.out + std::string(static_cast<std::size_t>(2 * depth), ' ') + "}";
            }
        }
        return "string";
    }
    void field(const ast::FieldDecl& f, int depth) { line(depth, f.name + ": " + type(f.type, depth) + options(f)); }

    void election(const ast::Election& e) {
        line(0, "election " + e.id + title(e.title) + " {");
        for (const ast::Stage& s : e.stages)
            line(1, s.name + " " + format_iso_date(s.from) + (s.to == s.from ? "" : " .. " + format_iso_date(s.to)));
        line(0, "}");
    }

    void workdays(const ast::Workdays& w) {
        line(0, "workdays " + w.id + title(w.title) + " {");
        if (!w.weekend.empty()) line(1, "weekend " + refs(w.weekend));
        for (const ast::Holiday& h : w.holidays)
            line(1, "holiday " + format_iso_date(h.from) + (h.to == h.from ? "" : " .. " + format_iso_date(h.to)) +
                        title(h.name));
        line(0, "}");
    }

    static std::string measures(const std::vector<std::string>& list) {
        std::string out;
        for (const std::string& m : list) out += (out.empty() ? "" : ", ") + quote(m);
        return out;
    }

    void levels(const std::vector<ast::Level>& levels) {
        line(0, "levels {");
        for (const ast::Level& l : levels) {
            bool body = !l.measures.empty() || !l.basis.empty() || !l.variants.empty();
            line(1, l.name + title(l.title) + (body ? " {" : ""));
            if (!body) continue;
            if (!l.measures.empty()) line(2, "measures " + measures(l.measures));
            if (!l.basis.empty()) line(2, "basis " + refs(l.basis));
            for (const ast::LevelVariant& v : l.variants) {
                line(2, "when " + expression(v.condition) + " {");
                if (v.measures) line(3, "measures " + measures(*v.measures));
                if (v.basis) line(3, "basis " + refs(*v.basis));
                line(2, "}");
            }
            line(1, "}");
        }
        line(0, "}");
    }

    void aggregation(const ast::Aggregation& a) {
        line(0, "aggregation {");
        line(1, "concurrent heaviest");
        if (!a.concurrent_basis.empty()) line(2, "basis " + refs(a.concurrent_basis));
        note(2, a.concurrent_note);
        reasoning(2, a.concurrent_reasoning);
        for (const ast::Escalation& e : a.escalations) {
            line(1, "repeat " + quote(e.title) + " when " + expression(e.condition) + " raise " +
                        std::to_string(e.steps) + " within {" + refs(e.ladder) + "}");
            if (!e.basis.empty()) line(2, "basis " + refs(e.basis));
            note(2, e.note);
            reasoning(2, e.reasoning);
        }
        line(0, "}");
    }

    void scope(const ast::Scope& s) {
        line(0, "scope {");
        if (s.subject) line(1, "subject " + expression(*s.subject));
        if (s.from) line(1, "from " + format_iso_date(*s.from) + title(s.from_title));
        for (const ast::Outside& o : s.outside) line(1, "outside " + expression(o.condition) + " " + quote(o.text));
        line(0, "}");
    }

    void rule(const ast::Rule& r) {
        line(0, "rule " + r.id + title(r.title) + " {");
        line(1, r.per_act ? "per act" : "per report");
        if (r.subject) line(1, "subject " + quote(r.subject->name) + ": " + expression(r.subject->condition));
        if (r.when) line(1, "when " + expression(*r.when));
        for (const ast::Element& e : r.elements) line(1, "element " + quote(e.name) + ": " + expression(e.condition));
        for (const ast::Exception& e : r.exceptions)
            line(1, "unless " + (e.name.empty() ? "" : quote(e.name) + ": ") + expression(e.condition));
        if (!r.overrides.empty()) line(1, "overrides " + refs(r.overrides));
        if (!r.cites.empty()) line(1, "cites " + refs(r.cites));
        if (r.sanction_level)
            line(1, "sanction " + r.sanction_level->id + (r.sanction_basis.empty() ? "" : " by " + refs(r.sanction_basis)));
        for (const ast::Referral& f : r.referrals) {
            line(1, "refer " + f.to + title(f.reason));
            if (f.kind) line(2, "as " + f.kind->id);
            if (!f.basis.empty()) line(2, "by " + refs(f.basis));
            if (f.condition) line(2, "when " + expression(*f.condition));
            if (!f.deadline.empty()) line(2, "deadline " + quote(f.deadline));
        }
        if (r.kind) line(1, "kind " + r.kind->id);
        for (const std::string& n : r.notes) note(1, n);
        reasoning(1, r.reasoning);
        line(0, "}");
    }

    static std::string spec(const ast::DeadlineSpec& d) {
        std::string out;
        for (const ast::DaySpan& s : d.spans) out += (out.empty() ? "" : " or ") + std::to_string(s.count) + " " + s.unit;
        out += " after " + expression(d.start);
        if (d.end) out += " by " + expression(*d.end);
        return out;
    }

    void recommendation(const ast::Recommendation& r) {
        line(0, "recommend " + r.id + title(r.title) + " {");
        if (r.condition) line(1, "when " + expression(*r.condition));
        if (!r.dated.empty()) {
            std::string dated;
            for (const ast::Expr& e : r.dated) dated += (dated.empty() ? "" : ", ") + expression(e);
            line(1, "dated " + dated);
        }
        for (const ast::Recipient& p : r.recipients) {
            std::string text = "to " + p.id + title(p.title);
            if (p.from) text += " from " + format_iso_date(*p.from);
            if (p.until) text += " until " + format_iso_date(*p.until);
            if (!p.basis.empty()) text += " by " + refs(p.basis);
            bool body = !p.note.empty() || !p.reasoning.empty();
            line(1, text + (body ? " {" : ""));
            if (!body) continue;
            note(2, p.note);
            reasoning(2, p.reasoning);
            line(1, "}");
        }
        if (!r.text.empty()) line(1, "text " + quote(r.text));
        if (!r.cites.empty()) line(1, "cites " + refs(r.cites));
        for (const std::string& n : r.notes) note(1, n);
        reasoning(1, r.reasoning);
        line(0, "}");
    }

    void requirement(const ast::Requirement& r) {
        line(0, "requirement " + r.id + title(r.title) + " {");
        if (r.group) line(1, "group " + r.group->id);
        if (r.condition) line(1, "when " + expression(*r.condition));
        for (const ast::Element& e : r.elements) line(1, "element " + quote(e.name) + ": " + expression(e.condition));
        if (r.deadline) line(1, "time_limit " + spec(*r.deadline));
        if (!r.cites.empty()) line(1, "cites " + refs(r.cites));
        for (const std::string& n : r.notes) note(1, n);
        reasoning(1, r.reasoning);
        line(0, "}");
    }

    void deadline(const ast::HandlingDeadline& d) {
        line(0, "deadline " + d.id + title(d.title) + " {");
        if (d.condition) line(1, "when " + expression(*d.condition));
        line(1, "due " + spec(d.due));
        if (!d.cites.empty()) line(1, "cites " + refs(d.cites));
        for (const std::string& n : d.notes) note(1, n);
        reasoning(1, d.reasoning);
        line(0, "}");
    }

    static std::string list(const std::optional<std::vector<ast::Ref>>& l) { return l->empty() ? "none" : refs(*l); }

    void example(const ast::Example& x) {
        line(0, "example " + x.id + title(x.title) + " {");
        line(1, "report \"\"\"");
        std::string_view report = x.report;
        for (std::size_t from = 0; from < report.size();) {
            std::size_t end = report.find('\n', from);
            std::string_view l = report.substr(from, end == std::string_view::npos ? report.size() - from : end - from);
            if (l.empty()) out += '\n';
            else line(2, std::string(l));
            if (end == std::string_view::npos) break;
            from = end + 1;
        }
        line(1, "\"\"\"");
        if (x.status) line(1, "expect status " + x.status->id);
        if (x.level) line(1, "expect level " + x.level->id);
        if (x.rules) line(1, "expect rules " + list(x.rules));
        if (x.cites) line(1, "expect cites " + list(x.cites));
        if (x.missing) line(1, "expect missing " + list(x.missing));
        if (x.basis) line(1, "expect basis " + list(x.basis));
        if (x.referrals) line(1, "expect refer " + list(x.referrals));
        if (x.recommendations) line(1, "expect recommend " + list(x.recommendations));
        if (x.overridden) line(1, "expect overridden " + list(x.overridden));
        if (x.excepted) line(1, "expect excepted " + list(x.excepted));
        for (const ast::ExpectedElement& e : x.elements)
            line(1, "expect element " + e.rule.id + " " + quote(e.name) + " " + e.status.id +
                        (e.act ? " act " + std::to_string(*e.act) : ""));
        if (x.admissibility) line(1, "expect admissibility " + x.admissibility->id);
        for (const auto& [id, status] : x.requirements) line(1, "expect requirement " + id.id + " " + status.id);
        for (const auto& [id, day] : x.deadlines)
            line(1, "expect deadline " + id.id + " " + (day ? format_iso_date(*day) : "none"));
        if (x.classification) line(1, "expect kind " + list(x.classification));
        line(0, "}");
    }
};

}  // namespace

std::string write_expression(const ast::Expr& expr) { return expression(expr); }

std::string write_dsl(const ast::File& file) {
    Writer w;
    auto gap = [&] {
        if (!w.out.empty()) w.out += '\n';
    };
    for (const ast::Regulation& r : file.regulations) gap(), w.regulation(r);
    if (file.facts) {
        gap();
        w.line(0, "facts {");
        for (const ast::FieldDecl& f : file.facts->fields) w.field(f, 1);
        w.line(0, "}");
    }
    for (const ast::Election& e : file.elections) gap(), w.election(e);
    for (const ast::Workdays& c : file.calendars) gap(), w.workdays(c);
    if (!file.levels.empty()) gap(), w.levels(file.levels);
    if (file.aggregation.declared) gap(), w.aggregation(file.aggregation);
    if (file.scope.declared) gap(), w.scope(file.scope);
    if (!file.kinds.empty()) {
        gap();
        w.line(0, "kinds {");
        for (const ast::ViolationKind& k : file.kinds)
            w.line(1, k.name + Writer::title(k.title) + (k.is_default ? " default" : ""));
        w.line(0, "}");
    }
    if (file.admissibility.declared) {
        gap();
        w.line(0, "admissibility {");
        for (const ast::AdmissibilityGroup& g : file.admissibility.groups) w.line(1, "group " + g.id + " " + quote(g.title));
        for (const auto& [name, text] : file.admissibility.outcomes) w.line(1, "outcome " + name.id + " " + quote(text));
        w.line(0, "}");
    }
    for (const ast::Define& d : file.defines)
        gap(), w.line(0, "define " + d.name + Writer::title(d.title) + " = " + expression(d.expr));
    for (const ast::Rule& r : file.rules) gap(), w.rule(r);
    for (const ast::Recommendation& r : file.recommendations) gap(), w.recommendation(r);
    for (const ast::Requirement& r : file.requirements) gap(), w.requirement(r);
    for (const ast::HandlingDeadline& d : file.deadlines) gap(), w.deadline(d);
    for (const ast::Example& x : file.examples) gap(), w.example(x);
    return w.out;
}

}  // namespace netral
