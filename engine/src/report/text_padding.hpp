// How many readable bytes must follow a text that is parsed in place
// (simdjson reads up to 64 bytes beyond its input; json_record_reader.cpp
// checks the figure against simdjson's own).
#pragma once

#include <cstddef>

namespace netral {

inline constexpr std::size_t text_padding = 64;

}  // namespace netral
