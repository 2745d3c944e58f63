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

// `format` is jsonl, json (an element of an array), yaml or csv (then
// `columns` is the header's); `first_line` and `first_column` (the bytes
// before the text on its line) are 0-based, `number` 1-based. A JSON text is
// read into `storage` when given, reusing its memory (see
// read_record_with), and parsed in place when `text_is_padded` (see
// read_json_record).
ReportInput read_record_text(std::string_view text, InputFormat format, const CsvColumns& columns,
                             std::uint32_t first_line, std::uint32_t first_column, std::size_t number,
                             const std::string& path, const Pack& pack, std::shared_ptr<Report> storage = nullptr,
                             bool text_is_padded = false);

}  // namespace netral
