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
            bool is_object = field.type == ValueType::object || field.type == ValueType::object_list;
            if (is_object) {
                auto nested = object(declaration.type.fields, path + declaration.name + ".");
                if (!declaration.type.shorthand.empty()) set_shorthand(*nested, declaration, path);
                field.object = std::move(nested);
            } else if (!declaration.type.shorthand.empty()) {
                diagnostics_.push_back({Severity::error, "E122", declaration.location,
                                        fmt::format("`{}{}` is not an object: only an object has a `shorthand`", path,
                                                    declaration.name),
                                        {}});
            }
            schema->add(std::move(field));
        }
        return schema;
    }

    std::uint32_t next_rank() { return next_rank_++; }

private:
    // The shorthand must name a text field of the object.
    void set_shorthand(ObjectSchema& nested, const ast::FieldDecl& declaration, const std::string& path) {
        const FieldSchema* target = nested.find(declaration.type.shorthand);
        if (target && target->type == ValueType::string) {
            nested.shorthand_slot = static_cast<std::int32_t>(target->slot);
            return;
        }
        diagnostics_.push_back({Severity::error, "E122", declaration.location,
                                fmt::format("the shorthand of `{}{}` must name one of its text fields; `{}` is {}", path,
                                            declaration.name, declaration.type.shorthand,
                                            target ? std::string("not a text") : std::string("not one of its fields")),
                                {}});
    }

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
