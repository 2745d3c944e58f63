// CSV reports: a header row of dotted fact paths (actor.status, acts.0.type or
// acts[0].type), one report per row. Each row becomes a tree of fields read by
// exactly the same reader as YAML and JSON, through an adapter.
#include "report/csv_reader.hpp"

#include <algorithm>
#include <cctype>
#include <fmt/format.h>
#include <map>

#include "report/csv_quotes.hpp"
#include "report/csv_table.hpp"
#include "report/read_one.hpp"
#include "report/utf8_warning.hpp"
#include "netral/utf8.hpp"
#include "report/record_reader_impl.hpp"

namespace netral {
namespace {

// A list position in a column name (`acts.0.type`). Longer than six digits
// it is no position anyone means, and would overflow: it stays a name, and
// the reader reports it as an unknown key.
bool is_index(const std::string& segment) {
    return !segment.empty() && segment.size() <= 6 &&
           std::all_of(segment.begin(), segment.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::vector<std::string> split(const std::string& text, char separator) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (true) {
        std::size_t end = text.find(separator, start);
        parts.push_back(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (end == std::string::npos) break;
        start = end + 1;
    }
    return parts;
}

std::string trim(const std::string& text) {
    std::size_t first = text.find_first_not_of(" \t");
    if (first == std::string::npos) return {};
    std::size_t last = text.find_last_not_of(" \t");
    return text.substr(first, last - first + 1);
}

// The declared field a column's path names (list indexes skipped), or null.
const FieldSchema* field_for(const Pack& pack, const std::vector<std::string>& segments) {
    const ObjectSchema* schema = pack.report_schema.get();
    const FieldSchema* field = nullptr;
    for (const std::string& segment : segments) {
        if (is_index(segment)) continue;
        if (!schema) return nullptr;
        field = schema->find(segment);
        if (!field) return nullptr;
        schema = field->object.get();
    }
    return field;
}

// Spreadsheets write dates as DD/MM/YYYY or DD-MM-YYYY; the engine reads ISO.
std::string normalise_date(const std::string& value) {
    if (value.size() == 10 && (value[2] == '/' || value[2] == '-') && value[5] == value[2])
        return value.substr(6, 4) + "-" + value.substr(3, 2) + "-" + value.substr(0, 2);
    return value;
}

// A row turned into a tree of fields, as the report reader sees any record.
// Each node remembers the column of the cell it came from, for messages.
struct Tree {
    std::map<std::string, Tree> children;
    std::optional<std::string> value;  // a cell's text (normalised), for a leaf
    std::uint32_t column = 1;
    bool list = false;  // a `|`-separated cell: the children are its items
};

// Spreadsheet conventions become the forms the reader expects: dates in ISO,
// `a|b` lists as lists.
void set_cell(Tree& node, const FieldSchema* field, const std::string& value, std::uint32_t column) {
    node.column = column;
    // A list of objects with a shorthand (evidence) takes `a|b` as its items' texts.
    bool shorthand_list = field && field->type == ValueType::object_list && field->object &&
                          field->object->shorthand_slot >= 0;
    if (field && (field->type == ValueType::enum_set || field->type == ValueType::string_list || shorthand_list)) {
        node.list = true;
        int index = 0;
        for (const std::string& item : split(value, '|')) {
            if (trim(item).empty()) continue;
            Tree& child = node.children[std::to_string(index++)];
            child.value = trim(item);
            child.column = column;
        }
        return;
    }
    if (field && field->type == ValueType::date) node.value = normalise_date(value);
    else node.value = value;  // booleans: the reader knows every word (report/boolean_words.hpp)
}

bool is_sequence(const Tree& tree) {
    if (tree.list) return true;
    return !tree.children.empty() &&
           std::all_of(tree.children.begin(), tree.children.end(), [](const auto& c) { return is_index(c.first); });
}

struct CsvAdapter {
    using Node = const Tree*;
    static constexpr bool keys_padded = false;

    static NodeKind kind(const Node& node) {
        if (node->value) return NodeKind::scalar;
        return is_sequence(*node) ? NodeKind::sequence : NodeKind::map;
    }
    static std::string_view scalar(const Node& node, std::string&) { return *node->value; }
    template <typename F>
    static void members(const Node& node, F&& f) {
        for (const auto& [key, child] : node->children) f(std::string_view(key), &child, &child);
    }
    template <typename F>
    static void items(const Node& node, F&& f) {
        std::vector<std::pair<long, const Tree*>> ordered;  // "10" sorts before "2" as text
        for (const auto& [key, child] : node->children) ordered.emplace_back(std::stol(key), &child);
        std::stable_sort(ordered.begin(), ordered.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        for (const auto& item : ordered) f(item.second);
    }
    // `line_offset` is the row's 0-based line.
    static Location location(const Node& node, const std::string& path, std::uint32_t line_offset) {
        return {path, line_offset + 1, node->column};
    }
};

ReportInput broken_row(const std::string& path, std::size_t number, std::uint32_t line, std::string message,
                       std::uint32_t column = 1) {
    ReportInput input;
    input.number = number;
    input.id = fmt::format("{}#{}", path, number);
    input.location = {path, line, column};
    input.diagnostics.push_back({Severity::error, "E200", input.location, std::move(message), {}});
    return input;
}

ReportInput read_cells(const CsvColumns& columns, const CsvRow& row, std::size_t number, const std::string& path,
                       const Pack& pack, bool replace_invalid_utf8_bytes) {
    if (row.fields.size() > columns.paths.size())
        return broken_row(path, number, row.line,
                          fmt::format("this row has {} fields but the header has {} columns; "
                                      "is a separator or a quote misplaced?",
                                      row.fields.size(), columns.paths.size()));
    Tree tree;
    for (std::size_t c = 0; c < row.fields.size(); ++c) {
        std::string value = trim(row.fields[c]);
        if (replace_invalid_utf8_bytes) value = replace_invalid_utf8(value);
        const std::vector<std::string>& column = columns.paths[c];
        if (value.empty() || column.empty() || column[0].empty()) continue;  // an empty cell is unknown
        Tree* node = &tree;
        for (const std::string& segment : column) node = &node->children[segment];
        set_cell(*node, field_for(pack, column), value, c < row.columns.size() ? row.columns[c] : 1);
    }
    return read_record_with<CsvAdapter>(&tree, pack, path, row.line - 1, number);
}

// A row read from its cells; `text` is the row as it stands in the file, for
// warning W208 when it is not UTF-8.
ReportInput read_fields(const CsvColumns& columns, const CsvRow& row, std::string_view text, std::size_t number,
                        const std::string& path, const Pack& pack) {
    std::optional<Diagnostic> not_utf8 = invalid_utf8_warning(text, path, row.line);
    ReportInput input = read_cells(columns, row, number, path, pack, not_utf8.has_value());
    if (not_utf8) input.diagnostics.insert(input.diagnostics.begin(), std::move(*not_utf8));
    return input;
}

// `acts.0.type`, and `acts[0].type` as the engine writes fact paths.
std::vector<std::string> column_path(const std::string& name) {
    std::string dotted;
    for (char c : trim(name)) {
        if (c == '[') dotted += '.';
        else if (c != ']') dotted += c;
    }
    std::vector<std::string> segments = split(dotted, '.');
    // `acts.00` and `acts.0` are the same act.
    for (std::string& segment : segments)
        if (is_index(segment)) segment = std::to_string(std::stol(segment));
    return segments;
}

CsvColumns columns_of(const CsvRow& header, char separator) {
    CsvColumns columns;
    columns.separator = separator;
    for (const std::string& name : header.fields) columns.paths.push_back(column_path(name));
    return columns;
}

}  // namespace

CsvColumns read_csv_header(std::string_view header_line) {
    // A byte order mark starting the header line is not part of its first
    // column's name, as in parse_csv; the rest is read as it is.
    if (byte_order_mark_at(header_line)) header_line.remove_prefix(byte_order_mark.size());
    CsvTable table = parse_csv(header_line, detect_separator(header_line));
    return table.rows.empty() ? CsvColumns{table.separator, {}} : columns_of(table.rows[0], table.separator);
}

ReportInput read_csv_row(const CsvColumns& columns, std::string_view row_text, std::uint32_t line, std::size_t number,
                         const std::string& path, const Pack& pack) {
    CsvTable table = parse_csv(row_text, columns.separator);
    CsvRow row = table.rows.empty() ? CsvRow{} : std::move(table.rows[0]);
    if (!row.error.empty())
        return broken_row(path, number, line + row.error_line - 1, unclosed_quote_message(row, line), row.error_column);
    row.line = line;
    return read_fields(columns, row, row_text, number, path, pack);
}

std::vector<ReportInput> read_csv(std::string_view text, const std::string& path, const Pack& pack,
                                  std::size_t max_record_bytes) {
    std::vector<ReportInput> inputs;
    CsvTable table = parse_csv(text);
    if (table.rows.empty()) return inputs;
    CsvColumns columns = columns_of(table.rows[0], table.separator);
    for (std::size_t r = 1; r < table.rows.size(); ++r) {
        const CsvRow& row = table.rows[r];
        if (row.bytes > max_record_bytes)
            inputs.push_back(too_large_record(row.bytes, max_record_bytes,
                                              {row.line - 1, 0, std::max(row.line, row.last_line) - 1, false}, r,
                                              path));
        else if (!row.error.empty())
            inputs.push_back(broken_row(path, r, row.error_line, unclosed_quote_message(row), row.error_column));
        else inputs.push_back(read_fields(columns, row, text.substr(row.first_byte, row.bytes), r, path, pack));
    }
    return inputs;
}

}  // namespace netral
