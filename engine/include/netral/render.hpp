// Rendering verdicts for people and for programs.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "netral/verdict.hpp"

namespace netral {

// verdict-format v1 as one line of JSON (no trailing newline).
std::string render_json(const Verdict& verdict);

// The same, indented for reading.
std::string render_json_pretty(const Verdict& verdict);

// One line without the texts the pack holds (provision texts, rule titles,
// measures, sanction notes, questions) and without element detail, for very large runs:
// each finding has its rule, act, status, provision ids and sanction level.
std::string render_json_compact(const Verdict& verdict);

// Appends one line of JSON Lines (render_json or, with `compact`,
// render_json_compact, and a newline) to `out`: the batch path, which fills
// one buffer per batch instead of a string per verdict.
void append_json_line(std::string& out, const Verdict& verdict, bool compact);

// The same lines, faster, for verdicts of one pack: what every verdict shares
// with the pack (rule ids and titles, the cited provisions and their texts,
// the pack's identity) is encoded once, here, instead of for every verdict.
// Thread-safe; must not outlive `pack`. A verdict of another pack is
// rendered by append_json_line.
class Pack;
class JsonLineRenderer {
public:
    JsonLineRenderer(const Pack& pack, bool compact);
    void append(std::string& out, const Verdict& verdict) const;

private:
    struct Fragments;
    void append_finding(std::string& out, const Finding& finding) const;
    void append_sanction(std::string& out, const Verdict& verdict) const;
    void append_recommendation(std::string& out, const RecommendationResult& recommendation) const;
    std::shared_ptr<const Fragments> fragments_;
};

// CSV: one row per report (with a line end), and the header row that names
// its columns: id; the terlapor's name, position and agency; status, level,
// rules violated, provisions cited, missing facts, referrals,
// recommendations (their recipients), classification, admissibility and
// diagnostics ("file:line:column CODE message"). Lists inside a cell are
// separated by `|`; a cell holding the separator, a quote or a line end is
// quoted; a cell that would start a formula gets a `'`.
enum class CsvLabels {
    code,  // machine codes, as the verdict format: violation, berat, incomplete, lainnya
    id,    // Indonesian words: "pelanggaran", the pack's level and kind titles, "belum lengkap"
};
struct CsvOptions {
    char separator = ',';  // ',', ';' or '\t'
    CsvLabels labels = CsvLabels::code;
};
std::string render_csv_header(const CsvOptions& options = {});
std::string render_csv_row(const Verdict& verdict, const CsvOptions& options = {});
// The same row appended to `out`: the batch path, one buffer per batch.
void append_csv_row(std::string& out, const Verdict& verdict, const CsvOptions& options = {});

// The separator of CSV output written for an input with `input_separator`
// (0 when the input is not CSV, or its header was not seen): `requested`
// when not 0 (--csv-separator), else the input's, else ','.
char csv_output_separator(char requested, char input_separator);

// The separator --csv-separator names: ",", ";", "tab", "\t" (a backslash
// and a t, as typed) or a tab character; 0 for anything else.
char csv_separator_from_name(std::string_view name);

// The pack's own texts, which verdicts refer to by id (provisions, rules and
// their elements, requirements, deadlines, kinds, levels, recommendations),
// and its fact vocabulary, as one JSON object (`netral pack`).
std::string render_pack_json(const Pack& pack, bool pretty);

// Names of referral recipients by id ("gakkumdu" → "Sentra Penegakan Hukum
// Terpadu (Sentra Gakkumdu)"): the pack's wording, `referral_recipient_names`
// in review.hpp.
using RecipientNames = std::map<std::string, std::string, std::less<>>;

// A verdict for a person at a terminal, in Indonesian; `color` adds ANSI
// colours. It leads with what a case handler acts on: status, the provisions
// violated, the sanction, the kind of violation, recommendations and
// referrals, the questions for klarifikasi, then whether the report can be
// registered and the deadlines; the rules that did not apply are counted in
// one line. `explain` adds the whole analysis: every finding with its
// provisions' texts, its elements and the facts they read.
struct TextOptions {
    bool color = false;
    bool explain = false;
    // Without names, or for an id they lack, a referral names its id.
    const RecipientNames* recipients = nullptr;
};
std::string render_text(const Verdict& verdict, const TextOptions& options);
std::string render_text(const Verdict& verdict, bool color);  // without the analysis

}  // namespace netral
