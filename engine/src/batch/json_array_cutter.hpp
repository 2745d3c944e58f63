// Cuts a JSON input — an array of reports, or reports one after another —
// into batches of element texts as the bytes arrive, so that a JSON array of
// any size is checked as a stream, with flat memory, like JSON Lines. Each
// element is parsed on its own later (see JsonValueScanner).
#pragma once

#include <cstddef>
#include <istream>
#include <string>

#include "batch/record_texts.hpp"
#include "netral/report.hpp"
#include "report/json_value_scanner.hpp"

namespace netral {

class JsonArrayCutter {
public:
    // An element of more than `max_record_bytes` is cut out as too large,
    // its bytes not kept.
    explicit JsonArrayCutter(std::istream& input, std::size_t read_size = 64 * 1024,
                             std::size_t max_record_bytes = default_max_record_bytes)
        : input_(input), read_size_(read_size), max_record_bytes_(max_record_bytes), scanner_(max_record_bytes) {}

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
    std::size_t max_record_bytes_;
    JsonValueScanner scanner_;
    std::size_t dropped_value_ = std::string::npos;  // offset of the value whose bytes are no longer kept
    std::string pending_;            // the input from pending_start_ on: an unfinished value's start, then unscanned bytes
    std::size_t pending_start_ = 0;  // offset of pending_[0] in the input
    std::size_t bytes_read_ = 0;
    bool started_ = false;
    bool ended_ = false;
    std::string error_;
};

}  // namespace netral
