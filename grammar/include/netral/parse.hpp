// The two surfaces of the rule language, each parsed to the same syntax tree.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "netral/ast.hpp"
#include "netral/diagnostic.hpp"

namespace netral {

struct ParseResult {
    ast::File file;
    Diagnostics diagnostics;  // every error found, not only the first
};

// A `.netral` file in the DSL (English or Indonesian keywords).
ParseResult parse_dsl(std::string_view text, const std::string& path);

// A `.yaml` rule file; its condition strings are parsed with parse_expression.
ParseResult parse_rule_yaml(std::string_view text, const std::string& path);

// One condition expression, as YAML rule files carry them. `start` is where
// the text begins in its file, so errors point into the file, not the string.
std::optional<ast::Expr> parse_expression(std::string_view text, const Location& start,
                                          Diagnostics& diagnostics);

// A time limit ("7 hari_kerja after report.known_on by report.reported_on"),
// as YAML rule files carry them; `start` as for parse_expression.
std::optional<ast::DeadlineSpec> parse_deadline(std::string_view text, const Location& start,
                                                Diagnostics& diagnostics);

// The words a condition never reads as a bare name (an enum value or a
// definition): the operators (`and`, `dalam`, …), the literals (`true`,
// `salah`, …) and the keywords that start a declaration (`rule`, `tingkat`,
// …), in both languages. A value with such a name is written in double
// quotes in conditions: `act.place == "dalam"`.
const std::vector<std::string>& reserved_words();
bool is_reserved_word(std::string_view word);

}  // namespace netral
