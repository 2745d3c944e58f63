// The check stage: static errors across all files of a pack that need no
// fact vocabulary — duplicate ids, references to things that do not exist,
// cycles in `overrides`, incomplete calendars, and provisions that are not in
// force on any date a rule can apply to. (Names inside conditions are checked
// when they are compiled against the vocabulary: compile/expression_compiler.)
#pragma once

#include <optional>
#include <vector>

#include "netral/ast.hpp"
#include "netral/diagnostic.hpp"

namespace netral {

Diagnostics check_declarations(const std::vector<ast::File>& files);

// A provision's own dates, or else its regulation's.
struct InForce {
    std::optional<Date> from;
    std::optional<Date> until;  // repealed on this day
};
InForce effective_dates(const ast::Regulation& regulation, const ast::Provision& provision);

// The five stages every election calendar declares, in order.
const std::vector<std::string>& stage_names();

// A weekday's number (0 = Monday … 6 = Sunday) from its English or
// Indonesian name (monday … sunday, senin … minggu); -1 for neither.
int weekday_index(const std::string& name);

// An element status as an example may write it (met, not_met, unknown, or
// terpenuhi, tidak_terpenuhi, tidak_diketahui), as the verdict names it;
// empty when it is none of these.
std::string element_status_name(const std::string& written);

}  // namespace netral
