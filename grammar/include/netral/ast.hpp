// The syntax tree of a rule pack. The DSL parser (grammar/src/dsl_*) and the
// YAML reader (grammar/src/yaml_*) both produce it, with a source Location on
// every node; the checker and compiler (engine/) consume it. Nothing here
// knows about PEGTL or yaml-cpp.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "netral/date.hpp"
#include "netral/diagnostic.hpp"

namespace netral::ast {

// ---------------------------------------------------------------- expressions

enum class ExprKind {
    boolean,     // true / false (benar / salah)            -> boolean
    integer,     // 42                                        -> integer
    string,      // "text"                                    -> text
    date,        // 2024-09-22                                -> date
    name,        // bare identifier: an enum value or a `define` -> text
    path,        // actor.status, act.type, a.stance          -> segments
    set,         // {a, b, c}                                 -> children
    range,       // 2024-01-01 .. 2024-02-01                  -> children[0..1]
    not_,        // not x (bukan x)                           -> children[0]
    and_,        // x and y and z (dan)                       -> children
    or_,         // x or y (atau)                             -> children
    compare,     // x <op> y                                  -> op, children[0..1]
    in,          // x in {..} / x in d1..d2 (dalam)           -> children[0..1]
    not_in,      // x not in {..} (bukan dalam)               -> children[0..1]
    contains,    // x contains y / x contains {..} (memuat)   -> children[0..1]
    known,       // known x (diketahui x)                     -> children[0]
    unknown,     // unknown x (tidak_diketahui x)             -> children[0]
    given,       // given x (disebutkan x): true, or unknown   -> children[0]
    quantifier,  // any(v in path: e) / all(v in path: e)     -> all_, variable, children[0]=path, [1]=body
    offset,      // x + 7 hari_kerja, x - 2 days               -> children[0], integer (signed), text = unit
};

enum class CompareOp { eq, ne, lt, le, gt, ge };

struct Expr {
    ExprKind kind = ExprKind::boolean;
    Location location;
    bool boolean = false;                // boolean
    std::int64_t integer = 0;            // integer
    Date date;                           // date
    std::string text;                    // string, name
    std::vector<std::string> segments;   // path
    CompareOp op = CompareOp::eq;        // compare
    bool all_ = false;                   // quantifier: all (semua) rather than any (ada)
    std::string variable;                // quantifier
    std::vector<Expr> children;
};

// ---------------------------------------------------------------- references

// An identifier that refers to something declared elsewhere (a provision, a
// rule, a level), kept with where it was written so errors can point at it.
struct Ref {
    std::string id;
    Location location;
};

// ---------------------------------------------------------------- notes for documents

// `reasoning "text" [for ELECTION, …]` (pertimbangan … untuk …): legal
// reasoning a reader of a document (the kajian) needs, shown only in cases of
// the elections it names, or in every case when it names none. A `note`
// (catatan) is for the pack's authors and never reaches a document.
struct Reasoning {
    std::string text;
    std::vector<Ref> elections;  // election ids; none = every election
    Location location;
};

// ---------------------------------------------------------------- law

struct Provision {
    std::string id;        // full id: "pp-94-2021/pasal-5/huruf-n/angka-1"
    std::string citation;  // explicit human citation; empty = derived from id and regulation
    std::string text;      // the provision's text, quoted in verdicts
    std::optional<Date> in_force;  // empty = the regulation's
    std::optional<Date> repealed;  // empty = the regulation's
    std::optional<Ref> replaced_by;  // `repealed … by` on the provision: another regulation id
    std::string note;              // for the pack's authors, e.g. "nomor pasal belum dikonfirmasi"
    std::vector<Reasoning> reasoning;  // for documents
    // Whom the provision speaks of (`subject actor.status == pppk`): a
    // verdict cites it only when this is not false for the report. Empty =
    // the regulation's, or everyone.
    std::optional<Expr> subject;
    Location location;
};

struct Regulation {
    std::string id;     // "pp-94-2021"
    std::string title;  // "Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin PNS"
    std::optional<Date> in_force;
    std::optional<Date> repealed;
    std::optional<Ref> replaced_by;  // another regulation id
    std::string note;
    std::vector<Reasoning> reasoning;  // for documents, with each of its provisions
    std::string source;  // where the text was taken from
    std::optional<Expr> subject;  // whom its provisions speak of, unless a provision says otherwise
    std::vector<Provision> provisions;
    Location location;
};

// ---------------------------------------------------------------- facts

struct FieldDecl;

struct TypeDecl {
    enum class Kind { boolean, integer, string, date, enumeration, enum_list, string_list, object, object_list };
    Kind kind = Kind::string;
    std::vector<std::string> values;  // enumeration, enum_list
    std::vector<FieldDecl> fields;    // object, object_list
    // object, object_list: the field a text given in place of the object
    // fills (`reporter: "Budi"` is `reporter: {name: "Budi"}`); empty = none.
    std::string shorthand;
    Location location;
};

struct FieldDecl {
    std::string name;
    TypeDecl type;
    bool required = false;
    std::string question;     // how a case handler asks for it when missing
    std::string description;
    Location location;
};

struct Facts {
    std::vector<FieldDecl> fields;  // the top level of an incident report
    Location location;
};

// ---------------------------------------------------------------- calendars

struct Stage {
    // registration, candidate_determination, campaign, quiet_period, voting_day
    // (Indonesian keywords are mapped to these by the parsers).
    std::string name;
    Date from;
    Date to;  // == from for one-day stages
    bool dated = true;  // false when a date of it is not a real date (already reported)
    Location location;
};

struct Election {
    std::string id;  // "pilkada-2024"
    std::string title;
    std::vector<Stage> stages;
    Location location;
};

// ---------------------------------------------------------------- working days

// A span of days off: one day (`to` == `from`) or several, with its name.
struct Holiday {
    Date from;
    Date to;
    bool dated = true;  // false when a date of it is not a real date (already reported)
    std::string name;
    Location location;
};

// A calendar of working days (`workdays hari_kerja { weekend …  holiday … }`),
// the unit of "7 hari kerja" in conditions and deadlines.
struct Workdays {
    std::string id;
    std::string title;
    std::vector<Ref> weekend;  // weekday names: monday … sunday (senin … minggu)
    std::vector<Holiday> holidays;
    Location location;
};

// ---------------------------------------------------------------- sanctions

// Measures and basis of a level for some reports only (`when actor.status ==
// pppk { … }`): the first variant whose condition holds replaces the level's
// own measures and basis (each only when the variant gives it).
struct LevelVariant {
    Expr condition;
    std::optional<std::vector<std::string>> measures;
    std::optional<std::vector<Ref>> basis;
    Location location;
};

struct Level {
    std::string name;   // "berat"
    std::string title;  // "Hukuman disiplin berat"
    std::vector<std::string> measures;
    std::vector<Ref> basis;
    std::vector<LevelVariant> variants;
    Location location;
};

// One step up the ladder when `condition` holds for the report, e.g. a repeat
// of the same kind of violation.
struct Escalation {
    std::string title;  // "Pengulangan pelanggaran sejenis"
    Expr condition;
    int steps = 1;
    std::vector<Ref> ladder;  // levels it moves within; the last is the cap
    std::vector<Ref> basis;
    std::string note;
    std::vector<Reasoning> reasoning;
    Location location;
};

struct Aggregation {
    bool declared = false;
    std::vector<Ref> concurrent_basis;  // "one sanction, the heaviest"
    std::string concurrent_note;
    std::vector<Reasoning> concurrent_reasoning;
    std::vector<Escalation> escalations;
    Location location;
};

// ---------------------------------------------------------------- scope

struct Outside {
    Expr condition;    // e.g. actor.status == non_asn
    std::string text;  // where such a case belongs: the verdict's diagnostic, shown in documents
    Location location;
};

struct Scope {
    bool declared = false;
    std::optional<Expr> subject;  // who the pack covers
    std::optional<Date> from;     // conduct dated earlier is out of scope
    std::string from_title;       // the element name shown for the date test
    std::vector<Outside> outside;
    Location location;
};

// ---------------------------------------------------------------- rules

struct Element {
    std::string name;  // "menggunakan fasilitas negara"
    Expr condition;
    Location location;
};

struct Exception {
    std::string name;  // may be empty
    Expr condition;
    Location location;
};

struct Referral {
    std::string to;      // "gakkumdu", "bkn"
    std::string reason;
    std::optional<Ref> kind;  // the kind of violation it concerns (`kinds`)
    std::vector<Ref> basis;
    std::optional<Expr> condition;
    std::string deadline;     // the handling deadlines of the body referred to, in words
    Location location;
};

struct Rule {
    std::string id;
    std::string title;
    bool per_act = true;                   // per act (per perbuatan) or per report (per laporan)
    std::optional<Element> subject;        // "Setiap PNS": actor.status in {...}
    std::optional<Expr> when;              // the conduct the rule is about; false = rule silent
    std::vector<Element> elements;
    std::vector<Exception> exceptions;     // unless (kecuali)
    std::vector<Ref> overrides;            // rule ids (mengesampingkan)
    std::vector<Ref> cites;                // provision ids (dasar)
    std::optional<Ref> sanction_level;     // level name (sanksi)
    std::vector<Ref> sanction_basis;       // provision ids (oleh)
    std::vector<Referral> referrals;       // rujuk
    std::optional<Ref> kind;               // the kind of violation (jenis); else the pack's default
    std::vector<std::string> notes;        // catatan: for the pack's authors
    std::vector<Reasoning> reasoning;      // pertimbangan: for documents
    Location location;
};

// ---------------------------------------------------------------- kinds of violation

// `kinds { lainnya "pelanggaran peraturan perundang-undangan lainnya" default … }`:
// the classification a finding or a referral names.
struct ViolationKind {
    std::string name;
    std::string title;
    bool is_default = false;  // the kind of a rule that names none
    Location location;
};

// ---------------------------------------------------------------- handling: admissibility and deadlines

// N units after a date fact (`7 hari_kerja after report.known_on`), with
// alternative readings of the unit (`7 days or 7 hari_kerja`): a deadline.
struct DaySpan {
    std::int64_t count = 0;
    std::string unit;  // days / hari, or a workdays calendar's id
    Location location;
};

struct DeadlineSpec {
    std::vector<DaySpan> spans;  // the first is the reading shown; the others must agree
    Expr start;                  // a date fact
    std::optional<Expr> end;     // a requirement's: the date fact that must fall on or before the last day
    Location location;
};

// A requirement a report must meet to be registered (syarat formil or
// materiil, the reporting deadline), about the report as a whole.
struct Requirement {
    std::string id;
    std::string title;
    std::optional<Ref> group;       // an admissibility group (formil, materiil)
    std::optional<Expr> condition;  // when it applies (`when`); none = always
    std::vector<Element> elements;
    std::optional<DeadlineSpec> deadline;
    std::vector<Ref> cites;
    std::vector<std::string> notes;
    std::vector<Reasoning> reasoning;
    Location location;
};

struct AdmissibilityGroup {
    std::string id;
    std::string title;
    Location location;
};

// The pack's words for the groups of requirements and for each outcome:
// registrable, incomplete, inadmissible, late.
struct Admissibility {
    bool declared = false;
    std::vector<AdmissibilityGroup> groups;
    std::vector<std::pair<Ref, std::string>> outcomes;  // outcome name, its text
    Location location;
};

// A deadline of the handling itself (kajian awal, decision), shown in the
// verdict when it applies and its start date is known.
struct HandlingDeadline {
    std::string id;
    std::string title;
    std::optional<Expr> condition;
    DeadlineSpec due;
    std::vector<Ref> cites;
    std::vector<std::string> notes;
    std::vector<Reasoning> reasoning;
    Location location;
};

// ---------------------------------------------------------------- recommendations

// Who receives a recommendation in a span of dates (both ends included; an
// open end is unbounded).
struct Recipient {
    std::string id;     // "bkn"
    std::string title;  // "Badan Kepegawaian Negara (BKN)"
    std::optional<Date> from;
    std::optional<Date> until;
    std::vector<Ref> basis;
    std::string note;
    std::vector<Reasoning> reasoning;
    Location location;
};

// A recommendation the verdict carries when it is a violation: to the body
// in charge on the date of the first of `dated` that the report gives (else
// the date of its latest act).
struct Recommendation {
    std::string id;
    std::string title;
    std::optional<Expr> condition;  // when it is made; none = on every violation
    std::vector<Expr> dated;        // report-level date facts, in order of preference
    std::vector<Recipient> recipients;
    std::string text;               // "{penerima}" is replaced by the recipient's title
    std::vector<Ref> cites;
    std::vector<std::string> notes;
    std::vector<Reasoning> reasoning;
    Location location;
};

struct Define {
    std::string name;
    std::string title;
    Expr expr;
    Location location;
};

// ---------------------------------------------------------------- examples

// `expect element RULE "name" met [act N]`: the element's status in every
// finding of the rule (or in the one for act N, counted from 0).
struct ExpectedElement {
    Ref rule;
    std::string name;
    Ref status;  // met, not_met, unknown (or terpenuhi, tidak_terpenuhi, tidak_diketahui)
    std::optional<int> act;
    Location location;
};

struct Example {
    std::string id;
    std::string title;
    std::string report;         // the incident as YAML text
    Location report_location;   // where that text starts (line and column of its first line)
    // Columns taken from the start of every other line of the text (the
    // indentation a """block""" or a YAML block scalar strips), added back to
    // the positions of problems found in it.
    std::uint32_t report_indent = 0;
    // Where each `expect` line of one kind is written ("status", "rules", …),
    // so a failing expectation is reported there.
    std::vector<std::pair<std::string, Location>> expect_locations;
    std::optional<Ref> status;  // expected verdict status
    std::optional<Ref> level;   // expected sanction level
    std::optional<std::vector<Ref>> rules;     // expected violated rules (exact set)
    std::optional<std::vector<Ref>> cites;     // expected cited provisions (exact set)
    std::optional<std::vector<Ref>> missing;   // expected missing facts (exact list, in order)
    std::optional<std::vector<Ref>> basis;            // expected provisions of the verdict's sanction (exact set)
    std::optional<std::vector<Ref>> referrals;        // expected referral recipients (exact set)
    std::optional<std::vector<Ref>> recommendations;  // expected recommendation recipients (exact set)
    std::optional<std::vector<Ref>> overridden;       // rules found overridden by a more specific one (exact set)
    std::optional<std::vector<Ref>> excepted;         // rules whose exception applied (exact set)
    std::vector<ExpectedElement> elements;
    std::optional<Ref> admissibility;                       // expected outcome (registrable, …)
    std::vector<std::pair<Ref, Ref>> requirements;          // requirement id, its expected status
    std::vector<std::pair<Ref, std::optional<Date>>> deadlines;  // time limit or deadline id, its last day (none: not computable)
    std::optional<std::vector<Ref>> classification;         // expected kinds of violation (exact set)
    Location location;
};

// ---------------------------------------------------------------- a file

// A declaration that could not be read (a syntax error, already reported):
// references to it are not reported again as unknown.
struct Unreadable {
    std::string kind;  // "regulation", "rule", "definition", "facts", "levels", … (English)
    std::string id;    // its id or name; empty when it has none (facts, levels)
    Location location;
};

// Everything declared in one source file. A pack is the union of its files.
struct File {
    std::string path;
    std::vector<Unreadable> unreadable;
    std::vector<Regulation> regulations;
    std::optional<Facts> facts;
    std::vector<Election> elections;
    std::vector<Workdays> calendars;
    std::vector<Level> levels;  // in ascending order of severity
    Aggregation aggregation;
    Scope scope;
    std::vector<Define> defines;
    std::vector<Rule> rules;
    std::vector<Recommendation> recommendations;
    std::vector<ViolationKind> kinds;
    Admissibility admissibility;
    std::vector<Requirement> requirements;
    std::vector<HandlingDeadline> deadlines;
    std::vector<Example> examples;
};

}  // namespace netral::ast
