// Text from reports (and rule packs) shown to a person: at a terminal, in a
// review, in a spreadsheet. Control characters are made visible, so that
// none can move the cursor, clear the screen, retitle the window, forge a
// line of output (`A\nStatus: TIDAK ADA PELANGGARAN`), or turn the text
// around it right to left.
//
// C0 controls and DEL become their Unicode pictures (ESC is ␛, a line
// break ␊); C1 controls, the bidirectional embeddings, overrides and
// isolates (U+202A–U+202E, U+2066–U+2069) and bytes that are not UTF-8
// become U+FFFD. Tabs stay; line breaks (LF, CRLF) stay only where asked.
#pragma once

#include <string>
#include <string_view>

namespace netral {

std::string visible_text(std::string_view text, bool keep_line_breaks = false);
void append_visible_text(std::string& out, std::string_view text, bool keep_line_breaks = false);

}  // namespace netral
