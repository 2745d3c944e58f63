#include "netral/date.hpp"

#include <fmt/format.h>

namespace netral {
namespace {
// Howard Hinnant's days_from_civil / civil_from_days.
std::int32_t days_from_civil(int y, unsigned m, unsigned d) {
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<int>(doe) - 719468;
}

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

unsigned days_in_month(int y, unsigned m) {
    static constexpr unsigned lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && is_leap(y) ? 29 : lengths[m - 1];
}

bool parse_digits(std::string_view text, int& out) {
    out = 0;
    for (char c : text) {
        if (c < '0' || c > '9') return false;
        out = out * 10 + (c - '0');
    }
    return !text.empty();
}
}  // namespace

std::optional<Date> parse_iso_date(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    int y = 0, m = 0, d = 0;
    if (!parse_digits(text.substr(0, 4), y) || !parse_digits(text.substr(5, 2), m) ||
        !parse_digits(text.substr(8, 2), d))
        return std::nullopt;
    if (m < 1 || m > 12 || d < 1 || static_cast<unsigned>(d) > days_in_month(y, static_cast<unsigned>(m)))
        return std::nullopt;
    return Date{days_from_civil(y, static_cast<unsigned>(m), static_cast<unsigned>(d))};
}

std::string propose_iso_date(std::string_view written) {
    // Three groups of digits with one separator.
    std::string_view parts[3];
    char separator = 0;
    std::size_t from = 0;
    for (int i = 0; i < 3; ++i) {
        std::size_t end = from;
        while (end < written.size() && written[end] >= '0' && written[end] <= '9') ++end;
        if (end == from || end - from > 4) return {};
        parts[i] = written.substr(from, end - from);
        if (i < 2) {
            if (end >= written.size()) return {};
            char c = written[end];
            if (c != '-' && c != '/' && c != '.') return {};
            if (separator && c != separator) return {};
            separator = c;
            from = end + 1;
        } else if (end != written.size()) {
            return {};
        }
    }
    int day = 0, month = 0, year = 0;
    if (parts[0].size() == 4 && parts[1].size() <= 2 && parts[2].size() <= 2) {
        parse_digits(parts[0], year), parse_digits(parts[1], month), parse_digits(parts[2], day);
    } else if (parts[2].size() == 4 && parts[0].size() <= 2 && parts[1].size() <= 2) {
        parse_digits(parts[0], day), parse_digits(parts[1], month), parse_digits(parts[2], year);
    } else {
        return {};
    }
    std::string iso = fmt::format("{:04}-{:02}-{:02}", year, month, day);
    if (iso == written || !parse_iso_date(iso)) return {};
    return iso;
}

std::string format_iso_date(Date date) {
    std::string text;
    append_iso_date(text, date);
    return text;
}

void append_iso_date(std::string& out, Date date) {
    int z = date.days + 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int y = static_cast<int>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    const int year = y + (m <= 2);
    if (year < 0 || year > 9999) {
        out += fmt::format("{:04}-{:02}-{:02}", year, m, d);
        return;
    }
    // Written by hand, into the caller's string: dates are written for every
    // element of every finding in batch runs, and fmt's general path (and a
    // string per date) showed in profiles.
    char text[10] = {'0', '0', '0', '0', '-', '0', '0', '-', '0', '0'};
    const auto put = [&](std::size_t at, unsigned value, int digits) {
        for (int k = digits - 1; k >= 0; --k, value /= 10) text[at + static_cast<std::size_t>(k)] = static_cast<char>('0' + value % 10);
    };
    put(0, static_cast<unsigned>(year), 4);
    put(5, m, 2);
    put(8, d, 2);
    out.append(text, sizeof text);
}

}  // namespace netral
