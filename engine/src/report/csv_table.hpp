// CSV as spreadsheets export it: UTF-8 with or without a BOM, CRLF or LF line
// ends, quoted fields holding commas, quotes ("") and newlines, and `;` as the
// separator where the locale (Indonesian among them) uses a decimal comma.
// Where rows end is decided by CsvQuotes (csv_quotes.hpp), as when streaming.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace netral {

struct CsvRow {
    std::vector<std::string> fields;
    std::vector<std::uint32_t> columns;  // 1-based column (in bytes) where each field starts
    std::uint32_t line = 0;              // 1-based line where the row starts
    // A quote that never closes: the row is read to the end of the quote's
    // line and reading goes on at the next line, so one stray quote does not
    // swallow the rest of the file. Then `error` says so, with the quote's
    // line and column and the row's last line.
    std::string error;
    std::uint32_t error_line = 0, error_column = 0;
    std::uint32_t last_line = 0;  // 1-based line where the row ends
    std::size_t first_byte = 0;   // its offset in the text
    std::size_t bytes = 0;        // its size there
};

struct CsvTable {
    char separator = ',';
    std::vector<CsvRow> rows;  // rows[0] is the header
};

// `;` when the first line that is not blank or separators only has more
// semicolons than commas (outside quotes), else `,`.
char detect_separator(std::string_view text);

// `separator` 0 (a whole file, or a header): detect it, and skip a byte
// order mark and the lines before the header holding nothing but spaces,
// separators and quotes. Rows without content are skipped.
CsvTable parse_csv(std::string_view text, char separator = 0);

// The message of a row whose quote never closes; `first_line` is the
// 1-based line of the text's start in its file.
std::string unclosed_quote_message(const CsvRow& row, std::uint32_t first_line = 1);

}  // namespace netral
