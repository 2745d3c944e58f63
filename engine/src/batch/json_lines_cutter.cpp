#include "batch/json_lines_cutter.hpp"

#include <algorithm>
#include <cstring>

#include "batch/read_input.hpp"
#include "netral/report.hpp"

namespace netral {
namespace {

bool blank(std::string_view line) { return line.find_first_not_of(" \t\r\n") == std::string_view::npos; }

constexpr std::string_view byte_order_mark = "\xEF\xBB\xBF";

}  // namespace

bool JsonLinesCutter::fill(RecordTexts& texts, std::size_t min_records) {
    if (!error_.empty()) return false;
    min_records = std::max<std::size_t>(min_records, 1);
    // The start of a line that the last read cut in two comes first.
    std::size_t incomplete = 0;  // where the line not yet complete starts
    if (!carry_.empty()) {
        std::memcpy(texts.room_for(carry_.size()), carry_.data(), carry_.size());
        texts.commit(carry_.size());
        carry_.clear();
    }
    std::size_t scanned = texts.bytes();  // the carried start holds no line end
    while (texts.size() < min_records && !ended_) {
        char* at = texts.room_for(read_size_);
        std::size_t got = read_input(input_, at, read_size_, error_);
        if (got == 0) ended_ = true;
        texts.commit(got);
        bytes_read_ += got;
        if (!started_) {
            // The input's first bytes, which the first reads may deliver piecemeal.
            std::string_view first(texts.data(), texts.bytes());
            if (first.size() < byte_order_mark.size() && !ended_) continue;
            started_ = true;
            if (auto problem = unreadable_encoding(first)) {
                error_ = *problem;
                return false;
            }
            // A UTF-8 byte order mark is not part of the first record.
            if (first.substr(0, byte_order_mark.size()) == byte_order_mark) incomplete = byte_order_mark.size();
            scanned = incomplete;
        }
        incomplete = take_lines(texts, incomplete, scanned);
        scanned = texts.bytes();
        // A short read from a pipe: the writer has sent nothing more yet.
        // Check the lines that have come rather than wait for a full batch.
        if (got < read_size_ && texts.size() > 0) break;
    }
    std::string_view rest(texts.data() + incomplete, texts.bytes() - incomplete);
    if (ended_) {
        if (dropping_) texts.add_too_large(dropped_bytes_, dropped_line_, line_);  // a last line without its newline
        else if (!blank(rest)) texts.add_in_place(incomplete, rest.size(), line_);
        dropping_ = false;
    } else {
        carry_.assign(rest);
        texts.truncate(incomplete);
    }
    texts.pad();
    return texts.size() > 0;
}

std::size_t JsonLinesCutter::take_lines(RecordTexts& texts, std::size_t start, std::size_t scan_from) {
    const char* data = texts.data();
    std::size_t end = texts.bytes();
    std::size_t from = std::max(start, scan_from);
    while (const void* found = std::memchr(data + from, '\n', end - from)) {
        auto newline = static_cast<std::size_t>(static_cast<const char*>(found) - data);
        std::string_view line(data + start, newline - start);
        if (dropping_) {
            texts.add_too_large(dropped_bytes_ + line.size(), dropped_line_, line_);
            dropping_ = false;
        } else if (line.size() > max_record_bytes_) {
            texts.add_too_large(line.size(), line_, line_);
        } else if (!blank(line)) {
            texts.add_in_place(start, line.size(), line_);
        }
        ++line_;
        start = from = newline + 1;
    }
    // A line longer than any record may be: its bytes are dropped as they
    // come, so that a runaway line costs no memory.
    if (!dropping_ && end - start > max_record_bytes_) {
        dropping_ = true;
        dropped_bytes_ = 0;
        dropped_line_ = line_;
    }
    if (dropping_) {
        dropped_bytes_ += end - start;
        texts.truncate(start);
    }
    return start;
}

}  // namespace netral
