#include "compile/schema.hpp"

#include <algorithm>

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

const FieldSchema* ObjectSchema::find(std::string_view name) const {
    for (const FieldSchema& field : fields)
        if (field.name.size() == name.size() && field.name == name) return &field;
    return nullptr;
}

std::vector<std::string> ObjectSchema::field_names() const {
    std::vector<std::string> names;
    for (const FieldSchema& field : fields) names.push_back(field.name);
    return names;
}

}  // namespace netral
