// Splits an input into records (YAML documents, a JSON array, JSON lines) and
// reads each on its own, so one broken record never hides the others.
#include <algorithm>
#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "report/csv_reader.hpp"
#include "report/json_record_reader.hpp"
#include "report/json_value_scanner.hpp"
#include "report/read_one.hpp"
#include "report/record_reader.hpp"
#include "report/utf8_warning.hpp"
#include "report/yaml_documents.hpp"
#include "netral/utf8.hpp"

namespace netral {

std::optional<InputFormat> input_format_from_name(std::string_view name) {
    if (name == "yaml" || name == "yml") return InputFormat::yaml;
    if (name == "json") return InputFormat::json;
    if (name == "jsonl" || name == "ndjson") return InputFormat::jsonl;
    if (name == "csv") return InputFormat::csv;
    return std::nullopt;
}

InputFormat input_format_for_path(const std::string& path) {
    auto ends_with = [&](std::string_view suffix) {
        return path.size() >= suffix.size() && path.compare(path.size() - suffix.size(), suffix.size(), suffix) == 0;
    };
    if (ends_with(".jsonl") || ends_with(".ndjson")) return InputFormat::jsonl;
    if (ends_with(".json")) return InputFormat::json;
    if (ends_with(".csv")) return InputFormat::csv;
    return InputFormat::yaml;
}

std::optional<std::string> unreadable_encoding(std::string_view start) {
    if (start.substr(0, 2) != "\xFF\xFE" && start.substr(0, 2) != "\xFE\xFF") return std::nullopt;
    return "the input is UTF-16 encoded; save it as UTF-8 (in a spreadsheet: \"CSV UTF-8\")";
}

namespace {

struct Piece {
    std::string_view text;
    std::uint32_t first_line = 0;  // 0-based line of the piece's start in the whole input
};

ReportInput unreadable(const std::string& path, std::size_t number, Location at, std::string message) {
    ReportInput input;
    input.number = number;
    input.id = fmt::format("{}#{}", path, number);
    input.location = at;
    input.diagnostics.push_back({Severity::error, "E200", at, std::move(message), {}});
    return input;
}

Location mark_location(const std::string& path, const YAML::Mark& mark, std::uint32_t line_offset) {
    if (mark.line < 0) return {path, line_offset + 1, 1};
    return {path, static_cast<std::uint32_t>(mark.line) + 1 + line_offset, static_cast<std::uint32_t>(mark.column) + 1};
}

// yaml-cpp's messages are terse ("illegal map value"); say what usually causes them.
std::string syntax_message(const YAML::Exception& error, const char* what) {
    namespace msg = YAML::ErrorMsg;
    static const std::pair<const char*, const char*> hints[] = {
        {msg::MAP_VALUE, "is this line indented differently from the keys beside it, or does a value holding `: ` need quotes?"},
        {msg::END_OF_MAP, "is a line indented wrongly?"},
        {msg::END_OF_SEQ, "is a line indented wrongly?"},
        {msg::END_OF_MAP_FLOW, "is a `}` missing?"},
        {msg::END_OF_SEQ_FLOW, "is a `]` missing?"},
        {msg::TAB_IN_INDENTATION, "YAML indents with spaces, not tabs"},
    };
    for (const auto& [message, hint] : hints)
        if (error.msg == message) return fmt::format("this {} cannot be read: {} ({})", what, error.msg, hint);
    return fmt::format("this {} cannot be read: {}", what, error.msg);
}

bool blank(std::string_view text) {
    for (char c : text)
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n') return false;
    return true;
}

std::uint32_t lines_in(std::string_view text) {
    return static_cast<std::uint32_t>(std::count(text.begin(), text.end(), '\n'));
}

// YAML documents, cut at `---` lines, so a syntax error stays in its
// document. The `---` line stays with its document: `--- {id: A}` is one.
std::vector<Piece> yaml_documents(std::string_view text) {
    std::vector<Piece> pieces;
    std::size_t start = 0, line_start = 0;
    std::uint32_t line = 0, piece_line = 0;
    while (line_start <= text.size()) {
        std::size_t end = text.find('\n', line_start);
        std::string_view current = text.substr(line_start, end == std::string_view::npos ? std::string_view::npos : end - line_start);
        if (yaml_separator(current)) {
            pieces.push_back({text.substr(start, line_start - start), piece_line});
            start = line_start;
            piece_line = line;
        }
        if (end == std::string_view::npos) break;
        line_start = end + 1;
        ++line;
    }
    pieces.push_back({text.substr(start), piece_line});
    std::vector<Piece> documents;
    for (const Piece& piece : pieces)
        if (!yaml_document_is_empty(piece.text)) documents.push_back(piece);
    return documents;
}

std::vector<ReportInput> read_yaml(std::string_view text, const std::string& path, const Pack& pack,
                                   std::size_t max_record_bytes) {
    std::vector<ReportInput> inputs;
    for (const Piece& piece : yaml_documents(text)) {
        std::size_t number = inputs.size() + 1;
        RecordPlace place{piece.first_line, 0, piece.first_line + lines_in(piece.text), false};
        if (piece.text.size() > max_record_bytes)
            inputs.push_back(too_large_record(piece.text.size(), max_record_bytes, place, number, path));
        else
            inputs.push_back(read_record_text(piece.text, InputFormat::yaml, {}, place, number, path, pack));
    }
    return inputs;
}

// An element of a JSON array (or the whole of a JSON file with one object).
ReportInput read_json_value(simdjson::dom::parser& parser, std::string_view text, const RecordPlace& place,
                            std::size_t number, const std::string& path, const Pack& pack,
                            std::shared_ptr<Report> storage = nullptr, bool text_is_padded = false) {
    ReportInput input = read_json_record(parser, text, pack, path, place.first_line, number, std::move(storage),
                                         text_is_padded, place.first_column, "JSON record");
    if (!input.report && !input.diagnostics.empty() && input.diagnostics[0].code == "E200") {
        std::string_view body = text.substr(0, text.find_last_not_of(" \t\r\n") + 1);
        std::uint32_t first = place.first_line + 1, last = first + lines_in(body);
        if (place.cut_short)
            input.diagnostics[0].notes.push_back(fmt::format(
                "this record runs from line {} to line {}, where the next one starts on a line of its own: a `}}` "
                "or `]` is missing in it",
                first, last));
        else if (last > first)
            input.diagnostics[0].notes.push_back(fmt::format(
                "this record runs from line {} to line {}: a `{{` or `[` left open joins the records after it to "
                "this one",
                first, last));
    }
    return input;
}

// A JSON array's elements (or a single object) one by one, so that a broken
// element is one invalid record.
std::vector<ReportInput> read_json(std::string_view text, const std::string& path, const Pack& pack,
                                   std::size_t max_record_bytes) {
    std::vector<ReportInput> inputs;
    simdjson::dom::parser parser;
    JsonValueScanner scanner(max_record_bytes);
    auto read = [&](const JsonValueSpan& value) {
        std::size_t number = inputs.size() + 1;
        RecordPlace place{value.line, value.column, value.last_line, value.cut_short};
        std::size_t size = value.end - value.begin;
        if (size > max_record_bytes)
            inputs.push_back(too_large_record(size, max_record_bytes, place, number, path));
        else
            inputs.push_back(read_json_value(parser, text.substr(value.begin, size), place, number, path, pack));
    };
    // The scanner may go back to cut an element short: feed it again from
    // where it says, until it is through.
    do {
        while (!scanner.feed(text.substr(scanner.consumed()), read)) {
        }
    } while (!scanner.finish(read));
    if (!scanner.error().empty())
        inputs.push_back(unreadable(path, inputs.size() + 1, {path, lines_in(text) + 1, 1}, scanner.error()));
    return inputs;
}

std::vector<ReportInput> read_json_lines(std::string_view text, const std::string& path, const Pack& pack,
                                         std::size_t max_record_bytes) {
    std::vector<ReportInput> inputs;
    simdjson::dom::parser parser;
    std::size_t start = 0;
    std::uint32_t line = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        std::string_view current = text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
        std::size_t number = inputs.size() + 1;
        if (current.size() > max_record_bytes)
            inputs.push_back(too_large_record(current.size(), max_record_bytes, {line, 0, line, false}, number, path));
        else if (!blank(current))
            inputs.push_back(read_json_record(parser, current, pack, path, line, number));
        if (end == std::string_view::npos) break;
        start = end + 1;
        ++line;
    }
    return inputs;
}

}  // namespace

