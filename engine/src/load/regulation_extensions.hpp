// A pack may add its own notes and reasoning to a regulation that an
// included folder declares (rules/bersama): a regulation block without a
// title extends the one with that id. The law's text stays in one file; what
// each pack reads into it stays in the pack.
#pragma once

#include <vector>

#include "netral/ast.hpp"
#include "netral/diagnostic.hpp"

namespace netral {

// Moves every title-less regulation's notes and reasoning into the declared
// regulation of the same id and removes the extension. An extension of a
// regulation or provision no file declares, or one that sets anything but
// `note` and `reasoning`, is error E304.
void merge_regulation_extensions(std::vector<ast::File>& files, Diagnostics& diagnostics);

}  // namespace netral
