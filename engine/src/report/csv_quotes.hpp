// Where a CSV row ends: the one rule that the CSV reader (parse_csv) and the
// streaming splitter (RecordSplitter) both follow, byte by byte, so that a
// file cut into rows as it streams in gives the same rows as the file read
// whole.
//
// A `"` opens a quoted field only as the first character of a field; there
// `""` is a quote and a lone `"` closes the field. Anywhere else a `"` is an
// ordinary character (`tinggi 5" layar`). A line end outside quotes ends
// the row.
#pragma once

#include <cstdint>
#include <string_view>

namespace netral {

class CsvQuotes {
public:
    enum class Byte {
        text,           // part of the field (also a line end inside quotes)
        open_quote,     // the `"` that opens a quoted field
        close_quote,    // the `"` that closes it
        escaped_quote,  // the first of `""` inside quotes: one `"` in the field; skip the next byte
        separator,      // ends the field
        carriage,       // the `\r` of a CRLF outside quotes: nothing
        row_end,        // the `\n` that ends the row
    };

    explicit CsvQuotes(char separator) : separator_(separator) {}

    // What `c` is, given `next`, the byte after it (0 at the end of the
    // text). After escaped_quote the caller skips `next`.
    Byte step(char c, char next) {
        if (quoted_) {
            if (c != '"') return Byte::text;
            if (next == '"') return Byte::escaped_quote;
            quoted_ = false;
            return Byte::close_quote;
        }
        if (c == '"' && field_start_) {
            quoted_ = true;
            field_start_ = false;
            return Byte::open_quote;
        }
        if (c == separator_ || c == '\n') {
            field_start_ = true;
            return c == '\n' ? Byte::row_end : Byte::separator;
        }
        if (c == '\r' && next == '\n') return Byte::carriage;
        field_start_ = false;
        return Byte::text;
    }

    bool quoted() const { return quoted_; }
    char separator() const { return separator_; }

    // Whether a byte the row holds makes it a row rather than a blank or
    // separator-only line (a spreadsheet's trailing rows), which are skipped.
    static bool content(Byte kind, char c) {
        return kind == Byte::open_quote || (kind == Byte::text && c != ' ' && c != '\t');
    }

private:
    char separator_;
    bool quoted_ = false;
    bool field_start_ = true;
};

// A UTF-8 byte order mark: spreadsheet exports start their files with one,
// and it is never part of a header's first column.
constexpr std::string_view byte_order_mark = "\xEF\xBB\xBF";

inline bool byte_order_mark_at(std::string_view text, std::size_t at = 0) {
    return text.substr(at, byte_order_mark.size()) == byte_order_mark;
}

// Lines before the header that hold nothing but spaces, separators and
// quotes (after a byte order mark) are not the header; the separator is
// detected on the first other.
inline bool csv_blank_line(std::string_view line) {
    if (byte_order_mark_at(line)) line.remove_prefix(byte_order_mark.size());
    return line.find_first_not_of(" \t\r\n,;\"") == std::string_view::npos;
}

}  // namespace netral
