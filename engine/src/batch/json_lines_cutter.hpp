// Cuts JSON Lines into batches by reading straight into each batch's buffer:
// a record's bytes are copied once, by the read itself. Only the start of a
// line that a batch's last read cut in two is carried over to the next batch.
// (The other formats go through RecordSplitter.)
#pragma once

#include <cstdint>
#include <istream>
#include <string>

#include "batch/record_texts.hpp"
#include "netral/report.hpp"

namespace netral {

class JsonLinesCutter {
public:
    // A line of more than `max_record_bytes` is cut out as too large, its
    // bytes not kept.
    explicit JsonLinesCutter(std::istream& input, std::size_t read_size = 64 * 1024,
                             std::size_t max_record_bytes = default_max_record_bytes)
        : input_(input), read_size_(read_size), max_record_bytes_(max_record_bytes) {}

    // Reads into `texts` (empty) until it holds at least `min_records` lines
    // or the input ends; blank lines are not records. False when no record
    // was left to read, or on error().
    bool fill(RecordTexts& texts, std::size_t min_records);

    // The input is unreadable (UTF-16) or could not be read to its end.
    const std::string& error() const { return error_; }
    std::size_t bytes_read() const { return bytes_read_; }

private:
    // Takes the complete lines from `start` on, looking for their ends from
    // `scan_from` on (the bytes before it hold none); returns where the
    // first incomplete one starts.
    std::size_t take_lines(RecordTexts& texts, std::size_t start, std::size_t scan_from);

    std::istream& input_;
    std::size_t read_size_;
    std::size_t max_record_bytes_;
    bool dropping_ = false;            // the line being read is too large: its bytes are not kept
    std::size_t dropped_bytes_ = 0;    // how many of them so far
    std::uint32_t dropped_line_ = 0;   // its line
    std::string carry_;          // the start of a line cut by the last read
    std::uint32_t line_ = 0;     // 0-based line where carry_ starts
    std::size_t bytes_read_ = 0;
    bool started_ = false;
    bool ended_ = false;
    std::string error_;
};

}  // namespace netral
