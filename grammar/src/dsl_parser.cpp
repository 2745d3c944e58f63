// parse_dsl: a `.netral` file, one declaration at a time. A syntax error in a
// declaration is reported and the parser goes on at the next line that starts
// a declaration, so one run reports every error of the file.
#include <array>
#include <charconv>
#include <utility>

#include <fmt/format.h>

#include "dsl_tree.hpp"
#include "netral/parse.hpp"

namespace netral::dsl {

// ------------------------------------------------------------------ notes for documents

ast::Reasoning Converter::reasoning(const Node& node) const {
    ast::Reasoning r;
    r.location = location(node);
    for (const auto& c : node.children) {
        if (c->is_type<g::reasoning_text>()) r.text = text(*c);
        else if (c->is_type<g::election_ref>()) r.elections.push_back(ref(*c));
    }
    return r;
}

// ------------------------------------------------------------------ regulations

ast::Provision Converter::provision(const Node& node, const std::string& regulation_id) {
    ast::Provision p;
    p.location = location(node);
    for (const auto& c : node.children) {
        if (c->is_type<g::provision_path>()) p.id = regulation_id + "/" + c->string();
        else if (c->is_type<g::provision_text>()) p.text = text(*c);
        else if (c->is_type<g::citation_text>()) p.citation = text(*c);
        else if (c->is_type<g::note_text>()) p.note = text(*c);
        else if (c->is_type<g::reasoning_clause>()) p.reasoning.push_back(reasoning(*c));
        else if (c->is_type<g::in_force_clause>()) p.in_force = date(*c->children.at(0));
        else if (c->is_type<g::repealed_clause>()) {
            p.repealed = date(*c->children.at(0));
            if (const Node* by = child<g::replaced_by>(*c)) p.replaced_by = ref(*by);
        } else if (c->is_type<g::subject_of>()) {
            if (p.subject) error("E001", location(*c), fmt::format("provision `{}` already has a `subject`", p.id));
            p.subject = expression(*c->children.at(0));
        }
    }
    return p;
}

ast::Regulation Converter::regulation(const Node& node) {
    ast::Regulation r;
    r.location = location(node);
    for (const auto& c : node.children) {
        if (c->is_type<g::regulation_id>()) r.id = c->string();
        else if (c->is_type<g::regulation_title>()) r.title = text(*c);
        else if (c->is_type<g::in_force_clause>()) r.in_force = date(*c->children.at(0));
        else if (c->is_type<g::repealed_clause>()) {
            r.repealed = date(*c->children.at(0));
            if (const Node* by = child<g::replaced_by>(*c)) r.replaced_by = ref(*by);
        } else if (c->is_type<g::source_text>()) r.source = text(*c);
        else if (c->is_type<g::note_text>()) r.note = text(*c);
        else if (c->is_type<g::reasoning_clause>()) r.reasoning.push_back(reasoning(*c));
        else if (c->is_type<g::provision>()) r.provisions.push_back(provision(*c, r.id));
        else if (c->is_type<g::subject_of>()) {
            if (r.subject) error("E001", location(*c), fmt::format("regulation `{}` already has a `subject`", r.id));
            r.subject = expression(*c->children.at(0));
        }
    }
    return r;
}

// ------------------------------------------------------------------ facts

ast::TypeDecl Converter::type(const Node& node, ast::FieldDecl& field) {
    ast::TypeDecl t;
    t.location = location(node);
    using Kind = ast::TypeDecl::Kind;
    if (node.is_type<g::type_bool>()) t.kind = Kind::boolean;
    else if (node.is_type<g::type_integer>()) t.kind = Kind::integer;
    else if (node.is_type<g::type_string>()) t.kind = Kind::string;
    else if (node.is_type<g::type_date>()) t.kind = Kind::date;
    else if (node.is_type<g::type_enum>()) {
        t.kind = Kind::enumeration;
        for (const auto& v : node.children) t.values.push_back(v->string());
    } else if (node.is_type<g::type_object>()) {
        t.kind = Kind::object;
        for (const auto& c : node.children) {
            if (c->is_type<g::required_option>()) field.required = true;
            else if (c->is_type<g::question_text>()) field.question = text(*c);
            else if (c->is_type<g::shorthand_field>()) t.shorthand = c->string();
            else if (c->is_type<g::object_fields>())
                for (const auto& f : c->children) t.fields.push_back(this->field(*f));
        }
    } else if (node.is_type<g::type_list>()) {
        t = type(*node.children.at(0), field);
        t.kind = t.kind == Kind::object ? Kind::object_list : t.kind == Kind::string ? Kind::string_list : Kind::enum_list;
        t.location = location(node);
    }
    return t;
}

ast::FieldDecl Converter::field(const Node& node) {
    ast::FieldDecl f;
    f.location = location(node);
    for (const auto& c : node.children) {
        if (c->is_type<g::field_name>()) f.name = c->string();
        else if (c->is_type<g::required_option>()) f.required = true;
        else if (c->is_type<g::question_text>()) f.question = text(*c);
        else if (c->is_type<g::shorthand_field>()) f.type.shorthand = c->string();
        else f.type = type(*c, f);
    }
    return f;
}

// ------------------------------------------------------------------ elections

ast::Election Converter::election(const Node& node) {
    ast::Election e;
    e.location = location(node);
    for (const auto& c : node.children) {
        if (c->is_type<g::election_id>()) e.id = c->string();
        else if (c->is_type<g::title>()) e.title = text(*c);
        else if (c->is_type<g::stage>()) {
            ast::Stage s;
            s.location = location(*c);
            const Node& kind = *c->children.at(0);
            s.name = kind.is_type<g::stage_registration>()              ? "registration"
                     : kind.is_type<g::stage_candidate_determination>() ? "candidate_determination"
                     : kind.is_type<g::stage_campaign>()                ? "campaign"
                     : kind.is_type<g::stage_quiet_period>()            ? "quiet_period"
                                                                        : "voting_day";
            if (auto from = date(*c->children.at(1))) s.from = s.to = *from;
            else s.dated = false;
            if (c->children.size() > 2) {
                if (auto to = date(*c->children.at(2))) s.to = *to;
                else s.dated = false;
            }
            e.stages.push_back(std::move(s));
        }
    }
    return e;
}

// ------------------------------------------------------------------ working days

ast::Workdays Converter::workdays(const Node& node) {
    ast::Workdays w;
    w.location = location(node);
    for (const auto& c : node.children) {
        if (c->is_type<g::workdays_id>()) w.id = c->string();
        else if (c->is_type<g::title>()) w.title = text(*c);
        else if (c->is_type<g::weekday_name>()) w.weekend.push_back(ref(*c));
        else if (c->is_type<g::holiday_clause>()) {
            ast::Holiday h;
            h.location = location(*c);
            for (const auto& part : c->children) {
                if (part->is_type<g::date_lit>()) {
                    if (auto day = date(*part)) h.from = h.to = *day;
                    else h.dated = false;
                } else if (part->is_type<g::holiday_end>()) {
                    if (auto day = date(*part)) h.to = *day;
                    else h.dated = false;
                } else if (part->is_type<g::holiday_name>()) {
                    h.name = text(*part);
                }
            }
            w.holidays.push_back(std::move(h));
        }
    }
    return w;
}

// ------------------------------------------------------------------ levels, aggregation, scope, define

namespace {

std::vector<ast::Ref> refs(const Converter& converter, const Node& node) {
    std::vector<ast::Ref> out;
    for (const auto& c : node.children)
        if (c->is_type<g::provision_ref>() || c->is_type<g::rule_ref>() || c->is_type<g::level_ref>() ||
            c->is_type<g::fact_path>() || c->is_type<g::recipient_ref>() || c->is_type<g::kind_ref>())
            out.push_back(converter.ref(*c));
    return out;
}

}  // namespace

ast::LevelVariant Converter::variant(const Node& node) {
    ast::LevelVariant v;
    v.location = location(node);
    for (const auto& part : node.children) {
        if (part->is_type<g::measure>()) {
            if (!v.measures) v.measures.emplace();
            v.measures->push_back(text(*part));
        } else if (part->is_type<g::basis_clause>()) {
            if (!v.basis) v.basis.emplace();
            auto basis = refs(*this, *part);
            v.basis->insert(v.basis->end(), basis.begin(), basis.end());
        } else {
            v.condition = expression(*part);
        }
    }
    return v;
}

void Converter::levels(const Node& node, ast::File& file) {
    for (const auto& c : node.children) {
        ast::Level level;
        level.location = location(*c);
        for (const auto& part : c->children) {
            if (part->is_type<g::level_name>()) level.name = part->string();
            else if (part->is_type<g::title>()) level.title = text(*part);
            else if (part->is_type<g::measure>()) level.measures.push_back(text(*part));
            else if (part->is_type<g::basis_clause>()) {
                auto basis = refs(*this, *part);
                level.basis.insert(level.basis.end(), basis.begin(), basis.end());
            } else if (part->is_type<g::level_variant>()) {
                level.variants.push_back(variant(*part));
            }
        }
        file.levels.push_back(std::move(level));
    }
}

void Converter::aggregation(const Node& node, ast::File& file) {
    ast::Aggregation& a = file.aggregation;
    if (!a.declared) a.location = location(node);
    a.declared = true;
    for (const auto& c : node.children) {
        if (c->is_type<g::concurrent_clause>()) {
            for (const auto& part : c->children) {
                if (part->is_type<g::basis_clause>()) {
                    auto basis = refs(*this, *part);
                    a.concurrent_basis.insert(a.concurrent_basis.end(), basis.begin(), basis.end());
                } else if (part->is_type<g::note_text>()) {
                    a.concurrent_note = text(*part);
                } else if (part->is_type<g::reasoning_clause>()) {
                    a.concurrent_reasoning.push_back(reasoning(*part));
                }
            }
        } else if (c->is_type<g::repeat_clause>()) {
            ast::Escalation e;
            e.location = location(*c);
            for (const auto& part : c->children) {
                if (part->is_type<g::repeat_title>()) e.title = text(*part);
                else if (part->is_type<g::repeat_steps>()) e.steps = std::stoi(part->string());
                else if (part->is_type<g::level_ref>()) e.ladder.push_back(ref(*part));
                else if (part->is_type<g::basis_clause>()) {
                    auto basis = refs(*this, *part);
                    e.basis.insert(e.basis.end(), basis.begin(), basis.end());
                } else if (part->is_type<g::note_text>()) e.note = text(*part);
                else if (part->is_type<g::reasoning_clause>()) e.reasoning.push_back(reasoning(*part));
                else e.condition = expression(*part);
            }
            a.escalations.push_back(std::move(e));
        }
    }
}

void Converter::scope(const Node& node, ast::File& file) {
    ast::Scope& s = file.scope;
    if (!s.declared) s.location = location(node);
    s.declared = true;
    for (const auto& c : node.children) {
        if (c->is_type<g::scope_subject>()) {
            s.subject = expression(*c->children.at(0));
        } else if (c->is_type<g::scope_from>()) {
            s.from = date(*c->children.at(0));
            if (const Node* title = child<g::title>(*c)) s.from_title = text(*title);
        } else if (c->is_type<g::scope_outside>()) {
            s.outside.push_back({expression(*c->children.at(0)), text(*c->children.at(1)), location(*c)});
        }
    }
}

ast::Define Converter::define(const Node& node) {
    ast::Define d;
    d.location = location(node);
    for (const auto& c : node.children) {
        if (c->is_type<g::define_name>()) d.name = c->string();
        else if (c->is_type<g::title>()) d.title = text(*c);
        else d.expr = expression(*c);
    }
    return d;
}

// ------------------------------------------------------------------ rules

ast::Rule Converter::rule(const Node& node) {
    ast::Rule r;
    r.location = location(node);
    // A clause that may be given once, given again.
    auto once = [&](bool given, const Node& clause, const char* what) {
        if (given)
            error("E001", location(clause),
                  fmt::format("rule `{}` already has {}; combine the conditions with `and`", r.id, what));
    };
    // "name": condition
    auto element = [&](const Node& clause) {
        ast::Element e;
        e.location = location(clause);
        for (const auto& c : clause.children) {
            if (c->is_type<g::element_name>()) e.name = text(*c);
            else e.condition = expression(*c);
        }
        return e;
    };
    for (const auto& c : node.children) {
        if (c->is_type<g::rule_id>()) r.id = c->string();
        else if (c->is_type<g::title>()) r.title = text(*c);
        else if (c->is_type<g::per_act>()) r.per_act = true;
        else if (c->is_type<g::per_report>()) r.per_act = false;
        else if (c->is_type<g::subject_clause>()) {
            once(r.subject.has_value(), *c, "a `subject`");
            r.subject = element(*c);
        } else if (c->is_type<g::when_clause>()) {
            once(r.when.has_value(), *c, "a `when`");
            r.when = expression(*c->children.at(0));
        } else if (c->is_type<g::element_clause>()) {
            r.elements.push_back(element(*c));
        } else if (c->is_type<g::unless_clause>()) {
            ast::Element e = element(*c);
            r.exceptions.push_back({std::move(e.name), std::move(e.condition), e.location});
        } else if (c->is_type<g::overrides_clause>()) {
            auto more = refs(*this, *c);
            r.overrides.insert(r.overrides.end(), more.begin(), more.end());
        } else if (c->is_type<g::cites_clause>()) {
            auto more = refs(*this, *c);
            r.cites.insert(r.cites.end(), more.begin(), more.end());
        } else if (c->is_type<g::sanction_clause>()) {
            if (r.sanction_level)
                error("E001", location(*c), fmt::format("rule `{}` already has a `sanction`", r.id));
            r.sanction_level = ref(*c->children.at(0));
            if (const Node* by = child<g::sanction_basis>(*c)) r.sanction_basis = refs(*this, *by);
        } else if (c->is_type<g::refer_clause>()) {
            ast::Referral referral;
            referral.location = location(*c);
            for (const auto& part : c->children) {
                if (part->is_type<g::refer_to>()) referral.to = part->string();
                else if (part->is_type<g::refer_reason>()) referral.reason = text(*part);
                else if (part->is_type<g::refer_kind>()) referral.kind = ref(*part->children.at(0));
                else if (part->is_type<g::refer_deadline_text>()) referral.deadline = text(*part);
                else if (part->is_type<g::sanction_basis>()) referral.basis = refs(*this, *part);
                else if (part->is_type<g::refer_when>()) referral.condition = expression(*part->children.at(0));
            }
            r.referrals.push_back(std::move(referral));
        } else if (c->is_type<g::kind_clause>()) {
            if (r.kind) error("E001", location(*c), fmt::format("rule `{}` already has a `kind`", r.id));
            r.kind = ref(*c->children.at(0));
        } else if (c->is_type<g::note_text>()) {
            r.notes.push_back(text(*c));
        } else if (c->is_type<g::reasoning_clause>()) {
            r.reasoning.push_back(reasoning(*c));
        }
    }
    return r;
}

// ------------------------------------------------------------------ recommendations

ast::Recommendation Converter::recommendation(const Node& node) {
    ast::Recommendation r;
    r.location = location(node);
    for (const auto& c : node.children) {
        if (c->is_type<g::recommend_id>()) r.id = c->string();
        else if (c->is_type<g::title>()) r.title = text(*c);
        else if (c->is_type<g::recommend_when>()) {
            if (r.condition)
                error("E001", location(*c),
                      fmt::format("recommendation `{}` already has a `when`; combine the conditions with `and`", r.id));
            r.condition = expression(*c->children.at(0));
        } else if (c->is_type<g::dated_fact>()) {
            r.dated.push_back(expression(*c));
        } else if (c->is_type<g::recipient>()) {
            ast::Recipient recipient;
            recipient.location = location(*c);
            for (const auto& part : c->children) {
                if (part->is_type<g::recipient_id>()) recipient.id = part->string();
                else if (part->is_type<g::recipient_title>()) recipient.title = text(*part);
                else if (part->is_type<g::recipient_from>()) recipient.from = date(*part->children.at(0));
                else if (part->is_type<g::recipient_until>()) recipient.until = date(*part->children.at(0));
                else if (part->is_type<g::sanction_basis>()) {
                    auto basis = refs(*this, *part);
                    recipient.basis.insert(recipient.basis.end(), basis.begin(), basis.end());
                } else if (part->is_type<g::note_text>()) {
                    recipient.note += (recipient.note.empty() ? "" : " ") + text(*part);
                } else if (part->is_type<g::reasoning_clause>()) {
                    recipient.reasoning.push_back(reasoning(*part));
                }
            }
            r.recipients.push_back(std::move(recipient));
        } else if (c->is_type<g::recommend_text>()) {
            if (!r.text.empty()) error("E001", location(*c), fmt::format("recommendation `{}` already has a `text`", r.id));
            r.text = text(*c);
        } else if (c->is_type<g::cites_clause>()) {
            auto more = refs(*this, *c);
            r.cites.insert(r.cites.end(), more.begin(), more.end());
        } else if (c->is_type<g::note_text>()) {
            r.notes.push_back(text(*c));
        } else if (c->is_type<g::reasoning_clause>()) {
            r.reasoning.push_back(reasoning(*c));
        }
    }
    return r;
}

// ------------------------------------------------------------------ kinds, admissibility, deadlines

void Converter::kinds(const Node& node, ast::File& file) {
    for (const auto& entry : node.children) {
        ast::ViolationKind kind;
        kind.location = location(*entry);
        for (const auto& part : entry->children) {
            if (part->is_type<g::kind_name>()) kind.name = part->string();
            else if (part->is_type<g::title>()) kind.title = text(*part);
            else if (part->is_type<g::kind_default>()) kind.is_default = true;
        }
        file.kinds.push_back(std::move(kind));
    }
}

ast::DeadlineSpec Converter::deadline_spec(const Node& node) {
    ast::DeadlineSpec spec;
    spec.location = location(node);
    for (const auto& part : node.children) {
        if (part->is_type<g::day_span>()) {
            ast::DaySpan span;
            span.location = location(*part);
            std::string_view digits = part->children.at(0)->string_view();
            auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), span.count);
            if (ec != std::errc{} || end != digits.data() + digits.size() || span.count > 100000) {
                error("E001", span.location, fmt::format("{} days is too many for a deadline", digits));
                span.count = 0;
            }
            span.unit = part->children.at(1)->string();
            spec.spans.push_back(std::move(span));
        } else if (part->is_type<g::deadline_start>()) {
            spec.start = expression(*part);
        } else if (part->is_type<g::deadline_end>()) {
            spec.end = expression(*part);
        }
    }
    return spec;
}

