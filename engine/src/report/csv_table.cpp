#include "report/csv_table.hpp"

namespace netral {

char detect_separator(std::string_view text) {
    std::size_t commas = 0, semicolons = 0;
    bool quoted = false;
    for (char c : text) {
        if (c == '"') quoted = !quoted;
        if (quoted) continue;
        if (c == '\n') break;
        commas += c == ',';
        semicolons += c == ';';
    }
    return semicolons > commas ? ';' : ',';
}

CsvTable parse_csv(std::string_view text, char separator_given) {
    CsvTable table;
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    table.separator = separator_given ? separator_given : detect_separator(text);
    const char separator = table.separator;

    CsvRow row;
    std::string field;
    std::uint32_t line = 1;
    row.line = 1;
    bool quoted = false;
    bool row_has_content = false;
    std::uint32_t quote_line = 0;
    std::size_t line_start = 0;                // index of the current line's first byte
    std::uint32_t field_column = 1;            // where the field being read starts
    auto end_field = [&] {
        row.fields.push_back(std::move(field));
        row.columns.push_back(field_column);
        field.clear();
    };
    auto end_row = [&] {
        end_field();
        // A row of nothing but empty fields (a spreadsheet's trailing lines) is skipped.
        if (row_has_content) table.rows.push_back(std::move(row));
        row = CsvRow{};
        row_has_content = false;
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    field += '"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == '\n') {
                    ++line;
                    line_start = i + 1;
                }
                if (c != '\r' || i + 1 >= text.size() || text[i + 1] != '\n') field += c;
            }
            continue;
        }
        if (c == '"' && field.empty()) {
            quoted = true;
            quote_line = line;
            row_has_content = true;
        } else if (c == separator) {
            end_field();
            field_column = static_cast<std::uint32_t>(i + 1 - line_start) + 1;
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            continue;  // CRLF: the \n ends the row
        } else if (c == '\n') {
            end_row();
            ++line;
            row.line = line;
            line_start = i + 1;
            field_column = 1;
        } else {
            field += c;
            if (c != ' ' && c != '\t') row_has_content = true;
        }
    }
    if (quoted) {
        table.error = "a quoted field is never closed (a \" is missing)";
        table.error_line = quote_line;
    }
    if (row_has_content || !field.empty()) end_row();
    return table;
}

}  // namespace netral
