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

const char* to_string(AdmissibilityOutcome outcome) {
    switch (outcome) {
        case AdmissibilityOutcome::not_assessed: return "not_assessed";
        case AdmissibilityOutcome::registrable: return "registrable";
        case AdmissibilityOutcome::incomplete: return "incomplete";
        case AdmissibilityOutcome::inadmissible: return "inadmissible";
        case AdmissibilityOutcome::late: return "late";
    }
    return "not_assessed";
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
        if (provision->subject >= 0 &&
            std::find(subjects_.begin(), subjects_.end(), provision->subject) == subjects_.end())
            subjects_.push_back(provision->subject);
    }
    std::sort(starts_.begin(), starts_.end());
    starts_.erase(std::unique(starts_.begin(), starts_.end()), starts_.end());
    if (subjects_.size() > max_subjects_per_list) subjects_.resize(max_subjects_per_list);  // the compiler reports it
    std::size_t variants = std::size_t{1} << subjects_.size();
    auto list_for = [&](std::optional<Date> date, std::size_t variant) {
        std::vector<const ProvisionInfo*> list;
        for (const ProvisionInfo* provision : provisions) {
            if (!provision->in_force_on(date)) continue;
            auto local = std::find(subjects_.begin(), subjects_.end(), provision->subject);
            if (local != subjects_.end() && ((variant >> (local - subjects_.begin())) & 1u)) continue;
            list.push_back(provision);
        }
        return list;
    };
    // Every date before the first start behaves as the day before it; every
    // date from a start on, as that start; then the unknown date.
    std::vector<std::optional<Date>> spans;
    if (starts_.empty()) {
        spans.emplace_back(Date{});
    } else {
        spans.emplace_back(Date{starts_.front().days - 1});
        for (Date start : starts_) spans.emplace_back(start);
    }
    spans.emplace_back(std::nullopt);
    lists_.reserve(spans.size() * variants);
    for (const std::optional<Date>& date : spans)
        for (std::size_t variant = 0; variant < variants; ++variant) lists_.push_back(list_for(date, variant));
}

std::size_t InForceLists::variant(SubjectMask excluded) const {
    std::size_t variant = 0;
    for (std::size_t i = 0; i < subjects_.size(); ++i)
        if ((excluded >> subjects_[i]) & 1u) variant |= std::size_t{1} << i;
    return variant;
}

std::vector<ProvisionSpan> InForceLists::all() const { return {lists_.begin(), lists_.end()}; }

ProvisionSpan InForceLists::on(std::optional<Date> date, SubjectMask excluded) const {
    if (lists_.empty()) return {};
    std::size_t variants = std::size_t{1} << subjects_.size();
    std::size_t span = starts_.size() + 1;  // the unknown date
    if (date) span = static_cast<std::size_t>(std::upper_bound(starts_.begin(), starts_.end(), *date) - starts_.begin());
    return lists_[span * variants + (excluded ? variant(excluded) : 0)];
}

}  // namespace netral
