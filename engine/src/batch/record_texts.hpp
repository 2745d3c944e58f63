// The records of one batch, their texts end to end in one buffer: a batch of
// hundreds of records costs a few allocations, not one per record.
#pragma once

#include <cstdint>
#include <algorithm>
#include <cstring>
#include <memory>
#include <string_view>
#include <vector>

#include "report/text_padding.hpp"

namespace netral {

class RecordTexts {
public:
    // Copies `text` in as the next record.
    // `first_column`: bytes before it on its first line (a JSON array's element).
    void add(std::string_view text, std::uint32_t first_line, std::uint32_t first_column = 0) {
        char* at = room_for(text.size());
        if (!text.empty()) std::memcpy(at, text.data(), text.size());
        add_in_place(size_, text.size(), first_line, first_column);
        size_ += text.size();
    }

    // For a reader that reads straight into the buffer: room for `count`
    // more bytes at the end (valid until the next call), then commit() the
    // bytes it wrote and add_in_place() the records among them.
    char* room_for(std::size_t count) {
        if (size_ + count + text_padding > capacity_) grow(size_ + count + text_padding);
        return data_.get() + size_;
    }
    void commit(std::size_t count) { size_ += count; }
    void add_in_place(std::size_t offset, std::size_t size, std::uint32_t first_line, std::uint32_t first_column = 0) {
        entries_.push_back({offset, size, first_line, first_column});
    }
    // A record larger than the limit: not kept, only where it was and its
    // size, for its invalid verdict.
    void add_too_large(std::size_t bytes, std::uint32_t first_line, std::uint32_t last_line,
                       std::uint32_t first_column = 0) {
        entries_.push_back({size_, 0, first_line, first_column, bytes, last_line});
    }
    // The last record added is an element of a JSON array cut short where
    // the next one starts (a bracket left open), and ends on `last_line`.
    void mark_cut_short(std::uint32_t last_line) {
        entries_.back().cut_short = true;
        entries_.back().last_line = last_line;
    }
    // No records, keeping the buffer.
    void clear() {
        size_ = 0;
        entries_.clear();
    }
    // Drops the bytes from `size` on (a partial record carried to the next batch).
    void truncate(std::size_t size) { size_ = size; }
    std::size_t bytes() const { return size_; }
    const char* data() const { return data_.get(); }

    std::size_t size() const { return entries_.size(); }
    // The record's text; the buffer holds at least `text_padding`
    // bytes after it (zeros after the last text once padded).
    std::string_view text(std::size_t i) const { return {data_.get() + entries_[i].offset, entries_[i].size}; }
    std::uint32_t first_line(std::size_t i) const { return entries_[i].first_line; }
    std::uint32_t first_column(std::size_t i) const { return entries_[i].first_column; }
    // Its size, when it was too large to keep (add_too_large); else 0.
    std::size_t too_large_bytes(std::size_t i) const { return entries_[i].too_large_bytes; }
    std::uint32_t last_line(std::size_t i) const { return entries_[i].last_line; }
    bool cut_short(std::size_t i) const { return entries_[i].cut_short; }
    // Zeros the padding after the last text: readers may look at it.
    void pad() {
        room_for(0);
        std::memset(data_.get() + size_, 0, text_padding);
    }

private:
    struct Entry {
        std::size_t offset, size;
        std::uint32_t first_line, first_column;
        std::size_t too_large_bytes = 0;
        std::uint32_t last_line = 0;
        bool cut_short = false;
    };

    void grow(std::size_t needed) {
        std::size_t capacity = std::max(needed, capacity_ * 2);
        // Not value-initialised: the bytes are about to be overwritten by a read.
        std::unique_ptr<char[]> data(new char[capacity]);
        if (size_) std::memcpy(data.get(), data_.get(), size_);
        data_ = std::move(data);
        capacity_ = capacity;
    }

    std::unique_ptr<char[]> data_;
    std::size_t size_ = 0, capacity_ = 0;
    std::vector<Entry> entries_;
};

}  // namespace netral
