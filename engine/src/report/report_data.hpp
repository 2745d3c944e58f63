// The in-memory form of one incident report: every fact in a numbered slot of
// its object's record, so the evaluator never looks a field up by name.
// Everything lives in a few flat arrays, so a batch can read report after
// report into one Report (clear() keeps the memory) without allocating.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "netral/report.hpp"

namespace netral {

struct Value {
    enum class Kind : std::uint8_t { missing, boolean, integer, date, enumeration, enum_set, string, object, list, string_list };
    Kind kind = Kind::missing;
    union {
        bool boolean;
        std::int64_t integer;
        std::int32_t date;        // days since 1970-01-01
        std::uint32_t enum_index;  // index into the field's declared values
        std::uint64_t enum_set;    // bit i = declared value i
        std::uint32_t index;       // string: Report::string; object: a record; list, string_list: Report::items
    };
    Value() : integer(0) {}
    bool is_missing() const { return kind == Kind::missing; }
};

struct Report {
    static constexpr std::uint32_t root = 0;  // the report itself is record 0
    std::string id;

    const Value& slot(std::uint32_t record, std::uint32_t slot) const { return values_[record_start_[record] + slot]; }
    std::string_view string(std::uint32_t index) const {
        const Span& span = strings_[index];
        return std::string_view(chars_).substr(span.start, span.size);
    }
    // A list's record indexes, or a list of texts' string indexes.
    std::span<const std::uint32_t> items(std::uint32_t list) const {
        const Span& span = lists_[list];
        return std::span<const std::uint32_t>(list_items_).subspan(span.start, span.size);
    }

    // Building, for the reader.
    void clear() {
        id.clear();
        values_.clear();
        record_start_.clear();
        chars_.clear();
        strings_.clear();
        list_items_.clear();
        lists_.clear();
        pending_items_.clear();
    }
    bool has_root() const { return !record_start_.empty(); }  // false until the report's own record is read

    std::uint32_t add_record(std::size_t slot_count) {
        record_start_.push_back(static_cast<std::uint32_t>(values_.size()));
        values_.resize(values_.size() + slot_count);
        return static_cast<std::uint32_t>(record_start_.size() - 1);
    }
    Value& slot_to_fill(std::uint32_t record, std::uint32_t slot) { return values_[record_start_[record] + slot]; }
    std::uint32_t add_string(std::string_view text) {
        strings_.push_back({static_cast<std::uint32_t>(chars_.size()), static_cast<std::uint32_t>(text.size())});
        chars_.append(text);
        return static_cast<std::uint32_t>(strings_.size() - 1);
    }
    // A list's items may hold lists of their own, so items wait on a stack
    // until their list is complete: begin_list(), add_item() for each item,
    // then end_list(mark) gives the list's index.
    std::size_t begin_list() const { return pending_items_.size(); }
    void add_item(std::uint32_t item) { pending_items_.push_back(item); }
    std::uint32_t end_list(std::size_t mark) {
        lists_.push_back({static_cast<std::uint32_t>(list_items_.size()), static_cast<std::uint32_t>(pending_items_.size() - mark)});
        list_items_.insert(list_items_.end(), pending_items_.begin() + static_cast<std::ptrdiff_t>(mark), pending_items_.end());
        pending_items_.resize(mark);
        return static_cast<std::uint32_t>(lists_.size() - 1);
    }

private:
    struct Span {
        std::uint32_t start, size;
    };
    std::vector<Value> values_;               // every record's slots, end to end
    std::vector<std::uint32_t> record_start_;  // where each record's slots begin
    std::string chars_;                       // every text, end to end
    std::vector<Span> strings_;
    std::vector<std::uint32_t> list_items_;
    std::vector<Span> lists_;
    std::vector<std::uint32_t> pending_items_;
};

}  // namespace netral
