// The compiled fact vocabulary: which slot each field of each object has.
#pragma once

#include <cstdint>
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

    // Appends a field (its slot must be fields.size()) and indexes its name.
    void add(FieldSchema field);
    // By name, in one or two probes of a hash table: every key of every
    // report is looked up here.
    const FieldSchema* find(std::string_view name) const;
    std::vector<std::string> field_names() const;

private:
    void index_field(std::uint32_t slot);
    std::vector<std::uint32_t> by_name_;  // open addressing: slot + 1, 0 when free
};

// The seven phases an act can be in, derived from its date and the election.
inline const std::vector<std::string>& phase_names() {
    static const std::vector<std::string> names = {"before_registration", "registration", "before_campaign",
                                                   "campaign", "quiet_period", "voting_day", "after_voting"};
    return names;
}

}  // namespace netral
