// Counting days: calendar days, or working days of a calendar the pack
// declares (`workdays`: the weekend and the holidays). Deadlines in the law
// are written both ways ("7 hari", "7 hari kerja").
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "netral/date.hpp"

namespace netral {

class WorkdayCalendar {
public:
    WorkdayCalendar() = default;
    // `weekend`: bit d set when weekday d (0 = Monday … 6 = Sunday) is not a
    // working day. `holidays` in any order; duplicates are fine.
    WorkdayCalendar(std::string id, std::string title, std::uint8_t weekend, std::vector<Date> holidays);

    const std::string& id() const { return id_; }
    const std::string& title() const { return title_; }
    bool working(Date day) const;

    // The day `count` working days after `start` (start itself not counted;
    // a negative count goes back). add(d, 0) is d.
    Date add(Date start, int count) const;
    // How many working days lie in (from, to]: the number of working days from
    // the day after `from` up to `to`. Negative when `to` is before `from`.
    int between(Date from, Date to) const;

private:
    std::string id_;
    std::string title_;
    std::uint8_t weekend_ = 0;
    std::vector<std::int32_t> holidays_;  // sorted, unique day numbers
};

// 0 = Monday … 6 = Sunday.
int weekday(Date day);

// A span of days: `count` calendar days, or `count` working days of a
// calendar; the engine's arithmetic on dates (`report.known_on + 7 hari_kerja`).
struct DayCount {
    std::int32_t count = 0;
    const WorkdayCalendar* calendar = nullptr;  // null: calendar days

    Date after(Date start) const { return calendar ? calendar->add(start, count) : Date{start.days + count}; }
    // Units of this kind in (from, to].
    int elapsed(Date from, Date to) const { return calendar ? calendar->between(from, to) : to.days - from.days; }
};

}  // namespace netral
