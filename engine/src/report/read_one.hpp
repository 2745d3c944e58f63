// Reading one record's text that was cut out of a larger input (batch mode).
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "compile/compiled_pack.hpp"
#include "netral/report.hpp"
#include "report/csv_reader.hpp"
#include "report/report_data.hpp"

namespace netral {

// Where a record's text was in its input: 0-based lines, and the bytes
// before it on its first line (an element of a JSON array may start
// mid-line). `cut_short`: an element of a JSON array that ended where the
// next one starts, a bracket left open (`last_line` is its last line).
struct RecordPlace {
    std::uint32_t first_line = 0;
    std::uint32_t first_column = 0;
    std::uint32_t last_line = 0;
    bool cut_short = false;
};

// `format` is jsonl, json (an element of an array), yaml or csv (then
// `columns` is the header's); `number` is 1-based. A JSON text is read into
// `storage` when given, reusing its memory (see read_record_with), and
// parsed in place when `text_is_padded` (see read_json_record).
ReportInput read_record_text(std::string_view text, InputFormat format, const CsvColumns& columns,
                             const RecordPlace& place, std::size_t number, const std::string& path, const Pack& pack,
                             std::shared_ptr<Report> storage = nullptr, bool text_is_padded = false);

// The invalid record of a record larger than `limit` bytes, which was not read.
ReportInput too_large_record(std::size_t bytes, std::size_t limit, const RecordPlace& place, std::size_t number,
                             const std::string& path);

}  // namespace netral
