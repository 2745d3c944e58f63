// One CSV cell as spreadsheets read it back: quoted when it holds a comma,
// semicolon, the separator, a quote or a line end, and defused when it would
// start a formula. Report text comes from the public, and `=HYPERLINK(…)` in
// an id must stay text when an analyst opens the file in a spreadsheet.
#pragma once

#include <string>
#include <string_view>

#include "netral/visible_text.hpp"

namespace netral {

// Appends the cell to `out`. Commas and semicolons are quoted whatever the
// separator, so that a spreadsheet that guesses the other one still keeps
// the cell whole.
inline void append_csv_cell(std::string& out, std::string_view text, char separator = ',') {
    std::size_t start = out.size();
    if (!text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos) out += '\'';
    append_visible_text(out, text, /*keep_line_breaks=*/true);  // no escape sequence reaches a terminal
    std::string_view cell = std::string_view(out).substr(start);
    bool quote = cell.find_first_of(",;\"\n\r") != std::string_view::npos ||
                 (separator != ',' && separator != ';' && cell.find(separator) != std::string_view::npos);
    if (!quote) return;
    std::string quoted = "\"";
    for (char c : cell) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    quoted += '"';
    out.replace(start, std::string::npos, quoted);
}

inline std::string csv_cell(std::string_view text, char separator = ',') {
    std::string cell;
    append_csv_cell(cell, text, separator);
    return cell;
}

}  // namespace netral
