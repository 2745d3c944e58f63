// Finds the records of a JSON input without parsing them: the elements of a
// top-level array, or values one after another at the top (a single object,
// or concatenated objects; anything after an array's `]` too). Each element
// is then parsed on its own, so a broken element is one invalid record and
// never hides the others, and an array of any size is read as a stream,
// batch by batch.
//
// The scan follows strings (with their escapes) and brackets only. A closing
// bracket that does not match closes the brackets opened after its match, so
// a broken element ends where its outer bracket does, not at the end of the
// file.
//
// An element whose bracket is left open would run on over the elements
// after it, to the array's `]` or the end of the input. When that happens,
// it is cut short where the next element starts: at the first line of it
// that starts with `{` or `[` in the column where the broken element
// started (elements written one per line, or indented as JSON printers
// indent them), and the input is scanned again from there, so those
// elements are records of their own. Valid JSON is never cut: only an
// element that ran on to the end (or past the size any record may have)
// is looked at again. (When the element's
// own lines start no further in than it does, as with no indentation at
// all, a bracket there could be an inner object: then it runs on.)
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace netral {

struct JsonValueSpan {
    std::size_t begin = 0, end = 0;  // offsets in the whole input
    std::uint32_t line = 0;          // 0-based line of `begin`
    std::uint32_t column = 0;        // 0-based byte column of `begin`
    std::uint32_t last_line = 0;     // 0-based line of its last byte
    bool cut_short = false;          // a bracket left open: it ended where the next element starts
};

class JsonValueScanner {
public:
    // A value that grows past `max_value_bytes` without its brackets closed
    // is cut short at once where the next element starts, if it has such a
    // line: it could not be read anyway, and would hold up the rest.
    explicit JsonValueScanner(std::size_t max_value_bytes = std::string::npos) : max_value_bytes_(max_value_bytes) {}

    // Scans the input's next bytes (`bytes` starts at offset consumed()),
    // calling `found(JsonValueSpan)` for each value completed in them.
    // Returns false when it stopped early to scan again from an earlier
    // offset (an element cut short): feed again from consumed().
    template <typename Found>
    bool feed(std::string_view bytes, Found&& found) {
        for (char c : bytes) {
            if (step(c)) found(done_);
            if (rewound_) {
                rewound_ = false;
                return false;
            }
        }
        return true;
    }
    // At the end of the input: a value cut short is still a record (it will
    // not parse, and so becomes an invalid verdict). Returns false when the
    // input must be fed again from consumed() (then call finish() again).
    template <typename Found>
    bool finish(Found&& found) {
        if (in_value_ && rewind_to_next_element(offset_)) {
            found(done_);
            rewound_ = false;
            return false;
        }
        if (in_value_) {
            end_value(offset_);
            found(done_);
        }
        if (where_ == Where::array && error_.empty())
            error_ = "the JSON array has no closing `]`: the file may have been cut short, or its last element "
                     "left a `{` or `[` open";
        return true;
    }

    // Where the unfinished value starts: the bytes before it are no longer
    // needed, as long as it is not cut short at a later element.
    bool in_value() const { return in_value_; }
    std::size_t value_begin() const { return value_.begin; }
    std::size_t consumed() const { return offset_; }
    // The array was never closed (the input may have been cut short).
    const std::string& error() const { return error_; }

private:
    bool step(char c);           // true when a value ended at this byte or just before it
    void advance(char c);        // past `c`: offset, line, column
    bool step_in_value(char c);  // true when the value ended
    bool between_values(char c);  // true when `c` starts a value
    // At the first byte `c` of a line, inside a value: whether it could be
    // the next element's start (remembered in candidate_).
    void note_line_start(char c);
    // The value ran on to `end` without its brackets closed: if a candidate
    // was seen, the value ends before it (done_) and scanning goes back there.
    bool rewind_to_next_element(std::size_t end);
    void start_value(char c);
    bool end_value(std::size_t end);

    enum class Where { top, array };
    Where where_ = Where::top;  // in the array until its `]`
    bool seen_value_ = false;  // at the top: a value came before (so `[` starts one, not the array)
    bool in_value_ = false;
    bool in_string_ = false, escaped_ = false;
    bool bare_ = false;        // a value that is not a string, object or array (a number, a word)
    std::string brackets_;     // the value's open brackets, innermost last
    JsonValueSpan value_;      // the value being scanned
    Where value_where_ = Where::top;  // where it started
    JsonValueSpan done_;       // the value just completed
    std::size_t offset_ = 0;   // of the next byte
    std::uint32_t line_ = 0, column_ = 0;
    std::string error_;

    // For cutting an element short where the next one starts:
    bool at_line_start_ = true;       // no byte but spaces yet on this line
    bool value_starts_line_ = false;  // the value began as the first byte of its line
    bool shallow_line_ = false;       // since it began, a line of it started no further in than it did
    std::size_t content_end_ = 0;     // after its last byte that is not a space or a comma
    std::uint32_t content_line_ = 0;  // that byte's line
    struct Candidate {
        bool found = false;
        std::size_t offset = 0;
        std::uint32_t line = 0, column = 0;
        std::size_t content_end = 0;  // the value's content_end_ before that line
        std::uint32_t content_line = 0;
    } candidate_;
    std::size_t cut_at_once_until_ = 0;  // scanning again: up to here a candidate cuts at once
    bool rewound_ = false;
    std::size_t max_value_bytes_;
};

}  // namespace netral