ast::Requirement Converter::requirement(const Node& node) {
    ast::Requirement r;
    r.location = location(node);
    for (const auto& c : node.children) {
        if (c->is_type<g::requirement_id>()) r.id = c->string();
        else if (c->is_type<g::title>()) r.title = text(*c);
        else if (c->is_type<g::group_ref>()) r.group = ref(*c);
        else if (c->is_type<g::requirement_when>()) {
            if (r.condition)
                error("E001", location(*c),
                      fmt::format("requirement `{}` already has a `when`; combine the conditions with `and`", r.id));
            r.condition = expression(*c->children.at(0));
        } else if (c->is_type<g::element_clause>()) {
            ast::Element e;
            e.location = location(*c);
            for (const auto& part : c->children) {
                if (part->is_type<g::element_name>()) e.name = text(*part);
                else e.condition = expression(*part);
            }
            r.elements.push_back(std::move(e));
        } else if (c->is_type<g::deadline_spec_required>()) {
            if (r.deadline) error("E001", location(*c), fmt::format("requirement `{}` already has a `time_limit`", r.id));
            r.deadline = deadline_spec(*c);
        } else if (c->is_type<g::cites_clause>()) {
            auto more = refs(*this, *c);
            r.cites.insert(r.cites.end(), more.begin(), more.end());
        } else if (c->is_type<g::note_text>()) {
            r.notes.push_back(text(*c));
        } else if (c->is_type<g::reasoning_clause>()) {
            r.reasoning.push_back(reasoning(*c));
        }
    }
    return r;
}

