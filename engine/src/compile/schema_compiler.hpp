// The `facts` declaration to slots.
#pragma once

#include <memory>

#include "compile/schema.hpp"
#include "netral/ast.hpp"

namespace netral {

// Builds the report's schema; adds the derived `phase` to the items of
// `acts`. Errors: duplicate fields, enums with too many values.
std::shared_ptr<ObjectSchema> compile_schema(const ast::Facts& facts, Diagnostics& diagnostics);

}  // namespace netral
