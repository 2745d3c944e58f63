// Finds the records of a JSON input without parsing them: the elements of a
// top-level array, or values one after another at the top (a single object,
// or concatenated objects; anything after an array's `]` too). Each element is then parsed on its own, so a
// broken element is one invalid record and never hides the others, and an
// array of any size is read as a stream, batch by batch.
//
// The scan follows strings (with their escapes) and brackets only. A closing
// bracket that does not match closes the brackets opened after its match, so
// a broken element ends where its outer bracket does, not at the end of the
// file. An element whose bracket is left open ends where the next element
// starts on a line of its own, at the column where the broken one started:
// elements written one per line, or indented as JSON printers indent them.
// (When the element's own lines start no further in, as with no indentation
// at all, that sign could be an inner object: then the element runs on.)
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
    // Scans the input's next bytes (`bytes` starts at offset consumed()),
    // calling `found(JsonValueSpan)` for each value completed in them.
    template <typename Found>
    void feed(std::string_view bytes, Found&& found) {
        for (char c : bytes) {
            if (step(c)) found(done_);
        }
    }
    // At the end of the input: a value cut short is still a record (it will
    // not parse, and so becomes an invalid verdict).
    template <typename Found>
    void finish(Found&& found) {
        if (in_value_) {
            end_value(offset_);
            found(done_);
        }
        if (where_ == Where::array && error_.empty())
            error_ = "the JSON array has no closing `]`: the file may have been cut short, or its last element "
                     "left a `{` or `[` open";
    }

    // Where the unfinished value starts: the bytes before it are no longer needed.
    bool in_value() const { return in_value_; }
    std::size_t value_begin() const { return value_.begin; }
    std::size_t consumed() const { return offset_; }
    // The array was never closed (the input may have been cut short).
    const std::string& error() const { return error_; }

private:
    bool step(char c);           // true when a value ended at this byte or just before it
    bool step_in_value(char c);  // true when the value ended
    bool between_values(char c);  // true when `c` starts a value
    // At the first byte `c` of a line, inside a value: whether it is the
    // next element's start, the value being cut short.
    bool next_element_starts(char c);
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
};

}  // namespace netral
