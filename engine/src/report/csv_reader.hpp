#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "compile/compiled_pack.hpp"
#include "netral/report.hpp"

namespace netral {

// One record per data row; a row that cannot be read becomes an invalid record.
// A row larger than `max_record_bytes` is an invalid record (E207).
std::vector<ReportInput> read_csv(std::string_view text, const std::string& path, const Pack& pack,
                                  std::size_t max_record_bytes);

// The columns a header row declares, for reading rows one at a time.
struct CsvColumns {
    char separator = ',';
    std::vector<std::vector<std::string>> paths;  // each column's dotted path, split
};
CsvColumns read_csv_header(std::string_view header_line);

// One data row (its text, possibly spanning lines inside quotes) starting on
// 1-based line `line`.
ReportInput read_csv_row(const CsvColumns& columns, std::string_view row_text, std::uint32_t line, std::size_t number,
                         const std::string& path, const Pack& pack);

}  // namespace netral