void Converter::admissibility(const Node& node, ast::File& file) {
    ast::Admissibility& a = file.admissibility;
    if (!a.declared) a.location = location(node);
    a.declared = true;
    for (const auto& c : node.children) {
        if (c->is_type<g::admissibility_group>()) {
            ast::AdmissibilityGroup group;
            group.location = location(*c);
            for (const auto& part : c->children) {
                if (part->is_type<g::group_id>()) group.id = part->string();
                else if (part->is_type<g::title>()) group.title = text(*part);
            }
            a.groups.push_back(std::move(group));
        } else if (c->is_type<g::admissibility_outcome>()) {
            a.outcomes.emplace_back(ref(*c->children.at(0)), text(*c->children.at(1)));
        }
    }
}

ast::HandlingDeadline Converter::handling_deadline(const Node& node) {
    ast::HandlingDeadline d;
    d.location = location(node);
    for (const auto& c : node.children) {
        if (c->is_type<g::deadline_id>()) d.id = c->string();
        else if (c->is_type<g::title>()) d.title = text(*c);
        else if (c->is_type<g::deadline_when>()) d.condition = expression(*c->children.at(0));
        else if (c->is_type<g::deadline_spec_required>()) d.due = deadline_spec(*c);
        else if (c->is_type<g::cites_clause>()) {
            auto more = refs(*this, *c);
            d.cites.insert(d.cites.end(), more.begin(), more.end());
        } else if (c->is_type<g::note_text>()) {
            d.notes.push_back(text(*c));
        } else if (c->is_type<g::reasoning_clause>()) {
            d.reasoning.push_back(reasoning(*c));
        }
    }
    return d;
}

