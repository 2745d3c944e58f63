// The compiled fact vocabulary: field lookup by name.
#include <catch2/catch.hpp>
#include <string>

#include "compile/schema.hpp"

using namespace netral;

TEST_CASE("ObjectSchema::find: every field by name, nothing else, however many fields", "[schema]") {
    for (std::size_t count : {1, 3, 17, 40, 200}) {
        ObjectSchema schema;
        for (std::size_t i = 0; i < count; ++i) {
            FieldSchema field;
            // Names alike in length and ends, so that hashes collide.
            field.name = "f" + std::to_string(i) + "_x";
            field.slot = static_cast<std::uint32_t>(i);
            schema.add(std::move(field));
        }
        for (std::size_t i = 0; i < count; ++i) {
            const FieldSchema* found = schema.find("f" + std::to_string(i) + "_x");
            REQUIRE(found != nullptr);
            CHECK(found->slot == i);
        }
        CHECK(schema.find("f" + std::to_string(count) + "_x") == nullptr);
        CHECK(schema.find("") == nullptr);
        CHECK(schema.find("f0_") == nullptr);
    }
    CHECK(ObjectSchema().find("id") == nullptr);
}

TEST_CASE("ObjectSchema::find: names alike in their first eight bytes differ by the rest", "[schema]") {
    ObjectSchema schema;
    const std::vector<std::string> names = {"mobilized_a", "mobilized_b", "mobilized", "mobilize", "mobilized_civil_servants",
                                            "mobilized_civil_servantz"};
    for (std::size_t i = 0; i < names.size(); ++i) {
        FieldSchema field;
        field.name = names[i];
        field.slot = static_cast<std::uint32_t>(i);
        schema.add(std::move(field));
    }
    for (std::size_t i = 0; i < names.size(); ++i) {
        const FieldSchema* found = schema.find(names[i]);
        REQUIRE(found != nullptr);
        CHECK(found->name == names[i]);
    }
    CHECK(schema.find("mobilized_c") == nullptr);
    CHECK(schema.find("mobilized_civil_servantx") == nullptr);
    CHECK(schema.find("mobilizeX") == nullptr);
}

TEST_CASE("ObjectSchema: a copy keeps its index and can grow apart", "[schema]") {
    ObjectSchema first;
    FieldSchema type;
    type.name = "type";
    first.add(type);
    ObjectSchema copy = first;
    FieldSchema phase;
    phase.name = "phase";
    phase.slot = 1;
    copy.add(phase);
    CHECK(copy.find("type") == &copy.fields[0]);
    CHECK(copy.find("phase") == &copy.fields[1]);
    CHECK(first.find("phase") == nullptr);
    CHECK(first.find("type") == &first.fields[0]);
}
