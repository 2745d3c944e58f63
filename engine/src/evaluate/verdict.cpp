#include "netral/verdict.hpp"

namespace netral {

const char* to_string(VerdictStatus status) {
    switch (status) {
        case VerdictStatus::violation: return "violation";
        case VerdictStatus::no_violation: return "no_violation";
        case VerdictStatus::insufficient: return "insufficient";
        case VerdictStatus::out_of_scope: return "out_of_scope";
        case VerdictStatus::invalid: return "invalid";
    }
    return "invalid";
}

const char* to_string(FindingStatus status) {
    switch (status) {
        case FindingStatus::violation: return "violation";
        case FindingStatus::not_violation: return "not_violation";
        case FindingStatus::unknown: return "unknown";
        case FindingStatus::overridden: return "overridden";
    }
    return "unknown";
}

const char* to_string(ElementStatus status) {
    switch (status) {
        case ElementStatus::met: return "met";
        case ElementStatus::not_met: return "not_met";
        case ElementStatus::unknown: return "unknown";
    }
    return "unknown";
}

bool ProvisionInfo::in_force_on(std::optional<Date> date) const {
    if (!date) return !repealed;
    if (in_force && *date < *in_force) return false;
    if (repealed && !(*date < *repealed)) return false;
    return true;
}

}  // namespace netral