// ------------------------------------------------------------------ examples

namespace {

// The kind of an `expect` line, as ast::Example::expect_locations names it.
const char* expectation_kind(const Node& node) {
    if (node.is_type<g::expected_status>()) return "status";
    if (node.is_type<g::expected_level>()) return "level";
    if (node.is_type<g::expected_rules>()) return "rules";
    if (node.is_type<g::expected_cites>()) return "cites";
    if (node.is_type<g::expected_missing>()) return "missing";
    if (node.is_type<g::expected_basis>()) return "basis";
    if (node.is_type<g::expected_admissibility>()) return "admissibility";
    if (node.is_type<g::expected_classification>()) return "kind";
    if (node.is_type<g::expected_referrals>()) return "refer";
    if (node.is_type<g::expected_recommendations>()) return "recommend";
    if (node.is_type<g::expected_overridden>()) return "overridden";
    if (node.is_type<g::expected_excepted>()) return "excepted";
    return nullptr;
}

}  // namespace

ast::Example Converter::example(const Node& node) {
    ast::Example x;
    x.location = location(node);
    // The list of an expectation; `none` is the empty list.
    auto list = [&](const Node& clause) { return refs(*this, clause); };
    for (const auto& c : node.children) {
        if (c->is_type<g::example_id>()) x.id = c->string();
        else if (c->is_type<g::title>()) x.title = text(*c);
        else if (c->is_type<g::report_text>()) {
            if (c->string_view().substr(0, 3) == "\"\"\"") {
                BlockText report = block(*c);
                x.report = std::move(report.text);
                x.report_location = {path_, report.first_line, report.first_column};
                x.report_indent = report.indent;
            } else {
                x.report = text(*c);
                x.report_location = location(*c);
                x.report_location.column += 1;  // after the opening quote
            }
        } else if (const char* kind = expectation_kind(*c)) {
            x.expect_locations.emplace_back(kind, location(*c));
        }
        if (c->is_type<g::expected_status>()) x.status = ref(*c->children.at(0));
        else if (c->is_type<g::expected_level>()) x.level = ref(*c->children.at(0));
        else if (c->is_type<g::expected_rules>()) x.rules = list(*c);
        else if (c->is_type<g::expected_cites>()) x.cites = list(*c);
        else if (c->is_type<g::expected_missing>()) x.missing = list(*c);
        else if (c->is_type<g::expected_basis>()) x.basis = list(*c);
        else if (c->is_type<g::expected_admissibility>()) x.admissibility = ref(*c->children.at(0));
        else if (c->is_type<g::expected_requirement>())
            x.requirements.emplace_back(ref(*c->children.at(0)), ref(*c->children.at(1)));
        else if (c->is_type<g::expected_deadline>()) {
            const Node& day = *c->children.at(1);
            x.deadlines.emplace_back(ref(*c->children.at(0)),
                                     day.is_type<g::none_marker>() ? std::nullopt : date(day));
        } else if (c->is_type<g::expected_classification>()) x.classification = list(*c);
        else if (c->is_type<g::expected_referrals>()) x.referrals = list(*c);
        else if (c->is_type<g::expected_recommendations>()) x.recommendations = list(*c);
        else if (c->is_type<g::expected_overridden>()) x.overridden = list(*c);
        else if (c->is_type<g::expected_excepted>()) x.excepted = list(*c);
        else if (c->is_type<g::expected_element>()) {
            ast::ExpectedElement element;
            element.location = location(*c);
            for (const auto& part : c->children) {
                if (part->is_type<g::rule_ref>()) element.rule = ref(*part);
                else if (part->is_type<g::element_name>()) element.name = text(*part);
                else if (part->is_type<g::element_status_value>()) element.status = ref(*part);
                else if (part->is_type<g::expected_act>()) {
                    const std::string digits = part->children.at(0)->string();
                    element.act = digits.size() > 6 ? 999999 : std::stoi(digits);
                }
            }
            x.elements.push_back(std::move(element));
        }
    }
    return x;
}

