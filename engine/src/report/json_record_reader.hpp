#pragma once

#include <memory>
#include <simdjson.h>
#include <string>
#include <string_view>

#include "compile/compiled_pack.hpp"
#include "netral/report.hpp"
#include "report/report_data.hpp"

namespace netral {

// One line of JSON Lines. `parser` is reused between calls (one per thread),
// so parsing allocates nothing once it has grown to the largest line; so is
// `storage` when given (see read_record_with). `line_is_padded`: at least
// `text_padding` readable bytes follow the line (a batch's buffer guarantees
// it), so it is parsed where it is, without a copy. An element of a JSON
// array may start mid-line and span lines: `first_column` is the number of
// bytes before it on its first line, and `kind` names it in messages.
ReportInput read_json_record(simdjson::dom::parser& parser, std::string_view line, const Pack& pack,
                             const std::string& path, std::uint32_t line_offset, std::size_t number,
                             std::shared_ptr<Report> storage = nullptr, bool line_is_padded = false,
                             std::uint32_t first_column = 0, std::string_view kind = "JSON line");

}  // namespace netral
