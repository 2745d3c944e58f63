// Where a JSON text stops being JSON. simdjson says what is wrong but not
// where; this finds the place by following the grammar with a stack of its
// own, building nothing: a broken record of many megabytes costs a pass
// over its bytes, not a second tree (yaml-cpp's took gigabytes).
#pragma once

#include <cstddef>
#include <string_view>

namespace netral {

// The offset of the first byte at which `text` (one JSON value between
// spaces) cannot go on as JSON; text.size() when it ends too early; npos
// when it is valid JSON.
std::size_t json_error_offset(std::string_view text);

}  // namespace netral