// ------------------------------------------------------------------ a declaration

void Converter::declaration(const Node& node, ast::File& file) {
    if (node.is_type<g::regulation>()) file.regulations.push_back(regulation(node));
    else if (node.is_type<g::facts>()) {
        if (!file.facts) file.facts = ast::Facts{{}, location(node)};
        for (const auto& c : node.children) file.facts->fields.push_back(field(*c));
    } else if (node.is_type<g::election>()) file.elections.push_back(election(node));
    else if (node.is_type<g::workdays>()) file.calendars.push_back(workdays(node));
    else if (node.is_type<g::levels>()) levels(node, file);
    else if (node.is_type<g::aggregation>()) aggregation(node, file);
    else if (node.is_type<g::scope>()) scope(node, file);
    else if (node.is_type<g::define>()) file.defines.push_back(define(node));
    else if (node.is_type<g::rule>()) file.rules.push_back(rule(node));
    else if (node.is_type<g::recommendation>()) file.recommendations.push_back(recommendation(node));
    else if (node.is_type<g::kinds>()) kinds(node, file);
    else if (node.is_type<g::admissibility>()) admissibility(node, file);
    else if (node.is_type<g::requirement>()) file.requirements.push_back(requirement(node));
    else if (node.is_type<g::deadline>()) file.deadlines.push_back(handling_deadline(node));
    else if (node.is_type<g::example>()) file.examples.push_back(example(node));
}

