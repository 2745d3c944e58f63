// Reading incident reports (incident-format v1) against a pack's fact
// vocabulary. A report that cannot be read is kept, with its diagnostics, so
// that it still gets an `invalid` verdict: no record is ever dropped.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "netral/diagnostic.hpp"

namespace netral {

class Pack;
struct Report;  // the facts in slots; defined in engine/src/report

enum class InputFormat { automatic, yaml, json, jsonl, csv };

// The largest record (a JSON line, an element of a JSON array, a YAML
// document, a CSV row) that is read: a larger one is an `invalid` verdict
// (E207) and its bytes are skipped, not kept. Reports are a few kilobytes;
// the limit keeps one runaway record (a missing `}` or `"`, a file that is
// not reports at all) from taking the memory of the whole run.
inline constexpr std::size_t default_max_record_bytes = std::size_t{1} << 20;  // 1 MiB

// "yaml", "json", "jsonl", "csv"; nullopt for anything else.
std::optional<InputFormat> input_format_from_name(std::string_view name);
// From the file extension (.yaml/.yml, .json, .jsonl/.ndjson, .csv); yaml otherwise.
InputFormat input_format_for_path(const std::string& path);

struct ReportInput {
    std::string id;          // the report's id, or "<file>#<n>" when it has none
    std::size_t number = 0;  // 1-based position in its input
    Location location;       // where the record starts
    std::shared_ptr<const Report> report;  // null when invalid
    // When invalid, what could be read of it (the facts in error left out),
    // for documents that say what the reporter must correct; else null.
    std::shared_ptr<const Report> partial;
    Diagnostics diagnostics;               // warnings, and errors when invalid
};

// Spreadsheets on Windows may save "Unicode text" (UTF-16): every record
// would be unreadable, so callers refuse the whole input with this message
// when `start` (the input's first bytes) is UTF-16; nullopt otherwise.
std::optional<std::string> unreadable_encoding(std::string_view start);

// Every record of `text` (one YAML stream, one JSON value, JSON Lines, or CSV
// with a header row of dotted fact paths).
// A syntax error that makes the rest unreadable becomes one invalid record.
// A record larger than `max_record_bytes` is an invalid record (E207).
std::vector<ReportInput> read_reports(std::string_view text, const std::string& path, InputFormat format,
                                      const Pack& pack, std::size_t max_record_bytes = default_max_record_bytes);

// A fact of a report as text, for documents such as case reviews: texts as
// written, dates as YYYY-MM-DD, enum values by name, booleans as true/false,
// lists item by item. `path` is a fact path as verdicts write it
// ("actor.name", "acts[1].evidence"). Empty when the report does not give the
// fact, when it is invalid, or when `path` names no field of the pack.
std::vector<std::string> fact_text(const Pack& pack, const ReportInput& input, std::string_view path);

// How many items the list at `path` ("acts") has; 0 when none.
std::size_t fact_count(const Pack& pack, const ReportInput& input, std::string_view path);

}  // namespace netral
