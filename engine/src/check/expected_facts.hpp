// The facts an example's `expect missing` names must be facts of the pack's
// vocabulary: `acts[0].dtae` is a mistake in the example, found by lint
// rather than by a failing test.
#pragma once

#include "netral/diagnostic.hpp"

namespace netral {

class Pack;

Diagnostics check_expected_facts(const Pack& pack);

}  // namespace netral
