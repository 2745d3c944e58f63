// The compiled fact vocabulary: which slot each field of each object has.
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "netral/diagnostic.hpp"

namespace netral {

enum class ValueType : std::uint8_t { boolean, integer, string, date, enumeration, enum_set, string_list, object, object_list };

const char* type_name(ValueType type);

struct ObjectSchema;

struct FieldSchema {
    std::string name;
    ValueType type = ValueType::string;
    std::uint32_t slot = 0;
    std::vector<std::string> values;                // enumeration, enum_set
    std::shared_ptr<const ObjectSchema> object;     // object, object_list
    bool required = false;
    bool derived = false;                           // computed by the engine (act phase)
    std::string question;
    std::uint32_t ask_rank = 0;                     // declaration order over the whole vocabulary
    Location location;

    // index of `value` in `values`, or -1
    int value_index(const std::string& value) const;
};

struct ObjectSchema {
    std::vector<FieldSchema> fields;  // fields[i].slot == i; added with add()
    // The text field a text given in place of the object fills (`shorthand`),
    // or -1: `reporter: "Budi"` reads as `reporter: {name: "Budi"}`.
    std::int32_t shorthand_slot = -1;

    // Appends a field (its slot must be fields.size()) and indexes its name.
    void add(FieldSchema field);
    // By name, mostly in one probe of a small hash table that holds each
    // name's length and first eight bytes: every key of every report is
    // looked up here, so it is inline and calls nothing.
    const FieldSchema* find(std::string_view name) const { return find(name, name_prefix(name)); }
    // The same for a name followed by at least seven readable bytes (a key
    // in simdjson's padded string buffer): its first eight bytes are one load.
    const FieldSchema* find_padded(std::string_view name) const {
        if constexpr (std::endian::native != std::endian::little) return find(name);
        std::uint64_t prefix;
        std::memcpy(&prefix, name.data(), sizeof prefix);
        if (name.size() < 8) prefix &= (std::uint64_t{1} << (8 * name.size())) - 1;
        return find(name, prefix);
    }
    std::vector<std::string> field_names() const;

    // Bit i: the field of slot i is required. Fields beyond slot 63 are not
    // in the mask; `required_beyond_mask` says whether any of them is required.
    std::uint64_t required_mask() const { return required_mask_; }
    bool required_beyond_mask() const { return required_beyond_mask_; }

private:
    const FieldSchema* find(std::string_view name, std::uint64_t prefix) const {
        if (by_name_.empty()) return nullptr;
        const std::size_t mask = by_name_.size() - 1;
        for (std::size_t at = name_hash(name.size(), prefix) & mask;; at = (at + 1) & mask) {
            const NameEntry& entry = by_name_[at];
            if (entry.slot == NameEntry::free) return nullptr;
            if (entry.size != name.size() || entry.prefix != prefix) continue;
            const std::string& known = fields[entry.slot].name;
            std::size_t k = 8;
            while (k < name.size() && known[k] == name[k]) ++k;
            if (k >= name.size()) return &fields[entry.slot];
        }
    }

    std::uint64_t required_mask_ = 0;
    bool required_beyond_mask_ = false;

    struct NameEntry {
        static constexpr std::uint32_t free = ~std::uint32_t{0};
        std::uint64_t prefix = 0;  // the name's first eight bytes
        std::uint32_t size = 0;
        std::uint32_t slot = free;
    };
    static std::uint64_t name_prefix(std::string_view name) {
        std::uint64_t prefix = 0;
        for (std::size_t k = 0; k < name.size() && k < 8; ++k)
            prefix |= std::uint64_t{static_cast<unsigned char>(name[k])} << (8 * k);
        return prefix;
    }
    static std::size_t name_hash(std::size_t size, std::uint64_t prefix) {
        return static_cast<std::size_t>(((prefix ^ size) * 0x9E3779B97F4A7C15u) >> 40);
    }
    void index_field(std::uint32_t slot);
    std::vector<NameEntry> by_name_;  // open addressing, at most a quarter full
};

// The seven phases an act can be in, derived from its date and the election.
inline const std::vector<std::string>& phase_names() {
    static const std::vector<std::string> names = {"before_registration", "registration", "before_campaign",
                                                   "campaign", "quiet_period", "voting_day", "after_voting"};
    return names;
}

}  // namespace netral
