// Errors that only follow from a declaration a syntax error left unread
// (every citation of a regulation that did not parse is "unknown
// provision"): dropped, and counted in a note on the syntax error, so the
// root cause is what the author reads first.
#pragma once

#include <vector>

#include "netral/ast.hpp"
#include "netral/diagnostic.hpp"

namespace netral {

// The declarations the files could not read.
std::vector<ast::Unreadable> unreadable_declarations(const std::vector<ast::File>& files);

void drop_consequences(const std::vector<ast::Unreadable>& unreadable, Diagnostics& diagnostics);

}  // namespace netral