// ------------------------------------------------------------------ error recovery

namespace {

bool is_word_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// The keywords that start a declaration, and the English name of each.
struct TopKeyword {
    std::string_view word;
    std::string_view kind;
};
constexpr std::array<TopKeyword, 30> top_keywords{{
    {"regulation", "regulation"}, {"peraturan", "regulation"}, {"facts", "facts"},
    {"fakta", "facts"},           {"election", "election"},    {"pemilihan", "election"},
    {"levels", "levels"},         {"tingkat", "levels"},       {"aggregation", "aggregation"},
    {"agregasi", "aggregation"},  {"scope", "scope"},          {"cakupan", "scope"},
    {"define", "definition"},     {"definisi", "definition"},  {"rule", "rule"},
    {"aturan", "rule"},           {"example", "example"},      {"contoh", "example"},
    {"recommend", "recommendation"}, {"rekomendasi", "recommendation"},
    {"workdays", "calendar"},     {"kalender_kerja", "calendar"},
    {"kinds", "kinds"},           {"jenis_pelanggaran", "kinds"},
    {"admissibility", "admissibility"}, {"penerimaan", "admissibility"},
    {"requirement", "requirement"}, {"syarat", "requirement"},
    {"deadline", "deadline"},     {"tenggat", "deadline"},
}};

std::string_view word_at(std::string_view text, std::size_t offset) {
    std::size_t end = offset;
    while (end < text.size() && is_word_char(text[end])) ++end;
    return text.substr(offset, end - offset);
}

const TopKeyword* top_keyword_at(std::string_view text, std::size_t offset) {
    std::string_view word = word_at(text, offset);
    for (const auto& k : top_keywords)
        if (k.word == word) return &k;
    return nullptr;
}

// After spaces and comments.
std::size_t skip_space(std::string_view text, std::size_t offset) {
    while (offset < text.size()) {
        char c = text[offset];
        if (c == '#') {
            while (offset < text.size() && text[offset] != '\n') ++offset;
        } else if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v') {
            ++offset;
        } else {
            break;
        }
    }
    return offset;
}

