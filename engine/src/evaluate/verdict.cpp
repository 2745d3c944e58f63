#include "netral/verdict.hpp"

#include <algorithm>

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

InForceLists::InForceLists(const std::vector<const ProvisionInfo*>& provisions) {
    for (const ProvisionInfo* provision : provisions) {
        if (provision->in_force) starts_.push_back(*provision->in_force);
        if (provision->repealed) starts_.push_back(*provision->repealed);
    }
    std::sort(starts_.begin(), starts_.end());
    starts_.erase(std::unique(starts_.begin(), starts_.end()), starts_.end());
    auto in_force_on = [&](std::optional<Date> date) {
        std::vector<const ProvisionInfo*> list;
        for (const ProvisionInfo* provision : provisions)
            if (provision->in_force_on(date)) list.push_back(provision);
        return list;
    };
    // Every date before the first start behaves as the day before it; every
    // date from a start on, as that start.
    if (starts_.empty()) {
        lists_.push_back(in_force_on(Date{}));
    } else {
        lists_.push_back(in_force_on(Date{starts_.front().days - 1}));
        for (Date start : starts_) lists_.push_back(in_force_on(start));
    }
    undated_ = in_force_on(std::nullopt);
}

std::vector<ProvisionSpan> InForceLists::all() const {
    std::vector<ProvisionSpan> lists(lists_.begin(), lists_.end());
    lists.emplace_back(undated_);
    return lists;
}

ProvisionSpan InForceLists::on(std::optional<Date> date) const {
    if (!date) return undated_;
    if (lists_.empty()) return {};
    auto after = std::upper_bound(starts_.begin(), starts_.end(), *date);  // first start later than the date
    return lists_[static_cast<std::size_t>(after - starts_.begin())];
}

}  // namespace netral