ReportInput read_record_text(std::string_view text, InputFormat format, const CsvColumns& columns,
                             const RecordPlace& place, std::size_t number, const std::string& path, const Pack& pack,
                             std::shared_ptr<Report> storage, bool text_is_padded) {
    if (format == InputFormat::csv) return read_csv_row(columns, text, place.first_line + 1, number, path, pack);
    if (format == InputFormat::jsonl) {
        thread_local simdjson::dom::parser parser;
        return read_json_record(parser, text, pack, path, place.first_line, number, std::move(storage),
                                text_is_padded);
    }
    if (format == InputFormat::json) {
        thread_local simdjson::dom::parser parser;
        return read_json_value(parser, text, place, number, path, pack, std::move(storage), text_is_padded);
    }
    std::optional<Diagnostic> not_utf8 = invalid_utf8_warning(text, path, place.first_line + 1);
    ReportInput input;
    try {
        std::string document = not_utf8 ? replace_invalid_utf8(text) : std::string(text);
        input = read_record(YAML::Load(document), pack, path, place.first_line, number);
    } catch (const YAML::Exception& error) {
        input = unreadable(path, number, mark_location(path, error.mark, place.first_line),
                           syntax_message(error, "YAML document"));
    }
    if (not_utf8) input.diagnostics.insert(input.diagnostics.begin(), std::move(*not_utf8));
    return input;
}

ReportInput too_large_record(std::size_t bytes, std::size_t limit, const RecordPlace& place, std::size_t number,
                             const std::string& path) {
    std::uint32_t first = place.first_line + 1, last = std::max(place.last_line + 1, first);
    std::string lines = first == last ? fmt::format("line {}", first) : fmt::format("lines {} to {}", first, last);
    ReportInput input;
    input.number = number;
    input.id = fmt::format("{}#{}", path, number);
    input.location = {path, first, place.first_column + 1};
    input.diagnostics.push_back(
        {Severity::error, "E207", input.location,
         fmt::format("this record ({}) is {} bytes, more than the {} bytes a record may have; it is not read",
                     lines, bytes, limit),
         {"a report is a few kilobytes: is a closing quote or bracket missing? If the record is meant to be this "
          "large, raise the limit with --max-record-size"}});
    return input;
}

std::vector<ReportInput> read_reports(std::string_view text, const std::string& path, InputFormat format,
                                      const Pack& pack, std::size_t max_record_bytes) {
    if (format == InputFormat::automatic) format = input_format_for_path(path);
    // A UTF-8 byte order mark is not part of the first record, as when the
    // input is read as a stream.
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    switch (format) {
        case InputFormat::json: return read_json(text, path, pack, max_record_bytes);
        case InputFormat::jsonl: return read_json_lines(text, path, pack, max_record_bytes);
        case InputFormat::csv: return read_csv(text, path, pack, max_record_bytes);
        default: return read_yaml(text, path, pack, max_record_bytes);
    }
}

}  // namespace netral
