// Cuts a JSON input — an array of reports, or reports one after another —
// into batches of element texts as the bytes arrive, so that a JSON array of
// any size is checked as a stream, with flat memory, like JSON Lines. Each
// element is parsed on its own later (see JsonValueScanner).
#pragma once

#include <cstddef>
#include <istream>
#include <string>

#include "batch/record_texts.hpp"
#include "report/json_value_scanner.hpp"

namespace netral {

class JsonArrayCutter {
public:
    explicit JsonArrayCutter(std::istream& input, std::size_t read_size = 64 * 1024)
        : input_(input), read_size_(read_size) {}

    // Reads into `texts` (empty) until it holds at least `min_records`
    // elements, a read comes back short (a pipe with nothing more yet), or
    // the input ends. False when no element was left to read, or on error().
    bool fill(RecordTexts& texts, std::size_t min_records);

    // The input is unreadable (UTF-16), could not be read to its end, or its
    // array was never closed (then every element read was still given).
    const std::string& error() const { return error_; }
    std::size_t bytes_read() const { return bytes_read_; }

private:
    std::istream& input_;
    std::size_t read_size_;
    JsonValueScanner scanner_;
    std::string pending_;            // the input from pending_start_ on: an unfinished value's start, then unscanned bytes
    std::size_t pending_start_ = 0;  // offset of pending_[0] in the input
    std::size_t bytes_read_ = 0;
    bool started_ = false;
    bool ended_ = false;
    std::string error_;
};

}  // namespace netral
