// `netral fmt`: one canonical layout for rule files, meaning untouched and
// comments kept.
#pragma once

#include <string>
#include <string_view>

namespace netral {

// A `.netral` file in the canonical layout: two spaces of indentation per
// open `{` and two more on a line that continues a clause, one space between
// tokens (none before `,` `:` `)` or after `(`, one on each side of
// comparison operators), two before a trailing comment, no trailing
// whitespace, at most one blank line in a row (and one after each top-level
// block), block texts moved as a whole under the clause that opens them.
// Only layout changes: tokens, texts and comments stay as written.
std::string format_dsl(std::string_view text);

// A YAML rule file with its layout tidied: no trailing whitespace, at most
// one blank line in a row, one final newline, line ends `\n`. Returned
// unchanged when the tidied text would not read back as the same YAML
// (trailing spaces inside a block scalar are content).
std::string format_rule_yaml(std::string_view text);

}  // namespace netral
