#include "compile/workdays.hpp"

#include <algorithm>

namespace netral {

int weekday(Date day) {
    // 1970-01-01 was a Thursday (3 when Monday is 0).
    int d = (day.days + 3) % 7;
    return d < 0 ? d + 7 : d;
}

WorkdayCalendar::WorkdayCalendar(std::string id, std::string title, std::uint8_t weekend, std::vector<Date> holidays)
    : id_(std::move(id)), title_(std::move(title)), weekend_(weekend) {
    for (Date holiday : holidays) holidays_.push_back(holiday.days);
    std::sort(holidays_.begin(), holidays_.end());
    holidays_.erase(std::unique(holidays_.begin(), holidays_.end()), holidays_.end());
}

bool WorkdayCalendar::working(Date day) const {
    if ((weekend_ >> weekday(day)) & 1u) return false;
    return !std::binary_search(holidays_.begin(), holidays_.end(), day.days);
}

Date WorkdayCalendar::add(Date start, int count) const {
    // A calendar with every weekday off has no working days: stay put rather
    // than walk for ever.
    if (weekend_ == 0x7f) return start;
    int step = count < 0 ? -1 : 1;
    Date day = start;
    for (int left = count < 0 ? -count : count; left > 0;) {
        day.days += step;
        if (working(day)) --left;
    }
    return day;
}

int WorkdayCalendar::between(Date from, Date to) const {
    if (to < from) return -between(to, from);
    // Whole weeks at once: each has the same number of weekend days.
    int weekdays_per_week = 7 - __builtin_popcount(weekend_);
    int days = to.days - from.days;
    int weeks = days / 7;
    int count = weeks * weekdays_per_week;
    for (int d = from.days + weeks * 7 + 1; d <= to.days; ++d)
        if (!((weekend_ >> weekday(Date{d})) & 1u)) ++count;
    // Holidays in (from, to] that fall on a weekday.
    auto first = std::upper_bound(holidays_.begin(), holidays_.end(), from.days);
    auto last = std::upper_bound(holidays_.begin(), holidays_.end(), to.days);
    for (auto it = first; it != last; ++it)
        if (!((weekend_ >> weekday(Date{*it})) & 1u)) --count;
    return count;
}

}  // namespace netral
