// One CSV cell as spreadsheets read it back: quoted when it holds a comma,
// quote or line end, and defused when it would start a formula. Report text
// comes from the public, and `=HYPERLINK(…)` in an id must stay text when an
// analyst opens the file in a spreadsheet.
#pragma once

#include <string>
#include <string_view>

#include "netral/visible_text.hpp"

namespace netral {

inline std::string csv_cell(std::string_view text) {
    std::string cell;
    if (!text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos) cell += '\'';
    append_visible_text(cell, text, /*keep_line_breaks=*/true);  // no escape sequence reaches a terminal
    if (cell.find_first_of(",;\"\n\r") == std::string::npos) return cell;
    std::string quoted = "\"";
    for (char c : cell) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

}  // namespace netral