// A misspelt declaration keyword at the start of a line (`rul x {`): where
// to go on too, so that it is reported with its suggestion rather than
// skipped with the declaration before it.
bool misspelt_top_keyword_at(std::string_view text, std::size_t offset) {
    std::string_view word = word_at(text, offset);
    if (word.size() < 3) return false;
    std::vector<std::string> words;
    for (const auto& k : top_keywords) words.emplace_back(k.word);
    return !closest_match(std::string(word), words).empty();
}

// Where to go on after an error at `error` in the declaration starting at
// `start`: the first line at or after the error that begins with a
// declaration keyword (not followed by `:`, which would be a fact's name),
// or, unindented, with a word close to one.
std::size_t resume_point(std::string_view text, std::size_t start, std::size_t error) {
    std::size_t line = text.rfind('\n', error == 0 ? 0 : error - 1);
    line = line == std::string_view::npos ? 0 : line + 1;
    for (; line < text.size();) {
        std::size_t token = line;
        while (token < text.size() && (text[token] == ' ' || text[token] == '\t')) ++token;
        if (token >= error && token > start &&
            (top_keyword_at(text, token) || (token == line && misspelt_top_keyword_at(text, token)))) {
            std::size_t after = token + word_at(text, token).size();
            while (after < text.size() && (text[after] == ' ' || text[after] == '\t')) ++after;
            if (after >= text.size() || text[after] != ':') return token;
        }
        std::size_t end = text.find('\n', line);
        if (end == std::string_view::npos) break;
        line = end + 1;
    }
    return text.size();
}

// The id written after a declaration's keyword, or "".
std::string_view declaration_id(std::string_view text, std::size_t start, const TopKeyword& keyword) {
    std::size_t id = start + keyword.word.size();
    while (id < text.size() && (text[id] == ' ' || text[id] == '\t')) ++id;
    std::size_t end = id;
    while (end < text.size() && (is_word_char(text[end]) || text[end] == '-' || text[end] == '.')) ++end;
    return text.substr(id, end - id);
}

