// Rendering verdicts for people and for programs.
#pragma once

#include <string>

#include "netral/verdict.hpp"

namespace netral {

// verdict-format v1 as one line of JSON (no trailing newline).
std::string render_json(const Verdict& verdict);

// The same, indented for reading.
std::string render_json_pretty(const Verdict& verdict);

// A verdict for a person at a terminal, in Indonesian; `color` adds ANSI colours.
std::string render_text(const Verdict& verdict, bool color);

}  // namespace netral
