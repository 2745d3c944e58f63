// The PEGTL grammar of the netral rule language (docs/language.md).
//
// One named struct per concept. Every keyword has an English and an
// Indonesian spelling with the same meaning. Wherever the input can only go
// on one way, the rule is wrapped in must<>, so a mistake is reported at the
// point where it is made, with the message of dsl_errors.hpp for that rule.
//
// Layout is free: `sp` (spaces, newlines and `#` comments) may separate any
// two tokens. Rules never start or end with `sp`; the rule that strings
// tokens together puts it between them, before a must<> point, so that an
// error points at the offending token and not at the space before it.
#pragma once

#include <tao/pegtl.hpp>
#include <tao/pegtl/contrib/analyze_traits.hpp>

namespace netral::grammar {

namespace pg = tao::pegtl;

// ------------------------------------------------------------------ lexical

struct comment : pg::seq<pg::one<'#'>, pg::until<pg::eolf>> {};
struct sp : pg::star<pg::sor<pg::space, comment>> {};

struct ident_first : pg::ranges<'a', 'z', 'A', 'Z', '_'> {};
struct ident_char : pg::ranges<'a', 'z', 'A', 'Z', '0', '9', '_'> {};
struct identifier : pg::seq<ident_first, pg::star<ident_char>> {};

// A keyword in both languages; never the start of a longer identifier.
template <typename English, typename Indonesian>
struct either : pg::sor<English, Indonesian> {};
#define NETRAL_KEYWORD(name, en, id) \
    struct name : either<TAO_PEGTL_KEYWORD(en), TAO_PEGTL_KEYWORD(id)> {}

// Top-level declarations.
NETRAL_KEYWORD(kw_regulation, "regulation", "peraturan");
NETRAL_KEYWORD(kw_facts, "facts", "fakta");
NETRAL_KEYWORD(kw_election, "election", "pemilihan");
NETRAL_KEYWORD(kw_levels, "levels", "tingkat");
NETRAL_KEYWORD(kw_aggregation, "aggregation", "agregasi");
NETRAL_KEYWORD(kw_scope, "scope", "cakupan");
NETRAL_KEYWORD(kw_define, "define", "definisi");
NETRAL_KEYWORD(kw_rule, "rule", "aturan");
NETRAL_KEYWORD(kw_example, "example", "contoh");
NETRAL_KEYWORD(kw_recommend, "recommend", "rekomendasi");
NETRAL_KEYWORD(kw_workdays, "workdays", "kalender_kerja");
NETRAL_KEYWORD(kw_requirement, "requirement", "syarat");
NETRAL_KEYWORD(kw_admissibility, "admissibility", "penerimaan");
NETRAL_KEYWORD(kw_deadline, "deadline", "tenggat");
NETRAL_KEYWORD(kw_kinds, "kinds", "jenis_pelanggaran");

// Clauses.
NETRAL_KEYWORD(kw_provision, "provision", "ketentuan");
NETRAL_KEYWORD(kw_text, "text", "teks");
NETRAL_KEYWORD(kw_citation, "citation", "sitasi");
NETRAL_KEYWORD(kw_in_force, "in_force", "berlaku");
NETRAL_KEYWORD(kw_repealed, "repealed", "dicabut");
NETRAL_KEYWORD(kw_by, "by", "oleh");
NETRAL_KEYWORD(kw_source, "source", "sumber");
NETRAL_KEYWORD(kw_note, "note", "catatan");
NETRAL_KEYWORD(kw_reasoning, "reasoning", "pertimbangan");
NETRAL_KEYWORD(kw_for, "for", "untuk");
NETRAL_KEYWORD(kw_required, "required", "wajib");
NETRAL_KEYWORD(kw_question, "question", "pertanyaan");
NETRAL_KEYWORD(kw_list, "list", "daftar");
NETRAL_KEYWORD(kw_of, "of", "dari");
NETRAL_KEYWORD(kw_object, "object", "objek");
NETRAL_KEYWORD(kw_measures, "measures", "tindakan");
NETRAL_KEYWORD(kw_basis, "basis", "dasar_sanksi");
NETRAL_KEYWORD(kw_concurrent, "concurrent", "bersamaan");
NETRAL_KEYWORD(kw_heaviest, "heaviest", "terberat");
NETRAL_KEYWORD(kw_repeat, "repeat", "pengulangan");
NETRAL_KEYWORD(kw_raise, "raise", "naik");
NETRAL_KEYWORD(kw_subject, "subject", "subjek");
NETRAL_KEYWORD(kw_from, "from", "sejak");
NETRAL_KEYWORD(kw_outside, "outside", "di_luar");
NETRAL_KEYWORD(kw_per, "per", "per");
NETRAL_KEYWORD(kw_when, "when", "jika");
NETRAL_KEYWORD(kw_element, "element", "unsur");
NETRAL_KEYWORD(kw_unless, "unless", "kecuali");
NETRAL_KEYWORD(kw_overrides, "overrides", "mengesampingkan");
NETRAL_KEYWORD(kw_cites, "cites", "dasar");
NETRAL_KEYWORD(kw_sanction, "sanction", "sanksi");
NETRAL_KEYWORD(kw_refer, "refer", "rujuk");
NETRAL_KEYWORD(kw_report, "report", "laporan");
NETRAL_KEYWORD(kw_expect, "expect", "harapan");
NETRAL_KEYWORD(kw_status, "status", "status");
NETRAL_KEYWORD(kw_level, "level", "tingkat");
NETRAL_KEYWORD(kw_rules, "rules", "aturan");
NETRAL_KEYWORD(kw_missing, "missing", "kurang");
NETRAL_KEYWORD(kw_overridden, "overridden", "dikesampingkan");
NETRAL_KEYWORD(kw_excepted, "excepted", "dikecualikan");
NETRAL_KEYWORD(kw_act, "act", "perbuatan");
NETRAL_KEYWORD(kw_to, "to", "kepada");
NETRAL_KEYWORD(kw_until, "until", "sampai");
NETRAL_KEYWORD(kw_dated, "dated", "bertanggal");
NETRAL_KEYWORD(kw_shorthand, "shorthand", "ringkas");
NETRAL_KEYWORD(kw_weekend, "weekend", "akhir_pekan");
NETRAL_KEYWORD(kw_holiday, "holiday", "libur");
NETRAL_KEYWORD(kw_group, "group", "kelompok");
NETRAL_KEYWORD(kw_outcome, "outcome", "hasil");
NETRAL_KEYWORD(kw_time_limit, "time_limit", "batas_waktu");
NETRAL_KEYWORD(kw_after, "after", "setelah");
NETRAL_KEYWORD(kw_due, "due", "jatuh_tempo");
NETRAL_KEYWORD(kw_kind, "kind", "jenis");
NETRAL_KEYWORD(kw_as, "as", "sebagai");
NETRAL_KEYWORD(kw_default, "default", "bawaan");
struct kw_none : TAO_PEGTL_KEYWORD("none") {};

// Expressions.
NETRAL_KEYWORD(kw_and, "and", "dan");
NETRAL_KEYWORD(kw_or, "or", "atau");
NETRAL_KEYWORD(kw_not, "not", "bukan");
NETRAL_KEYWORD(kw_in, "in", "dalam");
NETRAL_KEYWORD(kw_contains, "contains", "memuat");

#undef NETRAL_KEYWORD

// Words that can never be a bare name (or start a fact) in a condition: the
// operators, and the keywords that start a declaration, so that a condition
// left unfinished at the end of a declaration does not swallow the next one.
struct reserved : pg::sor<kw_and, kw_or, kw_not, kw_in, kw_contains, kw_regulation, kw_facts, kw_election,
                          kw_levels, kw_aggregation, kw_scope, kw_define, kw_rule, kw_example, kw_recommend,
                          kw_workdays, kw_requirement, kw_admissibility, kw_deadline, kw_kinds> {};

// Matches R or consumes nothing: under must<>, an error then points at the
// start of the token (the opening quote, the first digit), not into it.
// R is matched once and the input put back when it fails (as opt<> does),
// not tried ahead with at<R> and then matched again: texts are most of a
// pack, and reading each twice was an eighth of loading it.
template <typename R>
struct whole {
    using rule_t = whole;
    using subs_t = pg::type_list<R>;

