// From the PEGTL parse tree of dsl_grammar.hpp to the syntax tree (ast.hpp):
// which rules keep a node, and the helpers shared by dsl_parser.cpp
// (declarations) and dsl_expression.cpp (conditions).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <tao/pegtl.hpp>
#include <tao/pegtl/contrib/parse_tree.hpp>

#include "dsl_errors.hpp"
#include "dsl_grammar.hpp"
#include "netral/ast.hpp"
#include "netral/diagnostic.hpp"

namespace netral::dsl {

namespace pg = tao::pegtl;
namespace g = netral::grammar;
using Node = pg::parse_tree::node;

// The rules that become nodes of the parse tree; everything else (keywords,
// punctuation, space) only shapes the input.
template <typename Rule>
using selector = pg::parse_tree::selector<
    Rule,
    pg::parse_tree::store_content::on<
        // conditions
        g::expression, g::disjunct, g::conjunction, g::negation, g::relation, g::comparison, g::compare_op,
        g::in_test, g::not_in_test, g::contains_test, g::reference, g::bool_true, g::bool_false, g::date_lit,
        g::integer_lit, g::string_lit, g::set_lit, g::range_lit, g::quantifier, g::quantifier_any,
        g::offset_operand, g::offset_sign, g::offset_count, g::offset_unit,
        g::quantifier_all, g::quantifier_variable, g::quantifier_list, g::known_test, g::known_kw, g::unknown_kw,
        g::given_kw,
        // shared
        g::title, g::note_text, g::reasoning_clause, g::reasoning_text, g::election_ref, g::basis_clause,
        g::provision_ref, g::rule_ref, g::level_ref,
        // regulations
        g::regulation, g::regulation_id, g::regulation_title, g::replaced_by, g::in_force_clause,
        g::repealed_clause, g::source_text, g::provision, g::provision_path, g::provision_text, g::citation_text,
        g::subject_of,
        // facts
        g::facts, g::field, g::field_name, g::required_option, g::question_text, g::type_bool, g::type_integer,
        g::type_string, g::type_date, g::type_enum, g::enum_value, g::type_object, g::object_fields, g::type_list,
        g::shorthand_field,
        // elections
        g::election, g::election_id, g::stage, g::stage_registration, g::stage_candidate_determination,
        g::stage_campaign, g::stage_quiet_period, g::stage_voting_day, g::stage_end,
        // working days
        g::workdays, g::workdays_id, g::weekday_name, g::holiday_clause, g::holiday_end, g::holiday_name,
        // levels, aggregation, scope, definitions
        g::levels, g::level, g::level_name, g::measure, g::level_variant, g::aggregation, g::concurrent_clause, g::repeat_clause,
        g::repeat_title, g::repeat_steps, g::scope, g::scope_subject, g::scope_from, g::scope_outside,
        g::outside_note, g::define, g::define_name,
        // rules
        g::rule, g::rule_id, g::per_act, g::per_report, g::subject_clause, g::when_clause, g::element_clause,
        g::element_name, g::unless_clause, g::overrides_clause, g::cites_clause, g::sanction_clause,
        g::sanction_basis, g::refer_clause, g::refer_to, g::refer_reason, g::refer_when,
        g::kind_ref, g::refer_kind, g::refer_deadline_text, g::kind_clause,
        // kinds, admissibility, deadlines
        g::kinds, g::kind_entry, g::kind_name, g::kind_default, g::day_span, g::span_count, g::span_unit,
        g::deadline_start, g::deadline_end, g::deadline_spec_required, g::requirement, g::requirement_id,
        g::group_ref, g::requirement_when, g::admissibility, g::admissibility_group, g::group_id,
        g::admissibility_outcome, g::outcome_name, g::outcome_text, g::deadline, g::deadline_id, g::deadline_when,
        // recommendations
        g::recommendation, g::recommend_id, g::recommend_when, g::dated_fact, g::recipient, g::recipient_id,
        g::recipient_title, g::recipient_from, g::recipient_until, g::recommend_text,
        // examples
        g::example, g::example_id, g::report_text, g::expected_status, g::status_value, g::expected_level,
        g::expected_rules, g::expected_cites, g::expected_missing, g::none_marker, g::fact_path,
        g::expected_basis, g::expected_referrals, g::expected_recommendations, g::expected_admissibility,
        g::expected_requirement, g::expected_deadline, g::expected_classification, g::expected_overridden, g::expected_excepted,
        g::recipient_ref, g::expected_element, g::element_status_value, g::expected_act>>;

// A """block""" text: its lines without their common indentation and without
// blank first and last lines; `first_line` is the line of its first line.
struct BlockText {
    std::string text;
    std::uint32_t first_line = 0;
    std::uint32_t first_column = 1;  // of the first line's text in the file
    std::uint32_t indent = 0;        // columns taken from the start of the other lines
};

// State of one conversion: the file's name and where diagnostics go.
class Converter {
public:
    Converter(std::string path, Diagnostics& diagnostics) : path_(std::move(path)), diagnostics_(diagnostics) {}

    Location location(const Node& node) const;
    void error(const char* code, Location where, std::string message);

    // A text node ("..." or """..."""), decoded.
    std::string text(const Node& node) const;
    BlockText block(const Node& node) const;
    std::optional<Date> date(const Node& node);
    ast::Ref ref(const Node& node) const { return {node.string(), location(node)}; }
    // reasoning "…" [for ELECTION, …]
    ast::Reasoning reasoning(const Node& node) const;

    // A condition (dsl_expression.cpp).
    ast::Expr expression(const Node& node);

    // A declaration into the file (dsl_parser.cpp).
    void declaration(const Node& node, ast::File& file);
    // A time limit: `7 hari_kerja after report.known_on by report.reported_on`.
    ast::DeadlineSpec deadline_spec(const Node& node);

private:
    ast::Regulation regulation(const Node& node);
    ast::Provision provision(const Node& node, const std::string& regulation_id);
    ast::FieldDecl field(const Node& node);
    ast::TypeDecl type(const Node& node, ast::FieldDecl& field);
    ast::Election election(const Node& node);
    ast::Workdays workdays(const Node& node);
    void levels(const Node& node, ast::File& file);
    ast::LevelVariant variant(const Node& node);
    void aggregation(const Node& node, ast::File& file);
    void scope(const Node& node, ast::File& file);
    ast::Define define(const Node& node);
    ast::Rule rule(const Node& node);
    ast::Recommendation recommendation(const Node& node);
    ast::Requirement requirement(const Node& node);
    ast::HandlingDeadline handling_deadline(const Node& node);
    void kinds(const Node& node, ast::File& file);
    void admissibility(const Node& node, ast::File& file);
    ast::Example example(const Node& node);

    std::string path_;
    Diagnostics& diagnostics_;
};

// The first child of type T, or nullptr.
template <typename T>
const Node* child(const Node& node) {
    for (const auto& c : node.children)
        if (c->is_type<T>()) return c.get();
    return nullptr;
}

// What the input holds at `offset`, for "found ..." in messages.
std::string describe_found(std::string_view text, std::size_t offset, const char* end_name);

// A syntax error as a diagnostic: the message (with {decl} replaced by
// `decl`, the expected keywords in the declaration's language), what was
// found instead, and a suggestion for a misspelt keyword or a date written
// another way.
Diagnostic syntax_diagnostic(const grammar::syntax_error& error, const std::string& path, std::string_view text,
                             const std::string& decl, const char* end_name, bool indonesian = false);

}  // namespace netral::dsl