// "rule `kampanye.x`", for the messages that name the declaration.
std::string describe_declaration(std::string_view text, std::size_t start) {
    const TopKeyword* keyword = top_keyword_at(text, start);
    if (!keyword) return "the declaration";
    std::string_view id = declaration_id(text, start, *keyword);
    if (id.empty()) return fmt::format("the {}", keyword->kind);
    return fmt::format("{} `{}`", keyword->kind, id);
}

// Whether the declaration starting at `start` is written with Indonesian
// keywords (`aturan`, `peraturan`): its syntax errors then list those.
bool written_in_indonesian(std::string_view text, std::size_t start) {
    std::string_view word = word_at(text, start);
    for (const grammar::KeywordPair& pair : grammar::declaration_keywords)
        if (word == pair.indonesian && word != pair.english) return true;
    return false;
}

// The declaration at `start` that a syntax error left unread, so that the
// checker does not report every reference to it as unknown.
std::optional<ast::Unreadable> unreadable_declaration(std::string_view text, std::size_t start, Location where) {
    const TopKeyword* keyword = top_keyword_at(text, start);
    if (!keyword) return std::nullopt;
    return ast::Unreadable{std::string(keyword->kind), std::string(declaration_id(text, start, *keyword)),
                           std::move(where)};
}

// 1-based line and column of each offset, from the line starts.
class Lines {
public:
    explicit Lines(std::string_view text) {
        starts_.push_back(0);
        for (std::size_t i = 0; i < text.size(); ++i)
            if (text[i] == '\n') starts_.push_back(i + 1);
    }
    std::pair<std::size_t, std::size_t> at(std::size_t offset) const {
        auto next = std::upper_bound(starts_.begin(), starts_.end(), offset);
        std::size_t line = static_cast<std::size_t>(next - starts_.begin());
        return {line, offset - starts_[line - 1] + 1};
    }

private:
    std::vector<std::size_t> starts_;
};

}  // namespace

}  // namespace netral::dsl

namespace netral {

std::optional<ast::DeadlineSpec> parse_deadline(std::string_view text, const Location& start, Diagnostics& diagnostics) {
    namespace pg = tao::pegtl;
    pg::memory_input in(text.data(), text.data() + text.size(), start.file, 0, std::max<std::uint32_t>(start.line, 1),
                        std::max<std::uint32_t>(start.column, 1));
    std::size_t before = diagnostics.size();
    try {
        auto root = pg::parse_tree::parse<grammar::deadline_text, dsl::selector, pg::nothing, grammar::control>(in);
        dsl::Converter converter(start.file, diagnostics);
        ast::DeadlineSpec spec = converter.deadline_spec(*root->children.at(0));
        if (diagnostics.size() != before) return std::nullopt;
        return spec;
    } catch (const grammar::syntax_error& error) {
        diagnostics.push_back(dsl::syntax_diagnostic(error, start.file, text, "the time limit", "the end of the time limit"));
        return std::nullopt;
    }
}

ParseResult parse_dsl(std::string_view text, const std::string& path) {
    namespace pg = tao::pegtl;
    ParseResult result;
    result.file.path = path;
    dsl::Converter converter(path, result.diagnostics);
    dsl::Lines lines(text);

    // A byte order mark, as some editors on Windows write, is not content.
    std::size_t offset = dsl::skip_space(text, text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0);
    while (offset < text.size()) {
        auto [line, column] = lines.at(offset);
        pg::memory_input in(text.data() + offset, text.data() + text.size(), path, offset, line, column);
        try {
            grammar::condition_depth = 0;
            auto root =
                pg::parse_tree::parse<grammar::next_declaration, dsl::selector, pg::nothing, grammar::control>(in);
            const dsl::Node& declaration = *root->children.at(0);
            converter.declaration(declaration, result.file);
            offset = declaration.end().byte;
        } catch (const grammar::syntax_error& error) {
            result.diagnostics.push_back(dsl::syntax_diagnostic(error, path, text, dsl::describe_declaration(text, offset),
                                                                "end of file", dsl::written_in_indonesian(text, offset)));
            if (auto unread = dsl::unreadable_declaration(text, offset, {path, static_cast<std::uint32_t>(line),
                                                                         static_cast<std::uint32_t>(column)}))
                result.file.unreadable.push_back(std::move(*unread));
            offset = dsl::resume_point(text, offset, error.position.byte);
        }
        offset = dsl::skip_space(text, offset);
    }
    sort_by_location(result.diagnostics);
    return result;
}

}  // namespace netral
