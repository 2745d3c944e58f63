// JSON string quoting, shared by the renderers and the evaluator's fact values.
#pragma once

#include <string>
#include <string_view>

namespace netral {

// `text` as a JSON string literal with quotes; control characters escaped,
// invalid UTF-8 bytes replaced by U+FFFD so the output is always valid JSON.
std::string json_quote(std::string_view text);
void append_json_quoted(std::string& out, std::string_view text);

}  // namespace netral
