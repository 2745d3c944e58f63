#include "report/csv_table.hpp"

#include <fmt/format.h>

#include "report/csv_quotes.hpp"

namespace netral {
namespace {

// The offset of the first line that is not blank or separators only.
std::size_t first_content_line(std::string_view text) {
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        std::size_t next = end == std::string_view::npos ? text.size() : end + 1;
        if (!csv_blank_line(text.substr(start, next - start))) return start;
        start = next;
    }
    return text.size();
}

}  // namespace

char detect_separator(std::string_view text) {
    std::size_t commas = 0, semicolons = 0;
    bool quoted = false;
    std::string_view line = text.substr(first_content_line(text));
    for (char c : line.substr(0, line.find('\n'))) {
        if (c == '"') quoted = !quoted;
        if (quoted) continue;
        commas += c == ',';
        semicolons += c == ';';
    }
    return semicolons > commas ? ';' : ',';
}

std::string unclosed_quote_message(const CsvRow& row, std::uint32_t first_line) {
    std::uint32_t from = row.line + first_line - 1, quote = row.error_line + first_line - 1,
                  to = row.last_line + first_line - 1;
    std::string lines = from == to ? fmt::format("line {}", from) : fmt::format("lines {} to {}", from, to);
    return fmt::format("this CSV row ({}) cannot be read: the quote at line {}, column {} is never closed (a \" is "
                       "missing); the row is read to the end of line {} and the lines after it as rows of their own",
                       lines, quote, row.error_column, quote);
}

CsvTable parse_csv(std::string_view text, char separator_given) {
    CsvTable table;
    // A file's byte order mark is not part of its header; a row handed over
    // alone keeps what it holds. Row offsets stay those of the text given.
    std::size_t shift = 0;
    if (!separator_given && byte_order_mark_at(text)) {
        text.remove_prefix(byte_order_mark.size());
        shift = byte_order_mark.size();
    }
    table.separator = separator_given ? separator_given : detect_separator(text);

    std::uint32_t line = 1;
    // A file's blank and separator-only lines before its header are skipped;
    // a row handed over alone (the separator given) is read from its start.
    std::size_t start = separator_given ? 0 : first_content_line(text);
    for (std::size_t i = 0; i < start; ++i) line += text[i] == '\n';
    // Nor is a byte order mark at the start of the header line after blank
    // lines (read_csv_header, given the header alone, drops it too).
    if (!separator_given && byte_order_mark_at(text, start)) start += byte_order_mark.size();
    CsvQuotes quotes(table.separator);
    CsvRow row;
    row.line = line;
    std::string field;
    bool row_has_content = false;
    std::size_t line_start = start;            // index of the current line's first byte
    std::size_t row_start = start;             // index of the current row's first byte
    std::uint32_t field_column = 1;            // where the field being read starts
    std::uint32_t quote_line = 0, quote_column = 0;
    std::size_t quote_line_end = 0;            // where the line of the open quote ends
    auto end_field = [&] {
        row.fields.push_back(std::move(field));
        row.columns.push_back(field_column);
        field.clear();
    };
    auto end_row = [&](std::size_t end) {
        end_field();
        if (row.last_line == 0) row.last_line = line;
        row.first_byte = row_start + shift;
        row.bytes = end - row_start;
        if (row_has_content) table.rows.push_back(std::move(row));
        row = CsvRow{};
        row_has_content = false;
        field_column = 1;
    };
    for (std::size_t i = start; i < text.size(); ++i) {
        char c = text[i];
        char next = i + 1 < text.size() ? text[i + 1] : '\0';
        CsvQuotes::Byte kind = quotes.step(c, next);
        row_has_content |= CsvQuotes::content(kind, c);
        switch (kind) {
            case CsvQuotes::Byte::open_quote:
                quote_line = line;
                quote_column = static_cast<std::uint32_t>(i - line_start) + 1;
                quote_line_end = text.find('\n', i);
                break;
            case CsvQuotes::Byte::close_quote:
            case CsvQuotes::Byte::carriage: break;
            case CsvQuotes::Byte::escaped_quote:
                field += '"';
                ++i;
                break;
            case CsvQuotes::Byte::separator:
                end_field();
                field_column = static_cast<std::uint32_t>(i + 1 - line_start) + 1;
                break;
            case CsvQuotes::Byte::row_end:
                end_row(i + 1);
                ++line;
                row.line = line;
                line_start = row_start = i + 1;
                break;
            case CsvQuotes::Byte::text:
                if (c == '\n') {  // inside quotes
                    ++line;
                    line_start = i + 1;
                }
                if (c != '\r' || next != '\n') field += c;  // CRLF inside quotes is a line break
                break;
        }
        if (i + 1 == text.size() && quotes.quoted() && quote_line_end != std::string_view::npos &&
            quote_line_end + 1 < text.size()) {
            // The quote never closed: this row ends with the quote's line
            // (its fields as far as that line, as a row cut there reads),
            // and reading goes on at the next line.
            std::uint32_t row_line = row.line;
            CsvTable cut = parse_csv(text.substr(row_start, quote_line_end + 1 - row_start), table.separator);
            row = cut.rows.empty() ? CsvRow{} : std::move(cut.rows[0]);
            row.line = row_line;
            row.error_line += row_line - 1;
            row.last_line += row_line - 1;
            row.first_byte = row_start + shift;
            row.bytes = quote_line_end + 1 - row_start;
            row_has_content = true;
            table.rows.push_back(std::move(row));
            row = CsvRow{};
            row_has_content = false;
            field.clear();
            field_column = 1;
            quotes = CsvQuotes(table.separator);
            i = quote_line_end;  // the loop goes on at the next line
            line = quote_line + 1;
            row.line = line;
            line_start = row_start = i + 1;
        }
    }
    if (quotes.quoted()) {  // the quote's line is the last: nothing after it to go on with
        row.error_line = quote_line;
        row.error_column = quote_column;
        row.last_line = quote_line;
        row.error = "unclosed quote";
    }
    // The last row, without a line end: skipped like any other when it holds
    // nothing but spaces and separators, as the splitter skips it.
    if (row_has_content || !row.error.empty()) {
        row_has_content = true;
        end_row(text.size());
    }
    return table;
}

}  // namespace netral
