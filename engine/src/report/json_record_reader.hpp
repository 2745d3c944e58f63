#pragma once

#include <simdjson.h>
#include <string>
#include <string_view>

#include "compile/compiled_pack.hpp"
#include "netral/report.hpp"

namespace netral {

// One line of JSON Lines. `parser` is reused between calls (one per thread),
// so parsing allocates nothing once it has grown to the largest line.
ReportInput read_json_record(simdjson::dom::parser& parser, std::string_view line, const Pack& pack,
                             const std::string& path, std::uint32_t line_offset, std::size_t number);

}  // namespace netral
