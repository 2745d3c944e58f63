// Rendering verdicts for people and for programs.
#pragma once

#include <memory>
#include <string>

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

// One CSV row per report (with a line end), and the header row that names
// its columns: id, status, level, rules violated, provisions cited, missing
// facts, referrals, recommendations (their recipients), diagnostics
// ("file:line:column CODE message"). Lists inside a
// cell are separated by `|`; a cell that would start a formula gets a `'`.
std::string render_csv_header();
std::string render_csv_row(const Verdict& verdict);

// The pack's own texts, which verdicts refer to by id (provisions, rules and
// their elements, requirements, deadlines, kinds, levels, recommendations),
// and its fact vocabulary, as one JSON object (`netral pack`).
std::string render_pack_json(const Pack& pack, bool pretty);

// A verdict for a person at a terminal, in Indonesian; `color` adds ANSI colours.
std::string render_text(const Verdict& verdict, bool color);

}  // namespace netral
