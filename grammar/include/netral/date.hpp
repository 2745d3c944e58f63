// Calendar dates as a day count, so comparing two dates is comparing integers.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace netral {

// Days since 1970-01-01 in the proleptic Gregorian calendar.
struct Date {
    std::int32_t days = 0;
    friend auto operator<=>(const Date&, const Date&) = default;
};

// Parses "YYYY-MM-DD" (the only form in rule files); nullopt when the text is
// not a real calendar date (2024-02-30 is refused).
std::optional<Date> parse_iso_date(std::string_view text);

// The YYYY-MM-DD spelling of a real date written another common way
// (15-01-2014, 15/1/2014, 15.01.2014, 2014/01/15), for a proposed fix; empty
// when the text is no such date.
std::string propose_iso_date(std::string_view written);

std::string format_iso_date(Date date);
void append_iso_date(std::string& out, Date date);  // the same, at the end of `out`

}  // namespace netral
