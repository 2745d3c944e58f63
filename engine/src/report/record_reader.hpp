// Reads one report (a YAML/JSON mapping) into slots, checking it against the
// pack's fact vocabulary.
#pragma once

#include <string>
#include <yaml-cpp/yaml.h>

#include "compile/compiled_pack.hpp"
#include "report/report_data.hpp"

namespace netral {

// `line_offset` is added to yaml-cpp's line numbers (for records cut out of a
// larger file, such as one line of JSON Lines or one document of a stream).
ReportInput read_record(const YAML::Node& node, const Pack& pack, const std::string& path, std::uint32_t line_offset,
                        std::size_t number);

// The act's phase in `election`, from its date.
std::uint32_t phase_of(const CompiledElection& election, Date date);

}  // namespace netral
