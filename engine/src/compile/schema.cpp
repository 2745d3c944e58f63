#include "compile/schema.hpp"

#include <algorithm>
#include <bit>

namespace netral {

const char* type_name(ValueType type) {
    switch (type) {
        case ValueType::boolean: return "a yes/no fact (bool)";
        case ValueType::integer: return "a number";
        case ValueType::string: return "a text";
        case ValueType::date: return "a date";
        case ValueType::enumeration: return "one of a set of values (enum)";
        case ValueType::enum_set: return "a list of values";
        case ValueType::string_list: return "a list of texts";
        case ValueType::object: return "an object";
        case ValueType::object_list: return "a list of objects";
    }
    return "a value";
}

int FieldSchema::value_index(const std::string& value) const {
    auto found = std::find(values.begin(), values.end(), value);
    return found == values.end() ? -1 : static_cast<int>(found - values.begin());
}

void ObjectSchema::add(FieldSchema field) {
    if (field.required && field.slot < 64) required_mask_ |= std::uint64_t{1} << field.slot;
    else if (field.required) required_beyond_mask_ = true;
    fields.push_back(std::move(field));
    if (by_name_.size() < fields.size() * 4) {  // at most a quarter full: probes stay short
        by_name_.assign(std::max<std::size_t>(16, std::bit_ceil(fields.size() * 8)), NameEntry{});
        for (std::uint32_t slot = 0; slot < fields.size(); ++slot) index_field(slot);
    } else {
        index_field(static_cast<std::uint32_t>(fields.size() - 1));
    }
}

void ObjectSchema::index_field(std::uint32_t slot) {
    const std::string& name = fields[slot].name;
    const std::uint64_t prefix = name_prefix(name);
    const std::size_t mask = by_name_.size() - 1;
    std::size_t at = name_hash(name.size(), prefix) & mask;
    while (by_name_[at].slot != NameEntry::free) at = (at + 1) & mask;
    by_name_[at] = {prefix, static_cast<std::uint32_t>(name.size()), slot};
}

std::vector<std::string> ObjectSchema::field_names() const {
    std::vector<std::string> names;
    for (const FieldSchema& field : fields) names.push_back(field.name);
    return names;
}

}  // namespace netral
