#include "netral/visible_text.hpp"

#include "netral/utf8.hpp"

namespace netral {
namespace {

constexpr std::string_view replacement = "\xEF\xBF\xBD";  // U+FFFD

// The UTF-8 of U+2400 + c (␀ … ␟), or of U+2421 (␡) for DEL.
void append_picture(std::string& out, unsigned char c) {
    unsigned code = c == 0x7F ? 0x2421 : 0x2400 + c;
    out += static_cast<char>(0xE0 | (code >> 12));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
}

// A code point, from a valid UTF-8 sequence of 2 or 3 bytes.
unsigned code_point(std::string_view sequence) {
    auto byte = [&](std::size_t i) { return static_cast<unsigned>(static_cast<unsigned char>(sequence[i])); };
    if (sequence.size() == 2) return ((byte(0) & 0x1F) << 6) | (byte(1) & 0x3F);
    return ((byte(0) & 0x0F) << 12) | ((byte(1) & 0x3F) << 6) | (byte(2) & 0x3F);
}

bool hidden_control(unsigned code) {
    return (code >= 0x80 && code <= 0x9F) ||      // C1: CSI, OSC, … in 8-bit terminals
           (code >= 0x202A && code <= 0x202E) ||  // bidirectional embeddings and overrides
           (code >= 0x2066 && code <= 0x2069);    // bidirectional isolates
}

}  // namespace

void append_visible_text(std::string& out, std::string_view text, bool keep_line_breaks) {
    std::size_t i = 0;
    while (i < text.size()) {
        // Printable ASCII, the bulk of any text, is copied in runs.
        std::size_t run = i;
        while (run < text.size() && static_cast<unsigned char>(text[run]) >= 0x20 &&
               static_cast<unsigned char>(text[run]) < 0x7F)
            ++run;
        out.append(text.data() + i, run - i);
        i = run;
        if (i == text.size()) break;
        auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            bool line_break = c == '\n' || (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n');  // LF, CRLF
            if (c == '\t' || (line_break && keep_line_breaks)) out += static_cast<char>(c);
            else append_picture(out, c);
            ++i;
            continue;
        }
        std::size_t length = utf8_sequence_length(text, i);
        if (length == 0) {
            out += replacement;
            ++i;
            continue;
        }
        std::string_view sequence = text.substr(i, length);
        if (length <= 3 && hidden_control(code_point(sequence))) out += replacement;
        else out += sequence;
        i += length;
    }
}

std::string visible_text(std::string_view text, bool keep_line_breaks) {
    std::string out;
    out.reserve(text.size());
    append_visible_text(out, text, keep_line_breaks);
    return out;
}

}  // namespace netral