    template <pg::apply_mode A, pg::rewind_mode, template <typename...> class Action,
              template <typename...> class Control, typename ParseInput, typename... States>
    [[nodiscard]] static bool match(ParseInput& in, States&&... st) {
        return Control<R>::template match<A, pg::rewind_mode::required, Action, Control>(in, st...);
    }
};

// "..." with \" \\ \n escapes, on one line.
struct escaped_char : pg::one<'"', '\\', 'n'> {};
struct escape : pg::seq<pg::one<'\\'>, pg::must<escaped_char>> {};
struct string_char : pg::sor<escape, pg::not_one<'"', '\\', '\r', '\n'>> {};
struct quoted_body : whole<pg::seq<pg::one<'"'>, pg::star<string_char>, pg::one<'"'>>> {};
struct quoted : pg::seq<pg::at<pg::one<'"'>>, pg::must<quoted_body>> {};

// """...""" over any number of lines.
struct triple_quote : pg::string<'"', '"', '"'> {};
struct block_body : whole<pg::seq<triple_quote, pg::until<triple_quote>>> {};
struct block_string : pg::seq<pg::at<triple_quote>, pg::must<block_body>> {};

struct text_value : pg::sor<block_string, quoted> {};

// A date is YYYY-MM-DD. One written another common way (15-01-2014,
// 15/1/2014, 2014.01.15) is read as a date too, so that the converter reports
// it (E002, with the YYYY-MM-DD spelling) and the declaration around it is
// not lost to a syntax error.
struct iso_date : pg::seq<pg::rep<4, pg::digit>, pg::one<'-'>, pg::rep<2, pg::digit>, pg::one<'-'>, pg::rep<2, pg::digit>> {};
struct date_separator : pg::one<'-', '/', '.'> {};
struct day_or_month : pg::rep_min_max<1, 2, pg::digit> {};
struct other_date : pg::sor<pg::seq<day_or_month, date_separator, day_or_month, date_separator, pg::rep<4, pg::digit>>,
                            pg::seq<pg::rep<4, pg::digit>, date_separator, day_or_month, date_separator, day_or_month>> {};
struct date_lit : whole<pg::seq<pg::sor<iso_date, other_date>, pg::not_at<ident_char>>> {};
struct integer_lit : pg::seq<pg::plus<pg::digit>, pg::not_at<ident_char>> {};
struct two_dots : pg::two<'.'> {};

struct colon : pg::one<':'> {};
struct comma : pg::one<','> {};
struct open_brace : pg::one<'{'> {};

// A list `X, X, X` (at least one).
template <typename Item>
struct comma_list : pg::seq<Item, pg::star<sp, comma, sp, pg::must<Item>>> {};

// ------------------------------------------------------------------ ids

// pp-94-2021, pilkada-2024, pasal-5
struct dashed_id : pg::seq<ident_first, pg::star<pg::sor<ident_char, pg::one<'-'>>>> {};
// pasal-5/huruf-n/angka-4 (a provision's path inside its regulation)
struct slashed_id : pg::seq<dashed_id, pg::star<pg::one<'/'>, dashed_id>> {};
// kampanye.fasilitas_negara
struct dotted_id : pg::seq<identifier, pg::star<pg::one<'.'>, identifier>> {};

struct provision_ref : slashed_id {};  // pp-94-2021/pasal-5/huruf-n/angka-4
struct rule_ref : dotted_id {};
struct level_ref : identifier {};
struct provision_refs : comma_list<provision_ref> {};
struct rule_refs : comma_list<rule_ref> {};

// ------------------------------------------------------------------ expressions

struct expression;
struct operand;

// actor.status, act.type, s.same_kind, or a bare name (enum value, definition)
struct reference : pg::seq<pg::not_at<reserved>, identifier, pg::star<pg::one<'.'>, identifier>> {};

struct bool_true : either<TAO_PEGTL_KEYWORD("true"), TAO_PEGTL_KEYWORD("benar")> {};
struct bool_false : either<TAO_PEGTL_KEYWORD("false"), TAO_PEGTL_KEYWORD("salah")> {};
struct string_lit : quoted {};
struct literal : pg::sor<bool_true, bool_false, date_lit, integer_lit, string_lit> {};

struct set_item : pg::sor<date_lit, integer_lit, string_lit, reference> {};
struct set_close : pg::one<'}'> {};
struct set_lit : pg::seq<open_brace, sp, pg::opt<comma_list<set_item>, sp>, pg::must<set_close>> {};
struct range_lit : pg::seq<date_lit, sp, two_dots, sp, pg::must<date_lit>> {};

struct close_paren : pg::one<')'> {};
struct parens : pg::seq<pg::one<'('>, sp, pg::must<expression>, sp, pg::must<close_paren>> {};

// any(v in list: condition), all(...)
struct quantifier_any : either<TAO_PEGTL_KEYWORD("any"), TAO_PEGTL_KEYWORD("ada")> {};
struct quantifier_all : either<TAO_PEGTL_KEYWORD("all"), TAO_PEGTL_KEYWORD("semua")> {};
struct quantifier_variable : identifier {};
struct quantifier_in : kw_in {};
struct quantifier_list : reference {};
struct quantifier_colon : colon {};
struct quantifier : pg::seq<pg::sor<quantifier_any, quantifier_all>, sp, pg::one<'('>, sp, pg::must<quantifier_variable>,
                            sp, pg::must<quantifier_in>, sp, pg::must<quantifier_list>, sp,
                            pg::must<quantifier_colon>, sp, pg::must<expression>, sp, pg::must<close_paren>> {};

// Words that start a clause: never the fact tested by `known` / `unknown`, so
// that `actor.status == unknown` at the end of a clause stays a value.
struct clause_keyword : pg::sor<kw_when, kw_element, kw_unless, kw_subject, kw_note, kw_reasoning, kw_cites, kw_sanction, kw_refer,
                                kw_overrides, kw_per, kw_raise, kw_from, kw_outside, kw_by, kw_basis, kw_dated, kw_to,
                                kw_text, kw_citation, kw_in_force, kw_repealed, kw_provision, kw_source, kw_group,
                                kw_time_limit, kw_due, kw_kind, kw_as, kw_deadline> {};

// known x / unknown x; `unknown` alone is the enum value.
struct known_kw : either<TAO_PEGTL_KEYWORD("known"), TAO_PEGTL_KEYWORD("diketahui")> {};
struct unknown_kw : either<TAO_PEGTL_KEYWORD("unknown"), TAO_PEGTL_KEYWORD("tidak_diketahui")> {};
// given x: true when the report says it, unknown (never false) when it does not.
struct given_kw : either<TAO_PEGTL_KEYWORD("given"), TAO_PEGTL_KEYWORD("disebutkan")> {};
struct known_test : pg::seq<pg::sor<known_kw, unknown_kw, given_kw>, sp, pg::not_at<clause_keyword>, operand> {};

struct operand : pg::sor<parens, quantifier, known_test, literal, reference> {};

// Date arithmetic: `report.known_on + 7 hari_kerja`, `act.date - 2 days`.
// The unit is `days` (hari) or the id of a `workdays` calendar.
struct offset_sign : pg::one<'+', '-'> {};
struct offset_count : pg::seq<pg::plus<pg::digit>, pg::not_at<ident_char>> {};
struct offset_unit : identifier {};
struct offset : pg::seq<offset_sign, sp, pg::must<offset_count>, sp, pg::must<offset_unit>> {};
struct offset_operand : pg::seq<operand, pg::opt<sp, offset>> {};

// The right-hand sides of the relations.
struct compare_op : pg::sor<pg::string<'=', '='>, pg::string<'!', '='>, pg::string<'<', '='>,
                            pg::string<'>', '='>, pg::one<'<'>, pg::one<'>'>> {};
struct compared_value : pg::seq<offset_operand> {};
struct member_of : pg::sor<set_lit, range_lit, operand> {};
struct contained_value : pg::sor<set_lit, operand> {};

struct comparison : pg::seq<compare_op, sp, pg::must<compared_value>> {};
struct not_in_test : pg::seq<kw_not, sp, kw_in, sp, pg::must<member_of>> {};
struct in_test : pg::seq<kw_in, sp, pg::must<member_of>> {};
struct contains_test : pg::seq<kw_contains, sp, pg::must<contained_value>> {};
struct relation_tail : pg::sor<comparison, not_in_test, in_test, contains_test> {};
struct relation : pg::seq<offset_operand, pg::opt<sp, relation_tail>> {};

// Precedence, loosest first: or, and, not, relation.
struct negation;
struct unary : pg::sor<negation, relation> {};
struct negated : unary {};
struct negation : pg::seq<kw_not, sp, pg::must<negated>> {};
struct conjunct : unary {};
struct conjunction : pg::seq<unary, pg::star<sp, kw_and, sp, pg::must<conjunct>>> {};
struct disjunct : conjunction {};
struct expression : pg::seq<conjunction, pg::star<sp, kw_or, sp, pg::must<disjunct>>> {};

// A condition alone, as YAML files carry them.
struct end_of_condition : pg::eof {};
struct condition_text : pg::seq<sp, pg::must<expression>, sp, pg::must<end_of_condition>> {};

// ------------------------------------------------------------------ shared clauses

struct title : text_value {};       // the optional "..." after an id
struct note_text : text_value {};
struct note_clause : pg::seq<kw_note, sp, pg::must<note_text>> {};
// reasoning "…" [for pilkada-2024, …]: words for documents, for some elections.
struct reasoning_text : text_value {};
struct election_ref : dashed_id {};
struct election_refs : comma_list<election_ref> {};
struct reasoning_for : pg::seq<kw_for, sp, pg::must<election_refs>> {};
struct reasoning_clause : pg::seq<kw_reasoning, sp, pg::must<reasoning_text>, pg::opt<sp, reasoning_for>> {};
struct basis_clause : pg::seq<kw_basis, sp, pg::must<provision_refs>> {};
struct body_close : pg::one<'}'> {};

// ------------------------------------------------------------------ regulations

struct regulation_id : dashed_id {};
struct regulation_title : text_value {};
struct replaced_by : dashed_id {};
struct provision_path : slashed_id {};

struct in_force_clause : pg::seq<kw_in_force, sp, pg::must<date_lit>> {};
struct repealed_clause : pg::seq<kw_repealed, sp, pg::must<date_lit>, pg::opt<sp, kw_by, sp, pg::must<replaced_by>>> {};
struct source_text : text_value {};
struct source_clause : pg::seq<kw_source, sp, pg::must<source_text>> {};
struct provision_text : text_value {};
struct text_clause : pg::seq<kw_text, sp, pg::must<provision_text>> {};
struct citation_text : text_value {};
struct citation_clause : pg::seq<kw_citation, sp, pg::must<citation_text>> {};

// Whom a provision (or every provision of a regulation) speaks of.
struct subject_of : pg::seq<kw_subject, sp, pg::must<expression>> {};

struct provision_clause : pg::sor<text_clause, citation_clause, in_force_clause, repealed_clause, note_clause,
                                  reasoning_clause, subject_of> {};
struct provision_open : open_brace {};
struct provision_close : body_close {};
struct provision : pg::seq<kw_provision, sp, pg::must<provision_path>, sp, pg::must<provision_open>, sp,
                           pg::star<provision_clause, sp>, pg::must<provision_close>> {};

struct regulation_clause : pg::sor<provision, in_force_clause, repealed_clause, source_clause, note_clause,
                                   reasoning_clause, subject_of> {};
struct regulation_open : open_brace {};
struct regulation_close : body_close {};
// Without a title, the block extends a regulation declared in another file
// (a shared one, rules/bersama): it adds the pack's notes and reasoning.
struct regulation : pg::seq<kw_regulation, sp, pg::must<regulation_id>, sp, pg::opt<regulation_title, sp>,
                            pg::must<regulation_open>, sp, pg::star<regulation_clause, sp>,
                            pg::must<regulation_close>> {};

// ------------------------------------------------------------------ facts

struct field;
struct field_name : identifier {};
struct field_colon : colon {};

// An option keyword followed by `:` is a field with that name, not an option.
struct required_option : pg::seq<kw_required, pg::not_at<sp, colon>> {};
struct question_text : text_value {};
struct question_option : pg::seq<kw_question, pg::not_at<sp, colon>, sp, pg::must<question_text>> {};
// shorthand name: a text in place of the object fills its field `name`.
struct shorthand_field : identifier {};
struct shorthand_option : pg::seq<kw_shorthand, pg::not_at<sp, colon>, sp, pg::must<shorthand_field>> {};
struct field_option : pg::sor<required_option, question_option, shorthand_option> {};

struct enum_value : identifier {};
struct enum_values : pg::seq<open_brace, sp, pg::must<enum_value>, pg::star<sp, comma, sp, pg::must<enum_value>>,
                             sp, pg::must<set_close>> {};
struct fields_open : open_brace {};
struct fields_close : body_close {};
struct fields : pg::seq<fields_open, sp, pg::star<field, sp>, pg::must<fields_close>> {};

struct type_bool : TAO_PEGTL_KEYWORD("bool") {};
struct type_integer : TAO_PEGTL_KEYWORD("integer") {};
struct type_string : TAO_PEGTL_KEYWORD("string") {};
struct type_date : TAO_PEGTL_KEYWORD("date") {};
struct type_enum : pg::seq<TAO_PEGTL_KEYWORD("enum"), sp, pg::must<enum_values>> {};
// Options may come between `object` and its fields: `actor: object required {`.
struct object_fields : fields {};
struct type_object : pg::seq<kw_object, pg::star<sp, field_option>, sp, pg::must<object_fields>> {};
struct list_item_type : pg::sor<type_enum, type_object, type_string> {};
struct list_of : kw_of {};
struct type_list : pg::seq<kw_list, sp, pg::must<list_of>, sp, pg::must<list_item_type>> {};
struct field_type : pg::sor<type_list, type_object, type_enum, type_bool, type_integer, type_string, type_date> {};

struct field : pg::seq<field_name, sp, pg::must<field_colon>, sp, pg::must<field_type>, pg::star<sp, field_option>> {};

struct facts_open : open_brace {};
struct facts_close : body_close {};
struct facts : pg::seq<kw_facts, sp, pg::must<facts_open>, sp, pg::star<field, sp>, pg::must<facts_close>> {};

// ------------------------------------------------------------------ elections

struct stage_registration : either<TAO_PEGTL_KEYWORD("registration"), TAO_PEGTL_KEYWORD("pendaftaran")> {};
struct stage_candidate_determination
    : either<TAO_PEGTL_KEYWORD("candidate_determination"), TAO_PEGTL_KEYWORD("penetapan_calon")> {};
struct stage_campaign : either<TAO_PEGTL_KEYWORD("campaign"), TAO_PEGTL_KEYWORD("kampanye")> {};
struct stage_quiet_period : either<TAO_PEGTL_KEYWORD("quiet_period"), TAO_PEGTL_KEYWORD("masa_tenang")> {};
struct stage_voting_day : either<TAO_PEGTL_KEYWORD("voting_day"), TAO_PEGTL_KEYWORD("pemungutan_suara")> {};
struct stage_name : pg::sor<stage_registration, stage_candidate_determination, stage_campaign, stage_quiet_period,
                            stage_voting_day> {};
struct stage_end : date_lit {};
struct stage : pg::seq<stage_name, sp, pg::must<date_lit>, pg::opt<sp, two_dots, sp, pg::must<stage_end>>> {};

struct election_id : dashed_id {};
struct election_open : open_brace {};
struct election_close : body_close {};
struct election : pg::seq<kw_election, sp, pg::must<election_id>, pg::opt<sp, title>, sp, pg::must<election_open>,
                          sp, pg::star<stage, sp>, pg::must<election_close>> {};

// ------------------------------------------------------------------ working days

struct workdays_id : identifier {};
struct weekday_name : identifier {};
struct weekday_names : comma_list<weekday_name> {};
struct weekend_clause : pg::seq<kw_weekend, sp, pg::must<weekday_names>> {};
struct holiday_end : date_lit {};
struct holiday_name : text_value {};
struct holiday_clause : pg::seq<kw_holiday, sp, pg::must<date_lit>, pg::opt<sp, two_dots, sp, pg::must<holiday_end>>,
                                pg::opt<sp, holiday_name>> {};
struct workdays_clause : pg::sor<weekend_clause, holiday_clause> {};
struct workdays_open : open_brace {};
struct workdays_close : body_close {};
struct workdays : pg::seq<kw_workdays, sp, pg::must<workdays_id>, pg::opt<sp, title>, sp, pg::must<workdays_open>, sp,
                          pg::star<workdays_clause, sp>, pg::must<workdays_close>> {};

// ------------------------------------------------------------------ levels

struct level_name : identifier {};
struct measure : text_value {};
struct measures : comma_list<measure> {};
struct measures_clause : pg::seq<kw_measures, sp, pg::must<measures>> {};
// when COND { measures … basis … }: the level for some reports only.
struct variant_open : open_brace {};
struct variant_close : body_close {};
struct variant_clause : pg::sor<measures_clause, basis_clause> {};
struct level_variant : pg::seq<kw_when, sp, pg::must<expression>, sp, pg::must<variant_open>, sp,
                               pg::star<variant_clause, sp>, pg::must<variant_close>> {};
struct level_clause : pg::sor<measures_clause, basis_clause, level_variant> {};
struct level_close : body_close {};
struct level_body : pg::seq<open_brace, sp, pg::star<level_clause, sp>, pg::must<level_close>> {};
struct level : pg::seq<level_name, pg::opt<sp, title>, pg::opt<sp, level_body>> {};

struct levels_open : open_brace {};
struct levels_close : body_close {};
struct levels : pg::seq<kw_levels, sp, pg::must<levels_open>, sp, pg::star<level, sp>, pg::must<levels_close>> {};

// ------------------------------------------------------------------ aggregation

struct heaviest : kw_heaviest {};
struct concurrent_clause : pg::seq<kw_concurrent, sp, pg::must<heaviest>, pg::star<sp, pg::sor<basis_clause, note_clause, reasoning_clause>>> {};

struct repeat_title : text_value {};
struct repeat_when : kw_when {};
struct repeat_raise : kw_raise {};
struct repeat_steps : integer_lit {};
struct within_kw : either<TAO_PEGTL_KEYWORD("within"), TAO_PEGTL_KEYWORD("dalam")> {};
struct ladder : pg::seq<open_brace, sp, pg::must<level_ref>, pg::star<sp, comma, sp, pg::must<level_ref>>, sp,
                        pg::must<set_close>> {};
struct repeat_clause : pg::seq<kw_repeat, sp, pg::must<repeat_title>, sp, pg::must<repeat_when>, sp,
                               pg::must<expression>, sp, pg::must<repeat_raise>, sp, pg::must<repeat_steps>, sp,
                               pg::must<within_kw>, sp, pg::must<ladder>,
                               pg::star<sp, pg::sor<basis_clause, note_clause, reasoning_clause>>> {};

struct aggregation_clause : pg::sor<concurrent_clause, repeat_clause> {};
struct aggregation_open : open_brace {};
struct aggregation_close : body_close {};
struct aggregation : pg::seq<kw_aggregation, sp, pg::must<aggregation_open>, sp, pg::star<aggregation_clause, sp>,
                             pg::must<aggregation_close>> {};

// ------------------------------------------------------------------ scope

struct outside_note : text_value {};
struct scope_subject : pg::seq<kw_subject, sp, pg::must<expression>> {};
struct scope_from : pg::seq<kw_from, sp, pg::must<date_lit>, pg::opt<sp, title>> {};
struct scope_outside : pg::seq<kw_outside, sp, pg::must<expression>, sp, pg::must<outside_note>> {};
struct scope_clause : pg::sor<scope_subject, scope_from, scope_outside> {};
struct scope_open : open_brace {};
struct scope_close : body_close {};
struct scope : pg::seq<kw_scope, sp, pg::must<scope_open>, sp, pg::star<scope_clause, sp>, pg::must<scope_close>> {};

// ------------------------------------------------------------------ definitions

struct define_name : identifier {};
struct define_equals : pg::one<'='> {};
struct define : pg::seq<kw_define, sp, pg::must<define_name>, pg::opt<sp, title>, sp, pg::must<define_equals>, sp,
                        pg::must<expression>> {};

// ------------------------------------------------------------------ rules

struct per_act : either<TAO_PEGTL_KEYWORD("act"), TAO_PEGTL_KEYWORD("perbuatan")> {};
struct per_report : either<TAO_PEGTL_KEYWORD("report"), TAO_PEGTL_KEYWORD("laporan")> {};
struct per_unit : pg::sor<per_act, per_report> {};
struct per_clause : pg::seq<kw_per, sp, pg::must<per_unit>> {};

struct element_name : text_value {};
struct element_colon : colon {};
struct subject_clause : pg::seq<kw_subject, sp, pg::must<element_name>, sp, pg::must<element_colon>, sp,
                                pg::must<expression>> {};
struct when_clause : pg::seq<kw_when, sp, pg::must<expression>> {};
struct element_clause : pg::seq<kw_element, sp, pg::must<element_name>, sp, pg::must<element_colon>, sp,
                                pg::must<expression>> {};
struct unless_clause : pg::seq<kw_unless, sp, pg::opt<element_name, sp, pg::must<element_colon>, sp>,
                               pg::must<expression>> {};
struct overrides_clause : pg::seq<kw_overrides, sp, pg::must<rule_refs>> {};
struct cites_clause : pg::seq<kw_cites, sp, pg::must<provision_refs>> {};
struct sanction_basis : pg::seq<kw_by, sp, pg::must<provision_refs>> {};
struct sanction_clause : pg::seq<kw_sanction, sp, pg::must<level_ref>, pg::opt<sp, sanction_basis>> {};
struct refer_to : identifier {};
struct refer_reason : text_value {};
struct kind_ref : identifier {};
struct refer_kind : pg::seq<kw_as, sp, pg::must<kind_ref>> {};
struct refer_when : pg::seq<kw_when, sp, pg::must<expression>> {};
struct refer_deadline_text : text_value {};
struct refer_deadline : pg::seq<kw_deadline, sp, pg::must<refer_deadline_text>> {};
// refer gakkumdu "reason" as pidana_pemilihan by … when … deadline "…"
struct refer_clause : pg::seq<kw_refer, sp, pg::must<refer_to>, pg::opt<sp, refer_reason>, pg::opt<sp, refer_kind>,
                              pg::opt<sp, sanction_basis>, pg::opt<sp, refer_when>, pg::opt<sp, refer_deadline>> {};
struct kind_clause : pg::seq<kw_kind, sp, pg::must<kind_ref>> {};

struct rule_clause : pg::sor<per_clause, subject_clause, when_clause, element_clause, unless_clause,
                             overrides_clause, cites_clause, sanction_clause, refer_clause, kind_clause, note_clause,
                             reasoning_clause> {};
struct rule_id : dotted_id {};
struct rule_open : open_brace {};
struct rule_close : body_close {};
struct rule : pg::seq<kw_rule, sp, pg::must<rule_id>, pg::opt<sp, title>, sp, pg::must<rule_open>, sp,
                      pg::star<rule_clause, sp>, pg::must<rule_close>> {};

// ------------------------------------------------------------------ kinds of violation

struct kind_name : identifier {};
struct kind_default : kw_default {};
struct kind_entry : pg::seq<kind_name, pg::opt<sp, title>, pg::opt<sp, kind_default>> {};
struct kinds_open : open_brace {};
struct kinds_close : body_close {};
struct kinds : pg::seq<kw_kinds, sp, pg::must<kinds_open>, sp, pg::star<kind_entry, sp>, pg::must<kinds_close>> {};

// ------------------------------------------------------------------ admissibility and deadlines

// 7 hari_kerja [or 7 days] after report.known_on [by report.reported_on]
struct span_count : pg::seq<pg::plus<pg::digit>, pg::not_at<ident_char>> {};
struct span_unit : identifier {};
struct day_span : pg::seq<span_count, sp, pg::must<span_unit>> {};
struct span_alternative : pg::seq<kw_or, sp, pg::must<day_span>> {};
struct after_kw : kw_after {};
struct deadline_start : reference {};
struct deadline_end : reference {};
struct deadline_by : pg::seq<kw_by, sp, pg::must<deadline_end>> {};
struct deadline_spec : pg::seq<day_span, pg::star<sp, span_alternative>, sp, pg::must<after_kw>, sp,
                               pg::must<deadline_start>, pg::opt<sp, deadline_by>> {};
struct deadline_spec_required : deadline_spec {};
// A time limit alone, as YAML rule files carry them.
struct deadline_text : pg::seq<sp, pg::must<deadline_spec_required>, sp, pg::must<end_of_condition>> {};

struct group_ref : identifier {};
struct requirement_group : pg::seq<kw_group, sp, pg::must<group_ref>> {};
struct requirement_when : pg::seq<kw_when, sp, pg::must<expression>> {};
struct requirement_time_limit : pg::seq<kw_time_limit, sp, pg::must<deadline_spec_required>> {};
struct requirement_clause : pg::sor<requirement_group, requirement_when, element_clause, requirement_time_limit,
                                    cites_clause, note_clause, reasoning_clause> {};
struct requirement_id : dotted_id {};
struct requirement_open : open_brace {};
struct requirement_close : body_close {};
struct requirement : pg::seq<kw_requirement, sp, pg::must<requirement_id>, pg::opt<sp, title>, sp,
                             pg::must<requirement_open>, sp, pg::star<requirement_clause, sp>,
                             pg::must<requirement_close>> {};

struct group_id : identifier {};
struct admissibility_group : pg::seq<kw_group, sp, pg::must<group_id>, sp, pg::must<title>> {};
struct outcome_name : identifier {};
struct outcome_text : text_value {};
struct admissibility_outcome : pg::seq<kw_outcome, sp, pg::must<outcome_name>, sp, pg::must<outcome_text>> {};
struct admissibility_clause : pg::sor<admissibility_group, admissibility_outcome> {};
struct admissibility_open : open_brace {};
struct admissibility_close : body_close {};
struct admissibility : pg::seq<kw_admissibility, sp, pg::must<admissibility_open>, sp,
                               pg::star<admissibility_clause, sp>, pg::must<admissibility_close>> {};

struct deadline_when : pg::seq<kw_when, sp, pg::must<expression>> {};
struct deadline_due : pg::seq<kw_due, sp, pg::must<deadline_spec_required>> {};
struct deadline_clause : pg::sor<deadline_when, deadline_due, cites_clause, note_clause, reasoning_clause> {};
struct deadline_id : dotted_id {};
struct deadline_open : open_brace {};
struct deadline_close : body_close {};
struct deadline : pg::seq<kw_deadline, sp, pg::must<deadline_id>, pg::opt<sp, title>, sp, pg::must<deadline_open>, sp,
                          pg::star<deadline_clause, sp>, pg::must<deadline_close>> {};

// ------------------------------------------------------------------ recommendations

struct recommend_id : dotted_id {};
struct recipient_id : identifier {};
struct recipient_title : text_value {};
struct recipient_from : pg::seq<kw_from, sp, pg::must<date_lit>> {};
struct recipient_until : pg::seq<kw_until, sp, pg::must<date_lit>> {};
struct recipient_open : open_brace {};
struct recipient_close : body_close {};
struct recipient_body : pg::seq<recipient_open, sp, pg::star<pg::sor<note_clause, reasoning_clause>, sp>,
                              pg::must<recipient_close>> {};
struct recipient_part : pg::sor<recipient_from, recipient_until, sanction_basis> {};
// to bkn "Badan Kepegawaian Negara" from 2024-08-24 [until …] [by …] [{ note "…"  reasoning "…" }]
struct recipient : pg::seq<kw_to, sp, pg::must<recipient_id>, pg::opt<sp, recipient_title>,
                           pg::star<sp, recipient_part>, pg::opt<sp, recipient_body>> {};
struct dated_fact : reference {};
struct dated_facts : comma_list<dated_fact> {};
struct dated_clause : pg::seq<kw_dated, sp, pg::must<dated_facts>> {};
struct recommend_when : pg::seq<kw_when, sp, pg::must<expression>> {};
struct recommend_text : text_value {};
struct recommend_text_clause : pg::seq<kw_text, sp, pg::must<recommend_text>> {};
struct recommend_clause : pg::sor<recommend_when, dated_clause, recipient, recommend_text_clause, cites_clause,
                                  note_clause, reasoning_clause> {};
struct recommend_open : open_brace {};
struct recommend_close : body_close {};
struct recommendation : pg::seq<kw_recommend, sp, pg::must<recommend_id>, pg::opt<sp, title>, sp,
                                pg::must<recommend_open>, sp, pg::star<recommend_clause, sp>,
                                pg::must<recommend_close>> {};

// ------------------------------------------------------------------ examples

struct report_text : text_value {};
struct report_clause : pg::seq<kw_report, sp, pg::must<report_text>> {};

struct none_marker : kw_none {};
// acts[0].stance, actor.status
struct index : pg::seq<pg::one<'['>, pg::plus<pg::digit>, pg::one<']'>> {};
struct fact_path : pg::seq<identifier, pg::star<index>, pg::star<pg::one<'.'>, identifier, pg::star<index>>> {};
struct status_value : identifier {};

struct expected_status : pg::seq<kw_status, sp, pg::must<status_value>> {};
struct expected_level : pg::seq<kw_level, sp, pg::must<level_ref>> {};
struct expected_rules_list : pg::sor<none_marker, rule_refs> {};
struct expected_rules : pg::seq<kw_rules, sp, pg::must<expected_rules_list>> {};
struct expected_cites_list : pg::sor<none_marker, provision_refs> {};
struct expected_cites : pg::seq<kw_cites, sp, pg::must<expected_cites_list>> {};
struct expected_missing_list : pg::sor<none_marker, comma_list<fact_path>> {};
struct expected_missing : pg::seq<kw_missing, sp, pg::must<expected_missing_list>> {};
struct expected_basis_list : pg::sor<none_marker, provision_refs> {};
struct expected_basis : pg::seq<kw_basis, sp, pg::must<expected_basis_list>> {};
struct recipient_ref : identifier {};
struct expected_recipients : pg::sor<none_marker, comma_list<recipient_ref>> {};
struct expected_referrals : pg::seq<kw_refer, sp, pg::must<expected_recipients>> {};
struct expected_recommendations : pg::seq<kw_recommend, sp, pg::must<expected_recipients>> {};
struct expected_overridden_list : pg::sor<none_marker, rule_refs> {};
struct expected_overridden : pg::seq<kw_overridden, sp, pg::must<expected_overridden_list>> {};
struct expected_excepted_list : pg::sor<none_marker, rule_refs> {};
struct expected_excepted : pg::seq<kw_excepted, sp, pg::must<expected_excepted_list>> {};
struct element_status_value : identifier {};
struct expected_act : pg::seq<kw_act, sp, pg::must<integer_lit>> {};
// expect element RULE "name" met [act 0]
struct expected_element : pg::seq<kw_element, sp, pg::must<rule_ref>, sp, pg::must<element_name>, sp,
                                  pg::must<element_status_value>, pg::opt<sp, expected_act>> {};
struct expected_admissibility : pg::seq<kw_admissibility, sp, pg::must<outcome_name>> {};
struct expected_requirement : pg::seq<kw_requirement, sp, pg::must<requirement_id>, sp, pg::must<element_status_value>> {};
struct expected_day : pg::sor<none_marker, date_lit> {};
struct expected_deadline : pg::seq<kw_deadline, sp, pg::must<deadline_id>, sp, pg::must<expected_day>> {};
struct expected_kinds : pg::sor<none_marker, comma_list<kind_ref>> {};
struct expected_classification : pg::seq<kw_kind, sp, pg::must<expected_kinds>> {};
struct expectation : pg::sor<expected_status, expected_level, expected_rules, expected_cites, expected_missing,
                             expected_admissibility, expected_requirement, expected_deadline, expected_classification,
                             expected_basis, expected_referrals, expected_recommendations, expected_overridden, expected_excepted,
                             expected_element> {};
struct expect_clause : pg::seq<kw_expect, sp, pg::must<expectation>> {};

struct example_clause : pg::sor<report_clause, expect_clause> {};
// camat-mobil-dinas, ex.1
struct example_id : pg::seq<ident_first, pg::star<pg::sor<ident_char, pg::one<'-', '.'>>>> {};
struct example_open : open_brace {};
struct example_close : body_close {};
struct example : pg::seq<kw_example, sp, pg::must<example_id>, pg::opt<sp, title>, sp, pg::must<example_open>, sp,
                         pg::star<example_clause, sp>, pg::must<example_close>> {};

// ------------------------------------------------------------------ a file

struct declaration : pg::sor<regulation, facts, election, workdays, levels, aggregation, scope, define, rule,
                             recommendation, kinds, admissibility, requirement, deadline, example> {};

// One declaration, the unit of error recovery (the parser skips to the next
// declaration after an error), and the whole file, for analysis.
struct next_declaration : pg::must<declaration> {};
struct end_of_file : pg::eof {};
struct file : pg::seq<sp, pg::star<declaration, sp>, pg::must<end_of_file>> {};

}  // namespace netral::grammar

// What pegtl::analyze (the grammar test) needs to know of whole<R>: it
// matches as R does.
template <typename Name, typename R>
struct tao::pegtl::analyze_traits<Name, netral::grammar::whole<R>> : analyze_seq_traits<R> {};
