#include "render/json_text.hpp"

#include "netral/utf8.hpp"

#include <array>
#include <cstdint>
#include <cstring>
#include <fmt/format.h>

namespace netral {
namespace {
// Printable ASCII other than '"' and '\\': copied as it is.
constexpr auto plain_table = [] {
    std::array<bool, 256> table{};
    for (int c = 0x20; c < 0x7F; ++c) table[static_cast<std::size_t>(c)] = c != '"' && c != '\\';
    return table;
}();
bool plain_ascii(char c) { return plain_table[static_cast<unsigned char>(c)]; }

// The length of the run of plain ASCII at the start of `text`, eight bytes
// at a time: a word is all plain when none of its bytes is below 0x20, a
// quote, a backslash or 0x80 and above. (DEL, 0x7F, counts as plain here;
// it is copied as it is either way.)
std::size_t plain_run(std::string_view text) {
    constexpr std::uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
    const auto has_zero_byte = [](std::uint64_t v) { return (v - ones) & ~v & highs; };
    std::size_t i = 0;
    for (; i + 8 <= text.size(); i += 8) {
        std::uint64_t word;
        std::memcpy(&word, text.data() + i, 8);
        std::uint64_t special = (word & highs) | ((word - ones * 0x20) & ~word & highs) |
                                has_zero_byte(word ^ (ones * '"')) | has_zero_byte(word ^ (ones * '\\'));
        if (special) break;
    }
    while (i < text.size() && plain_ascii(text[i])) ++i;
    return i;
}

}  // namespace

void append_json_quoted(std::string& out, std::string_view text) {
    out += '"';
    for (std::size_t i = 0; i < text.size();) {
        // Most text is plain printable ASCII: copy such runs whole (this is
        // the hot path of batch output).
        std::size_t run = i + plain_run(text.substr(i));
        if (run > i) {
            out.append(text.data() + i, run - i);
            i = run;
            if (i == text.size()) break;
        }
        char c = text[i];
        switch (c) {
            case '"': out += "\\\""; ++i; continue;
            case '\\': out += "\\\\"; ++i; continue;
            case '\n': out += "\\n"; ++i; continue;
            case '\r': out += "\\r"; ++i; continue;
            case '\t': out += "\\t"; ++i; continue;
            default: break;
        }
        if (static_cast<unsigned char>(c) < 0x20) {
            out += fmt::format("\\u{:04x}", static_cast<unsigned>(c));
            ++i;
            continue;
        }
        std::size_t length = utf8_sequence_length(text, i);
        if (length == 0) {
            out += "\xEF\xBF\xBD";
            ++i;
            continue;
        }
        out.append(text.substr(i, length));
        i += length;
    }
    out += '"';
}

std::string json_quote(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 2);
    append_json_quoted(out, text);
    return out;
}

}  // namespace netral
