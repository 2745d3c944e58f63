#pragma once

namespace netral {
// Recorded in every verdict so it can be traced to the engine that made it.
inline constexpr const char* engine_version = "netral 0.1.0";
}  // namespace netral
