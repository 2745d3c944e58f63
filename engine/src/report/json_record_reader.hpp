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
// it), so it is parsed where it is, without a copy.
ReportInput read_json_record(simdjson::dom::parser& parser, std::string_view line, const Pack& pack,
                             const std::string& path, std::uint32_t line_offset, std::size_t number,
                             std::shared_ptr<Report> storage = nullptr, bool line_is_padded = false);

}  // namespace netral
