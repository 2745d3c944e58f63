// The in-memory form of one incident report: every fact in a numbered slot of
// its object's record, so the evaluator never looks a field up by name.
#pragma once

#include <cstdint>
#include <string>
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
        std::uint32_t index;       // string: Report::strings; object: Report::records; list: Report::lists;
                                   // string_list: Report::string_lists
    };
    Value() : integer(0) {}
    bool is_missing() const { return kind == Kind::missing; }
};

struct Record {
    std::vector<Value> slots;
};

struct Report {
    static constexpr std::uint32_t root = 0;
    std::vector<Record> records;                  // records[0] is the report itself
    std::vector<std::string> strings;
    std::vector<std::vector<std::uint32_t>> lists;  // record indexes of each list
    std::vector<std::vector<std::uint32_t>> string_lists;  // string indexes of each list of texts
    std::string id;

    const Value& slot(std::uint32_t record, std::uint32_t slot) const { return records[record].slots[slot]; }
};

}  // namespace netral
