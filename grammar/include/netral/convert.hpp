// `netral convert`: a rule file's syntax tree written back in either
// surface, DSL or YAML, with the same meaning (comments are not part of the
// tree and are not carried over).
#pragma once

#include <string>

#include "netral/ast.hpp"

namespace netral {

// A condition in the expression syntax, parenthesised where precedence needs it.
std::string write_expression(const ast::Expr& expr);

// A file's declarations as a `.netral` file (English keywords).
std::string write_dsl(const ast::File& file);

// A file's declarations as a YAML rule file (English keys).
std::string write_rule_yaml(const ast::File& file);

}  // namespace netral
