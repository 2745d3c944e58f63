#include "compile/schema_compiler.hpp"

#include <fmt/format.h>

namespace netral {
namespace {

ValueType value_type(ast::TypeDecl::Kind kind) {
    using K = ast::TypeDecl::Kind;
    switch (kind) {
        case K::boolean: return ValueType::boolean;
        case K::integer: return ValueType::integer;
        case K::string: return ValueType::string;
        case K::date: return ValueType::date;
        case K::enumeration: return ValueType::enumeration;
        case K::enum_list: return ValueType::enum_set;
        case K::string_list: return ValueType::string_list;
        case K::object: return ValueType::object;
        case K::object_list: return ValueType::object_list;
    }
    return ValueType::string;
}

class SchemaBuilder {
public:
    explicit SchemaBuilder(Diagnostics& diagnostics) : diagnostics_(diagnostics) {}

    std::shared_ptr<ObjectSchema> object(const std::vector<ast::FieldDecl>& declarations, const std::string& path) {
        auto schema = std::make_shared<ObjectSchema>();
        for (const ast::FieldDecl& declaration : declarations) {
            if (schema->find(declaration.name)) {
                diagnostics_.push_back({Severity::error, "E120", declaration.location,
                                        fmt::format("field `{}{}` is declared twice", path, declaration.name), {}});
                continue;
            }
            FieldSchema field;
            field.name = declaration.name;
            field.type = value_type(declaration.type.kind);
            field.slot = static_cast<std::uint32_t>(schema->fields.size());
            field.values = declaration.type.values;
            field.required = declaration.required;
            field.question = declaration.question;
            field.ask_rank = next_rank_++;
            field.location = declaration.location;
            if (field.values.size() > 64)
                diagnostics_.push_back({Severity::error, "E121", declaration.type.location,
                                        fmt::format("`{}{}` has {} values; at most 64 are supported", path,
                                                    declaration.name, field.values.size()),
                                        {}});
            if (field.type == ValueType::object || field.type == ValueType::object_list)
                field.object = object(declaration.type.fields, path + declaration.name + ".");
            schema->add(std::move(field));
        }
        return schema;
    }

    std::uint32_t next_rank() { return next_rank_++; }

private:
    Diagnostics& diagnostics_;
    std::uint32_t next_rank_ = 0;
};

}  // namespace

std::shared_ptr<ObjectSchema> compile_schema(const ast::Facts& facts, Diagnostics& diagnostics) {
    SchemaBuilder builder(diagnostics);
    auto schema = builder.object(facts.fields, "");
    // The derived phase goes on the act items; shared_ptr<const> in the tree,
    // so rebuild that one node with the extra field.
    for (FieldSchema& field : schema->fields) {
        if (field.name != "acts" || field.type != ValueType::object_list || !field.object) continue;
        auto acts = std::make_shared<ObjectSchema>(*field.object);
        if (!acts->find("phase")) {
            FieldSchema phase;
            phase.name = "phase";
            phase.type = ValueType::enumeration;
            phase.slot = static_cast<std::uint32_t>(acts->fields.size());
            phase.values = phase_names();
            phase.derived = true;
            phase.question = "Kapan perbuatan terjadi, dan terkait pemilihan yang mana?";
            phase.ask_rank = builder.next_rank();
            acts->add(std::move(phase));
        }
        field.object = acts;
    }
    return schema;
}

}  // namespace netral
