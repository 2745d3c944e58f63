// The error message of every must<> point of dsl_grammar.hpp, written for the
// legal analyst who writes the rules, and the PEGTL control that raises them.
//
// `{decl}` in a message is replaced by the declaration being read, e.g.
// "rule `kampanye.fasilitas_negara`" (see dsl_parser.cpp). The parser adds
// what was found instead: `found "xyz"` or `found end of file`.
#pragma once

#include <string>

#include <tao/pegtl.hpp>

#include "dsl_grammar.hpp"
#include "dsl_keywords.hpp"

namespace netral::grammar {

// No message: compile error (see control::raise). Every must<> has one.
template <typename Rule>
inline constexpr const char* error_message = nullptr;

// E001 syntax error unless said otherwise.
template <typename Rule>
inline constexpr const char* error_code = "E001";

#define NETRAL_ERROR(rule, text) \
    template <>                   \
    inline constexpr const char* error_message<rule> = text

// ------------------------------------------------------------------ lexical
NETRAL_ERROR(escaped_char, "expected `\\\"`, `\\\\` or `\\n` after a backslash in a text");
NETRAL_ERROR(quoted_body, "this text in double quotes is not closed: expected `\"` before the end of the line");
NETRAL_ERROR(block_body, "this block text is not closed: expected `\"\"\"` before the end of the file");
template <>
inline constexpr const char* error_code<quoted_body> = "E003";
template <>
inline constexpr const char* error_code<block_body> = "E003";
NETRAL_ERROR(date_lit, "expected a date like 2024-09-22");
NETRAL_ERROR(end_of_file, "expected a declaration ({keywords})");
NETRAL_ERROR(declaration, "expected a declaration ({keywords})");

// ------------------------------------------------------------------ references
NETRAL_ERROR(provision_ref, "expected a provision id like pp-94-2021/pasal-5/huruf-n/angka-4");
NETRAL_ERROR(provision_refs, "expected a provision id like pp-94-2021/pasal-5/huruf-n/angka-4");
NETRAL_ERROR(rule_ref, "expected a rule id like kampanye.fasilitas_negara");
NETRAL_ERROR(rule_refs, "expected a rule id like kampanye.fasilitas_negara");
NETRAL_ERROR(level_ref, "expected the name of a sanction level, like berat");

// ------------------------------------------------------------------ conditions
NETRAL_ERROR(expression, "expected a condition, like act.type == campaign_participation");
NETRAL_ERROR(negated, "expected a condition after `not`");
NETRAL_ERROR(conjunct, "expected a condition after `and`");
NETRAL_ERROR(disjunct, "expected a condition after `or`");
NETRAL_ERROR(close_paren, "expected `)` to close the parenthesis");
NETRAL_ERROR(compared_value, "expected a value to compare with: a fact such as act.type, a name, a number, a date "
                             "or a text in double quotes");
NETRAL_ERROR(member_of, "expected a set like {pns, cpns} or a date range like 2024-01-01 .. 2024-02-01 after `in`");
NETRAL_ERROR(contained_value, "expected a value or a set like {party, campaign} after `contains`");
NETRAL_ERROR(set_item, "expected a value in the set: a name, a number, a date or a text in double quotes");
NETRAL_ERROR(set_close, "expected `,` and another value, or `}` to close the set");
NETRAL_ERROR(quantifier_variable, "expected a variable name, as in any(s in actor.prior_sanctions: s.same_kind)");
NETRAL_ERROR(quantifier_in, "expected `in` after the variable, as in any(s in actor.prior_sanctions: s.same_kind)");
NETRAL_ERROR(quantifier_list, "expected the list to go through, like acts or actor.prior_sanctions");
NETRAL_ERROR(quantifier_colon, "expected `:` and then the condition each item is tested against");
NETRAL_ERROR(end_of_condition, "expected the end of the condition, or `and`, `or`, `==`, `in`, `contains`");

// ------------------------------------------------------------------ shared clauses
NETRAL_ERROR(title, "expected a title in double quotes");
NETRAL_ERROR(note_text, "expected the note, in double quotes");
NETRAL_ERROR(reasoning_text, "expected the reasoning, in double quotes");
NETRAL_ERROR(election_ref, "expected the id of an election, like pilkada-2024");
NETRAL_ERROR(election_refs, "expected the ids of the elections the reasoning is for, like pilkada-2024, pemilu-2024");

// ------------------------------------------------------------------ regulations
NETRAL_ERROR(regulation_id, "expected the id of the regulation, like pp-94-2021");
NETRAL_ERROR(regulation_title, "expected the title of {decl} in double quotes, like \"Peraturan Pemerintah Nomor 94 "
                               "Tahun 2021 tentang Disiplin Pegawai Negeri Sipil\"");
NETRAL_ERROR(regulation_open, "expected the title of {decl} in double quotes, or `{` to open its body (a regulation "
                              "block without a title adds notes and reasoning to one declared in an included folder)");
NETRAL_ERROR(regulation_close, "expected {keywords}, or `}` to close the body of {decl}");
NETRAL_ERROR(replaced_by, "expected the id of the regulation that replaced it, like uu-20-2023");
NETRAL_ERROR(source_text, "expected where the text was taken from, in double quotes");
NETRAL_ERROR(provision_path, "expected the provision's path inside the regulation, like pasal-5/huruf-n/angka-4");
NETRAL_ERROR(provision_open, "expected `{` to open the body of the provision");
NETRAL_ERROR(provision_close, "expected {keywords}, or `}` to close the provision");
NETRAL_ERROR(provision_text, "expected the text of the provision, in double quotes");
NETRAL_ERROR(citation_text, "expected the citation in double quotes, like \"Lampiran huruf A angka 1\"");

// ------------------------------------------------------------------ facts
NETRAL_ERROR(facts_open, "expected `{` to open the list of facts");
NETRAL_ERROR(facts_close, "expected a field like `status: string`, or `}` to close the facts");
NETRAL_ERROR(field_colon, "expected `:` and the type after the field's name");
NETRAL_ERROR(field_type, "expected a type: bool, integer, string, date, enum {…}, object {…}, list of enum {…} or "
                         "list of object {…}");
NETRAL_ERROR(list_of, "expected `of` after `list`, as in list of object {…}");
NETRAL_ERROR(list_item_type, "expected `enum {…}` or `object {…}` after `list of`");
NETRAL_ERROR(enum_values, "expected `{` and the values of the enum, like enum {pns, cpns, pppk}");
NETRAL_ERROR(enum_value, "expected a value of the enum, like pns");
NETRAL_ERROR(object_fields, "expected `{` and the fields of the object");
NETRAL_ERROR(fields_close, "expected a field like `status: string`, or `}` to close the object");
NETRAL_ERROR(shorthand_field, "expected the field a text in place of the object fills, like `shorthand name`");
NETRAL_ERROR(question_text, "expected the question in double quotes, like \"Apa status kepegawaian terlapor?\"");

// ------------------------------------------------------------------ elections
NETRAL_ERROR(election_id, "expected the id of the election, like pilkada-2024");
NETRAL_ERROR(election_open, "expected `{` to open the body of {decl}");
NETRAL_ERROR(election_close, "expected a stage ({keywords}), or `}` to close the body of {decl}");
NETRAL_ERROR(stage_end, "expected the last day of the stage, a date like 2024-11-23");

// ------------------------------------------------------------------ working days
NETRAL_ERROR(offset_count, "expected how many days, like 7, after `+` or `-`");
NETRAL_ERROR(offset_unit, "expected the unit: `days` (hari) or the id of a `workdays` calendar, like hari_kerja");
NETRAL_ERROR(workdays_id, "expected the id of the calendar, like hari_kerja");
NETRAL_ERROR(workdays_open, "expected `{` to open the body of {decl}");
NETRAL_ERROR(workdays_close, "expected {keywords}, or `}` to close the body of {decl}");
NETRAL_ERROR(weekday_name, "expected a day of the week, like saturday (sabtu)");
NETRAL_ERROR(weekday_names, "expected the days of the weekend, like saturday, sunday");
NETRAL_ERROR(holiday_end, "expected the last day off, a date like 2024-04-15");

// ------------------------------------------------------------------ levels
NETRAL_ERROR(levels_open, "expected `{` to open the list of sanction levels");
NETRAL_ERROR(levels_close, "expected a level name, or `}` to close the list of sanction levels");
NETRAL_ERROR(level_close, "expected {keywords}, or `}` to close the level");
NETRAL_ERROR(variant_open, "expected `{` and the measures or basis that apply when the condition holds");
NETRAL_ERROR(variant_close, "expected {keywords}, or `}` to close the variant of the level");
NETRAL_ERROR(measure, "expected a measure in double quotes, like \"pernyataan secara terbuka\"");
NETRAL_ERROR(measures, "expected a measure in double quotes, like \"pernyataan secara terbuka\"");

// ------------------------------------------------------------------ aggregation
NETRAL_ERROR(aggregation_open, "expected `{` to open the aggregation");
NETRAL_ERROR(aggregation_close, "expected {keywords}, or `}` to close the aggregation");
NETRAL_ERROR(heaviest, "expected `heaviest` after `concurrent`");
NETRAL_ERROR(repeat_title, "expected the title of the repeat rule in double quotes, like \"Pengulangan pelanggaran "
                           "sejenis\"");
NETRAL_ERROR(repeat_when, "expected `when` and the condition of the repeat rule");
NETRAL_ERROR(repeat_raise, "expected `raise` and the number of steps");
NETRAL_ERROR(repeat_steps, "expected the number of steps, like 1");
NETRAL_ERROR(within_kw, "expected `within` and the levels it moves within, like {ringan, sedang, berat}");
NETRAL_ERROR(ladder, "expected `{` and the levels it moves within, like {ringan, sedang, berat}");

// ------------------------------------------------------------------ scope
NETRAL_ERROR(scope_open, "expected `{` to open the scope");
NETRAL_ERROR(scope_close, "expected {keywords}, or `}` to close the scope");
NETRAL_ERROR(outside_note, "expected the text in double quotes saying where such a case belongs");

// ------------------------------------------------------------------ definitions
NETRAL_ERROR(define_name, "expected the name of the definition, like partisan");
NETRAL_ERROR(define_equals, "expected `=` and the condition that defines {decl}");

// ------------------------------------------------------------------ rules
NETRAL_ERROR(rule_id, "expected the id of the rule, like kampanye.fasilitas_negara");
NETRAL_ERROR(rule_open, "expected `{` to open the body of {decl}");
NETRAL_ERROR(rule_close, "expected a clause ({keywords}), or `}` to close the body of {decl}");
NETRAL_ERROR(per_unit, "expected {keywords} after `per`");
NETRAL_ERROR(element_name, "expected a string in double quotes with the element's name");
NETRAL_ERROR(element_colon, "expected `:` after the element's name, then its condition");
NETRAL_ERROR(refer_to, "expected to whom the case is referred, like gakkumdu");
NETRAL_ERROR(kind_ref, "expected the name of a kind of violation declared in `kinds`, like lainnya");
NETRAL_ERROR(refer_deadline_text, "expected the deadlines of the referral in words, in double quotes");

// ------------------------------------------------------------------ kinds, admissibility, deadlines
NETRAL_ERROR(kinds_open, "expected `{` to open the list of kinds of violation");
NETRAL_ERROR(kinds_close, "expected a kind's name, or `}` to close the list of kinds of violation");
NETRAL_ERROR(span_unit, "expected the unit: `days` (hari) or the id of a `workdays` calendar, like hari_kerja");
NETRAL_ERROR(day_span, "expected how many days and the unit, like 7 hari_kerja");
NETRAL_ERROR(after_kw, "expected `after` and the date fact the days are counted from, like after report.known_on");
NETRAL_ERROR(deadline_start, "expected the date fact the days are counted from, like report.known_on");
NETRAL_ERROR(deadline_end, "expected the date fact that must fall on or before the last day, like report.reported_on");
NETRAL_ERROR(deadline_spec_required, "expected the time limit, like 7 hari_kerja after report.known_on");
NETRAL_ERROR(group_ref, "expected the admissibility group, like formil");
NETRAL_ERROR(requirement_id, "expected the id of the requirement, like formil.pelapor");
NETRAL_ERROR(requirement_open, "expected `{` to open the body of {decl}");
NETRAL_ERROR(requirement_close, "expected {keywords}, or `}` to close the body of {decl}");
NETRAL_ERROR(group_id, "expected the id of the group, like formil");
NETRAL_ERROR(outcome_name, "expected the outcome: registrable, incomplete, inadmissible or late");
NETRAL_ERROR(outcome_text, "expected the outcome's words, in double quotes");
NETRAL_ERROR(admissibility_open, "expected `{` to open the admissibility");
NETRAL_ERROR(admissibility_close, "expected {keywords}, or `}` to close the admissibility");
NETRAL_ERROR(deadline_id, "expected the id of the deadline, like pemilu.kajian_awal");
NETRAL_ERROR(deadline_open, "expected `{` to open the body of {decl}");
NETRAL_ERROR(deadline_close, "expected {keywords}, or `}` to close the body of {decl}");

// ------------------------------------------------------------------ recommendations
NETRAL_ERROR(recommend_id, "expected the id of the recommendation, like kepegawaian");
NETRAL_ERROR(recommend_open, "expected `{` to open the body of {decl}");
NETRAL_ERROR(recommend_close, "expected {keywords}, or `}` to close the body of {decl}");
NETRAL_ERROR(recipient_id, "expected who receives the recommendation, like bkn");
NETRAL_ERROR(recipient_close, "expected {keywords}, or `}` to close the recipient's notes");
NETRAL_ERROR(recommend_text, "expected the text of the recommendation, in double quotes");
NETRAL_ERROR(dated_fact, "expected a date fact of the report, like report.reported_on");
NETRAL_ERROR(dated_facts, "expected a date fact of the report, like report.reported_on");

// ------------------------------------------------------------------ examples
NETRAL_ERROR(example_id, "expected the id of the example, like camat-mobil-dinas");
NETRAL_ERROR(example_open, "expected `{` to open the body of {decl}");
NETRAL_ERROR(example_close, "expected {keywords}, or `}` to close the body of {decl}");
NETRAL_ERROR(report_text, "expected the incident report as a block text between `\"\"\"` and `\"\"\"`");
NETRAL_ERROR(expectation, "expected {keywords} after `{expect}`");
NETRAL_ERROR(expected_day, "expected the last day, a date like 2024-10-25, or `none` when it cannot be worked out");
NETRAL_ERROR(expected_kinds, "expected kinds of violation like lainnya, or `none`");
NETRAL_ERROR(expected_basis_list, "expected provision ids like pp-94-2021/pasal-8/ayat-4, or `none`");
NETRAL_ERROR(expected_recipients, "expected who receives it, like gakkumdu or bkn, or `none`");
NETRAL_ERROR(recipient_ref, "expected who receives it, like gakkumdu or bkn");
NETRAL_ERROR(expected_overridden_list, "expected rule ids like kampanye.ikut.calon, or `none`");
NETRAL_ERROR(expected_excepted_list, "expected rule ids like kampanye.ikut.calon, or `none`");
NETRAL_ERROR(element_status_value, "expected the element's status: met, not_met or unknown");
NETRAL_ERROR(integer_lit, "expected the act's number, counted from 0 as in acts[0]");
NETRAL_ERROR(status_value, "expected the expected verdict status, like violation");
NETRAL_ERROR(expected_rules_list, "expected rule ids like kampanye.fasilitas_negara, or `none`");
NETRAL_ERROR(expected_cites_list, "expected provision ids like pp-94-2021/pasal-5/huruf-n/angka-4, or `none`");
NETRAL_ERROR(expected_missing_list, "expected facts like acts[0].stance or actor.status, or `none`");
NETRAL_ERROR(fact_path, "expected a fact like acts[0].stance or actor.status");

#undef NETRAL_ERROR

// The keywords expected at a must<> point, listed in the message ({keywords})
// in the declaration's language and offered when the word found is close to
// one of them.
template <typename Rule>
inline constexpr KeywordList expected_keywords{};

#define NETRAL_KEYWORDS(rule, list) \
    template <>                      \
    inline constexpr KeywordList expected_keywords<rule> = list

NETRAL_KEYWORDS(end_of_file, declaration_keywords);
NETRAL_KEYWORDS(declaration, declaration_keywords);
NETRAL_KEYWORDS(regulation_close, regulation_keywords);
NETRAL_KEYWORDS(provision_close, provision_keywords);
NETRAL_KEYWORDS(election_close, stage_keywords);
NETRAL_KEYWORDS(workdays_close, workdays_keywords);
NETRAL_KEYWORDS(level_close, level_keywords);
NETRAL_KEYWORDS(variant_close, variant_keywords);
NETRAL_KEYWORDS(aggregation_close, aggregation_keywords);
NETRAL_KEYWORDS(scope_close, scope_keywords);
NETRAL_KEYWORDS(rule_close, rule_keywords);
NETRAL_KEYWORDS(requirement_close, requirement_keywords);
NETRAL_KEYWORDS(admissibility_close, admissibility_keywords);
NETRAL_KEYWORDS(deadline_close, deadline_keywords);
NETRAL_KEYWORDS(recommend_close, recommend_keywords);
NETRAL_KEYWORDS(recipient_close, note_keywords);
NETRAL_KEYWORDS(example_close, example_keywords);
NETRAL_KEYWORDS(expectation, expectation_keywords);
NETRAL_KEYWORDS(per_unit, per_keywords);
NETRAL_KEYWORDS(heaviest, heaviest_keywords);
NETRAL_KEYWORDS(repeat_when, when_keywords);
NETRAL_KEYWORDS(repeat_raise, raise_keywords);
NETRAL_KEYWORDS(within_kw, within_keywords);
NETRAL_KEYWORDS(after_kw, after_keywords);
NETRAL_KEYWORDS(list_of, of_keywords);
NETRAL_KEYWORDS(field_type, field_type_keywords);

#undef NETRAL_KEYWORDS

// The must<> points that expect a date: a date written another way there
// (15-01-2014) is E002 with the YYYY-MM-DD spelling proposed.
template <typename Rule>
inline constexpr bool expects_date = false;
template <>
inline constexpr bool expects_date<date_lit> = true;
template <>
inline constexpr bool expects_date<stage_end> = true;
template <>
inline constexpr bool expects_date<holiday_end> = true;
template <>
inline constexpr bool expects_date<expected_day> = true;

// The must<> points that expect a value or a condition: a reserved word found
// there (an enum value named `dalam`) gets a note on quoting it.
template <typename Rule>
inline constexpr bool expects_value = false;
#define NETRAL_VALUE_POINT(rule) \
    template <>                  \
    inline constexpr bool expects_value<rule> = true
NETRAL_VALUE_POINT(compared_value);
NETRAL_VALUE_POINT(member_of);
NETRAL_VALUE_POINT(contained_value);
NETRAL_VALUE_POINT(set_item);
NETRAL_VALUE_POINT(set_close);
NETRAL_VALUE_POINT(expression);
NETRAL_VALUE_POINT(negated);
NETRAL_VALUE_POINT(conjunct);
NETRAL_VALUE_POINT(disjunct);
#undef NETRAL_VALUE_POINT

// What the control throws on a must<> failure; the parser turns it into a
// Diagnostic.
struct syntax_error {
    const char* code;
    std::string message;
    tao::pegtl::position position;
    KeywordList keywords{};  // what was expected there, for the message and a did-you-mean
    bool date = false;       // a date was expected there
    bool value = false;      // a value or a condition was expected there
};

template <typename Rule>
struct raising_control : tao::pegtl::normal<Rule> {
    template <typename Input, typename... States>
    [[noreturn]] static void raise(const Input& in, States&&...) {
        static_assert(error_message<Rule> != nullptr, "a must<> point of the grammar has no error message");
        throw syntax_error{error_code<Rule>, error_message<Rule>, in.position(), expected_keywords<Rule>,
                           expects_date<Rule>, expects_value<Rule>};
    }
};

// How deep a condition may nest. The parser, the syntax tree and every stage
// after it walk conditions recursively: 5,000 parentheses or 20,000 `not`s
// would run them off the end of the stack. No real rule comes near this.
inline constexpr int max_condition_depth = 100;

// The nesting levels of the condition being parsed on this thread. Counted
// on the rules every level goes through: parentheses and quantifiers pass
// through `relation`, `not` through `negation`, `known known x` through
// `known_test`.
inline thread_local int condition_depth = 0;

template <typename Rule>
struct depth_counting_control : raising_control<Rule> {
    template <typename Input, typename... States>
    static void start(const Input& in, States&&...) {
        if (++condition_depth <= max_condition_depth) return;
        --condition_depth;  // this level never started; the levels around it count down as they unwind
        throw syntax_error{"E004",
                           "this condition is nested more than 100 levels deep (parentheses, `not`, `known`, "
                           "quantifiers); split it with `define`",
                           in.position()};
    }
    template <typename Input, typename... States>
    static void success(const Input&, States&&...) { --condition_depth; }
    template <typename Input, typename... States>
    static void failure(const Input&, States&&...) { --condition_depth; }
    template <typename Input, typename... States>
    static void unwind(const Input&, States&&...) { --condition_depth; }
};

template <typename Rule>
struct control : raising_control<Rule> {};
template <>
struct control<relation> : depth_counting_control<relation> {};
template <>
struct control<negation> : depth_counting_control<negation> {};
template <>
struct control<known_test> : depth_counting_control<known_test> {};

}  // namespace netral::grammar
