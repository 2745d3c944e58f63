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

bool only_comments(std::string_view text) {
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        std::string_view line = text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
        std::size_t first = line.find_first_not_of(" \t\r");
        if (first != std::string_view::npos && line[first] != '#') return false;
        if (end == std::string_view::npos) break;
        start = end + 1;
    }
    return true;
}

// YAML documents, cut at `---` lines, so a syntax error stays in its document.
std::vector<Piece> yaml_documents(std::string_view text) {
    std::vector<Piece> pieces;
    std::size_t start = 0, line_start = 0;
    std::uint32_t line = 0, piece_line = 0;
    while (line_start <= text.size()) {
        std::size_t end = text.find('\n', line_start);
        std::string_view current = text.substr(line_start, end == std::string_view::npos ? std::string_view::npos : end - line_start);
        bool separator = current.substr(0, 3) == "---" && (current.size() == 3 || current[3] == ' ' || current[3] == '\r');
        if (separator) {
            pieces.push_back({text.substr(start, line_start - start), piece_line});
            start = line_start;  // the separator stays with its document
            piece_line = line;
        }
        if (end == std::string_view::npos) break;
        line_start = end + 1;
        ++line;
    }
    pieces.push_back({text.substr(start), piece_line});
    std::vector<Piece> documents;
    for (const Piece& piece : pieces) {
        std::string_view body = piece.text;
        if (body.substr(0, 3) == "---") body.remove_prefix(std::min(body.size(), body.find('\n')));
        if (!only_comments(body)) documents.push_back(piece);
    }
    return documents;
}

std::vector<ReportInput> read_yaml(std::string_view text, const std::string& path, const Pack& pack) {
    std::vector<ReportInput> inputs;
    for (const Piece& piece : yaml_documents(text)) {
        std::size_t number = inputs.size() + 1;
        try {
            YAML::Node node = YAML::Load(std::string(piece.text));
            inputs.push_back(read_record(node, pack, path, piece.first_line, number));
        } catch (const YAML::Exception& error) {
            inputs.push_back(unreadable(path, number, mark_location(path, error.mark, piece.first_line),
                                        syntax_message(error, "YAML document")));
        }
    }
    return inputs;
}

// An element of a JSON array (or the whole of a JSON file with one object).
ReportInput read_json_value(simdjson::dom::parser& parser, std::string_view text, std::uint32_t first_line,
                            std::uint32_t first_column, std::size_t number, const std::string& path, const Pack& pack,
                            std::shared_ptr<Report> storage = nullptr, bool text_is_padded = false) {
    ReportInput input = read_json_record(parser, text, pack, path, first_line, number, std::move(storage),
                                         text_is_padded, first_column, "JSON record");
    if (!input.report && !input.diagnostics.empty() && input.diagnostics[0].code == "E200") {
        std::string_view body = text.substr(0, text.find_last_not_of(" \t\r\n") + 1);
        auto lines = static_cast<std::uint32_t>(std::count(body.begin(), body.end(), '\n'));
        if (lines > 0)
            input.diagnostics[0].notes.push_back(fmt::format(
                "this record runs from line {} to line {}: a `{{` or `[` left open joins the records after it to this one",
                first_line + 1, first_line + 1 + lines));
    }
    return input;
}

// A JSON array's elements (or a single object) one by one, so that a broken
// element is one invalid record.
std::vector<ReportInput> read_json(std::string_view text, const std::string& path, const Pack& pack) {
    std::vector<ReportInput> inputs;
    simdjson::dom::parser parser;
    JsonValueScanner scanner;
    auto read = [&](const JsonValueSpan& value) {
        inputs.push_back(read_json_value(parser, text.substr(value.begin, value.end - value.begin), value.line,
                                         value.column, inputs.size() + 1, path, pack));
    };
    scanner.feed(text, read);
    scanner.finish(read);
    if (!scanner.error().empty()) {
        std::uint32_t last_line = static_cast<std::uint32_t>(std::count(text.begin(), text.end(), '\n'));
        inputs.push_back(unreadable(path, inputs.size() + 1, {path, last_line + 1, 1}, scanner.error()));
    }
    return inputs;
}

std::vector<ReportInput> read_json_lines(std::string_view text, const std::string& path, const Pack& pack) {
    std::vector<ReportInput> inputs;
    simdjson::dom::parser parser;
    std::size_t start = 0;
    std::uint32_t line = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        std::string_view current = text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
        if (!blank(current)) {
            inputs.push_back(read_json_record(parser, current, pack, path, line, inputs.size() + 1));
        }
        if (end == std::string_view::npos) break;
        start = end + 1;
        ++line;
    }
    return inputs;
}

}  // namespace

ReportInput read_record_text(std::string_view text, InputFormat format, const CsvColumns& columns,
                             std::uint32_t first_line, std::uint32_t first_column, std::size_t number,
                             const std::string& path, const Pack& pack, std::shared_ptr<Report> storage,
                             bool text_is_padded) {
    if (format == InputFormat::csv) return read_csv_row(columns, text, first_line + 1, number, path, pack);
    if (format == InputFormat::jsonl) {
        thread_local simdjson::dom::parser parser;
        return read_json_record(parser, text, pack, path, first_line, number, std::move(storage), text_is_padded);
    }
    if (format == InputFormat::json) {
        thread_local simdjson::dom::parser parser;
        return read_json_value(parser, text, first_line, first_column, number, path, pack, std::move(storage),
                               text_is_padded);
    }
    try {
        return read_record(YAML::Load(std::string(text)), pack, path, first_line, number);
    } catch (const YAML::Exception& error) {
        return unreadable(path, number, mark_location(path, error.mark, first_line),
                          syntax_message(error, "YAML document"));
    }
}

std::vector<ReportInput> read_reports(std::string_view text, const std::string& path, InputFormat format,
                                      const Pack& pack) {
    if (format == InputFormat::automatic) format = input_format_for_path(path);
    switch (format) {
        case InputFormat::json: return read_json(text, path, pack);
        case InputFormat::jsonl: return read_json_lines(text, path, pack);
        case InputFormat::csv: return read_csv(text, path, pack);
        default: return read_yaml(text, path, pack);
    }
}

}  // namespace netral
