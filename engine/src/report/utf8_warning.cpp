#include "report/utf8_warning.hpp"

#include <algorithm>
#include <fmt/format.h>

#include "netral/utf8.hpp"

namespace netral {

std::optional<Diagnostic> invalid_utf8_warning(std::string_view text, const std::string& path,
                                               std::uint32_t first_line) {
    std::size_t bad = first_invalid_utf8(text);
    if (bad == std::string_view::npos) return std::nullopt;
    std::string_view before = text.substr(0, bad);
    auto line = first_line + static_cast<std::uint32_t>(std::count(before.begin(), before.end(), '\n'));
    std::size_t line_start = before.rfind('\n');
    auto column = static_cast<std::uint32_t>(line_start == std::string_view::npos ? bad : bad - line_start - 1) + 1;
    return Diagnostic{Severity::warning,
                      "W208",
                      {path, line, column},
                      "this record is not valid UTF-8 here: the bytes that are not are read as \xEF\xBF\xBD",
                      {"is the file saved as UTF-8? (in a spreadsheet: \"CSV UTF-8\")"}};
}

}  // namespace netral
