// Text that is not UTF-8 in a YAML document or a CSV row (a spreadsheet
// saved in a Windows code page, a file cut mid-character): its bad bytes are
// read as U+FFFD and the record carries warning W208 at the first of them,
// so that nothing netral writes (JSON above all, which `netral summary`
// reads back) holds them. JSON's own parser refuses such records (E200).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "netral/diagnostic.hpp"

namespace netral {

// W208 for `text`, a record whose first line is `first_line` (1-based) in
// `path`; nullopt when the text is valid UTF-8.
std::optional<Diagnostic> invalid_utf8_warning(std::string_view text, const std::string& path,
                                               std::uint32_t first_line);

}  // namespace netral
