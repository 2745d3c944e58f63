// What the serve endpoints refuse before reading a body: its media type,
// its size, its encoding and how deep it nests.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "netral/report.hpp"
#include "netral/serve.hpp"

namespace netral {

// The input format a Content-Type names: application/json (or none, or
// curl -d's application/x-www-form-urlencoded),
// application/x-ndjson / application/jsonl / application/x-jsonlines,
// application/yaml / application/x-yaml / text/yaml, text/csv. Parameters
// (`; charset=utf-8`) are ignored; nullopt for any other type.
std::optional<InputFormat> input_format_for_media_type(std::string_view content_type);

// The deepest nesting of arrays and objects in `text`: brackets outside
// strings for JSON, and for YAML flow brackets plus block indentation levels.
// Stops counting past `stop_after`. CSV does not nest: 0.
std::size_t nesting_depth(std::string_view text, InputFormat format, std::size_t stop_after);

// The error response for a body the limits refuse, or nullopt when it may be read.
std::optional<ServeResponse> refuse_body(std::string_view body, InputFormat format, const ServeLimits& limits);

}  // namespace netral
