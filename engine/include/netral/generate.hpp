// Synthetic incident reports (incident-format v1) for demos and benchmarks.
#pragma once

#include <cstdint>
#include <string>

namespace netral {

// Report number `index` (0-based) of the stream for `seed`, as one line of
// JSON without a line end. The same seed and index always give the same
// report, so any slice of a stream can be regenerated on its own.
//
// Proportions follow a Pilkada season: most reports are about social media;
// about one in six leaves out a fact a rule needs; about one in ten is about
// someone who is not ASN (honorary staff, village heads).
std::string generate_report(std::uint64_t seed, std::uint64_t index);

}  // namespace netral
