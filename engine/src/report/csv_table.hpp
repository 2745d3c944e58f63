// CSV as spreadsheets export it: UTF-8 with or without a BOM, CRLF or LF line
// ends, quoted fields holding commas, quotes ("") and newlines, and `;` as the
// separator where the locale (Indonesian among them) uses a decimal comma.
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
};

struct CsvTable {
    char separator = ',';
    std::vector<CsvRow> rows;  // rows[0] is the header
    std::string error;         // non-empty: e.g. a quote never closed
    std::uint32_t error_line = 0;
};

// `;` when the header line has more semicolons than commas, else `,`.
char detect_separator(std::string_view text);

// `separator` 0: detect it from the first line.
CsvTable parse_csv(std::string_view text, char separator = 0);

}  // namespace netral
