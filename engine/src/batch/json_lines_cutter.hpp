// Cuts JSON Lines into batches by reading straight into each batch's buffer:
// a record's bytes are copied once, by the read itself. Only the start of a
// line that a batch's last read cut in two is carried over to the next batch.
// (The other formats go through RecordSplitter.)
#pragma once

#include <cstdint>
#include <istream>
#include <string>

#include "batch/record_texts.hpp"

namespace netral {

class JsonLinesCutter {
public:
    explicit JsonLinesCutter(std::istream& input, std::size_t read_size = 64 * 1024)
        : input_(input), read_size_(read_size) {}

    // Reads into `texts` (empty) until it holds at least `min_records` lines
    // or the input ends; blank lines are not records. False when no record
    // was left to read, or on error().
    bool fill(RecordTexts& texts, std::size_t min_records);

    // The input is unreadable (UTF-16) or could not be read to its end.
    const std::string& error() const { return error_; }
    std::size_t bytes_read() const { return bytes_read_; }

private:
    // Takes the complete lines from `start` on; returns where the first
    // incomplete one starts.
    std::size_t take_lines(RecordTexts& texts, std::size_t start);

    std::istream& input_;
    std::size_t read_size_;
    std::string carry_;          // the start of a line cut by the last read
    std::uint32_t line_ = 0;     // 0-based line where carry_ starts
    std::size_t bytes_read_ = 0;
    bool started_ = false;
    bool ended_ = false;
    std::string error_;
};

}  // namespace netral
