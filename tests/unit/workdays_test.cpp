// Counting days: calendar days and working days of a `workdays` calendar,
// across weekends, holidays and year ends; date arithmetic in conditions.
#include <fmt/format.h>

#include "compile/compiled_pack.hpp"
#include "compile/workdays.hpp"
#include "fixture.hpp"

using namespace netral;
using namespace netral::testing;

namespace {

Date day(const char* text) { return *parse_iso_date(text); }

// Saturday and Sunday off (bits 5 and 6).
constexpr std::uint8_t weekend = (1u << 5) | (1u << 6);

// Working days in (from, to] by walking day by day: what `between` must equal.
int walked(const WorkdayCalendar& calendar, Date from, Date to) {
    int count = 0;
    for (Date d{from.days + 1}; !(to < d); d.days += 1) count += calendar.working(d) ? 1 : 0;
    return count;
}

}  // namespace

TEST_CASE("weekdays", "[workdays]") {
    CHECK(weekday(day("1970-01-01")) == 3);  // Thursday
    CHECK(weekday(day("2024-02-14")) == 2);  // Wednesday: Pemilu voting day
    CHECK(weekday(day("2024-11-27")) == 2);  // Wednesday: Pilkada voting day
    CHECK(weekday(day("1969-12-29")) == 0);  // Monday, before the epoch
}

TEST_CASE("working days across weekends, holidays and a year end", "[workdays]") {
    WorkdayCalendar calendar("hari_kerja", "hari kerja", weekend,
                             {day("2023-12-25"), day("2023-12-26"), day("2024-01-01"), day("2024-02-08"),
                              day("2024-02-09"), day("2024-02-10"), day("2024-02-14")});
    CHECK_FALSE(calendar.working(day("2024-02-10")));  // a holiday on a Saturday
    CHECK_FALSE(calendar.working(day("2024-02-14")));
    CHECK(calendar.working(day("2024-02-15")));
    // 7 working days after a Tuesday in an ordinary week.
    CHECK(format_iso_date(calendar.add(day("2024-01-02"), 7)) == "2024-01-11");
    // Across Isra Mikraj, Imlek (cuti bersama and a Saturday) and voting day.
    CHECK(format_iso_date(calendar.add(day("2024-02-07"), 7)) == "2024-02-21");
    // Across Christmas, its cuti bersama and New Year.
    CHECK(format_iso_date(calendar.add(day("2023-12-21"), 7)) == "2024-01-04");
    // Starting on a weekend or a holiday: the count starts on the next working day.
    CHECK(format_iso_date(calendar.add(day("2024-02-10"), 1)) == "2024-02-12");
    CHECK(format_iso_date(calendar.add(day("2024-02-08"), 1)) == "2024-02-12");
    // Backwards, and zero.
    CHECK(format_iso_date(calendar.add(day("2024-01-04"), -7)) == "2023-12-21");
    CHECK(format_iso_date(calendar.add(day("2024-01-04"), 0)) == "2024-01-04");
    CHECK(calendar.between(day("2023-12-21"), day("2024-01-04")) == 7);
    CHECK(calendar.between(day("2024-01-04"), day("2023-12-21")) == -7);
    CHECK(calendar.between(day("2024-02-07"), day("2024-02-07")) == 0);

    // `between` against a day-by-day walk, and `add` as its inverse, over two years.
    for (int start = day("2023-11-01").days; start < day("2024-03-01").days; start += 3) {
        for (int length : {0, 1, 5, 6, 7, 13, 14, 40, 400}) {
            Date from{start}, to{start + length};
            INFO(format_iso_date(from) << " .. " << format_iso_date(to));
            CHECK(calendar.between(from, to) == walked(calendar, from, to));
        }
        for (int count : {1, 7, 14}) {
            Date end = calendar.add(Date{start}, count);
            CHECK(calendar.working(end));
            CHECK(calendar.between(Date{start}, end) == count);
        }
    }
}

TEST_CASE("a calendar with no working day does not loop", "[workdays]") {
    WorkdayCalendar never("x", "x", 0x7f, {});
    CHECK(format_iso_date(never.add(day("2024-01-01"), 3)) == "2024-01-01");
    CHECK(never.between(day("2024-01-01"), day("2024-03-01")) == 0);
}

TEST_CASE("the standard pack's calendar: 2023-2024 holidays and cuti bersama", "[workdays]") {
    PackLoad loaded = load_pack(embedded_standard_pack());
    REQUIRE(loaded.pack);
    const std::vector<WorkdayCalendar>& calendars = loaded.pack->program.calendars;
    REQUIRE(calendars.size() == 1);
    const WorkdayCalendar& kerja = calendars[0];
    CHECK(kerja.id() == "hari_kerja");
    for (const char* off : {"2023-04-19", "2023-04-24", "2023-06-28", "2024-02-14", "2024-04-08", "2024-04-15",
                            "2024-11-27", "2024-12-26", "2025-01-01"})
        CHECK_FALSE(kerja.working(day(off)));
    // The 2023 amendment moved Idul Fitri leave: 26 April 2023 was a working day.
    CHECK(kerja.working(day("2023-04-26")));
    // Lebaran 2024: cuti bersama 8-9 and 12-15 April, Idul Fitri 10-11 April.
    CHECK(format_iso_date(kerja.add(day("2024-04-05"), 1)) == "2024-04-16");
}

TEST_CASE("date arithmetic in conditions: days and working days", "[workdays][evaluate]") {
    std::string facts = mini_facts;
    facts += R"(
workdays kerja "hari kerja" {
  weekend saturday, sunday
  holiday 2024-02-14 "Pemungutan suara"
}
)";
    auto pack_with = [&](const std::string& rule) {
        PackLoad loaded = load_source(rule, facts);
        INFO(all_messages(loaded.diagnostics));
        REQUIRE(loaded.pack);
        return loaded.pack;
    };
    auto pack = pack_with(R"(
rule t.kerja "k" {
  per report
  element "tepat waktu": report.reported_on <= 2024-02-09 + 3 kerja
  cites pp-1-2020/pasal-1
  sanction ringan
}
rule t.hari "h" {
  per report
  element "tepat waktu": report.reported_on - 3 hari < 2024-02-09
  cites pp-1-2020/pasal-1
  sanction ringan
}
)");
    auto status = [&](const std::string& reported, const char* rule) {
        Verdict verdict = check_yaml(*pack, "id: D\n" + reported + "actor: {status: pns}\nacts: [{type: other}]\n");
        const Finding* finding = finding_of(verdict, rule, -1);
        REQUIRE(finding);
        return finding->elements.at(0).status;
    };
    // 3 working days after Friday 9 February, across the weekend and 14 February: Thursday 15.
    CHECK(status("reported_on: 2024-02-15\n", "t.kerja") == ElementStatus::met);
    CHECK(status("reported_on: 2024-02-16\n", "t.kerja") == ElementStatus::not_met);
    CHECK(status("", "t.kerja") == ElementStatus::unknown);
    // reported_on - 3 < 2024-02-09, i.e. reported before 2024-02-12.
    CHECK(status("reported_on: 2024-02-11\n", "t.hari") == ElementStatus::met);
    CHECK(status("reported_on: 2024-02-12\n", "t.hari") == ElementStatus::not_met);

    // Errors: an unknown unit, days added to something that is not a date.
    Diagnostics unit = pack_errors(R"(rule t.x "x" { per report element "e": report.reported_on < 2024-01-01 + 3 minggu cites pp-1-2020/pasal-1 sanction ringan })");
    const Diagnostic* e110 = find_code(unit, "E110");
    REQUIRE(e110);
    CHECK(e110->message == "unknown unit of days `minggu`");
    Diagnostics type = pack_errors(R"(rule t.x "x" { element "e": act.count + 1 days > 3 cites pp-1-2020/pasal-1 sanction ringan })");
    REQUIRE(find_code(type, "E103"));
}

TEST_CASE("`given`: true when the report says it, unknown when it does not, never false", "[evaluate]") {
    auto pack = compile_rules(R"(
rule t.g "g" {
  when act.type == rally
  element "disebutkan": given act.description
  element "tidak disebutkan": not given act.description
  cites pp-1-2020/pasal-1
  sanction ringan
}
)");
    Verdict told = check_yaml(*pack, "id: G\nactor: {status: pns}\nacts: [{type: rally, date: 2024-10-01, description: x}]\n");
    CHECK(finding_of(told, "t.g")->elements.at(1).status == ElementStatus::met);
    CHECK(finding_of(told, "t.g")->elements.at(2).status == ElementStatus::not_met);
    Verdict silent = check_yaml(*pack, "id: G\nactor: {status: pns}\nacts: [{type: rally, date: 2024-10-01}]\n");
    CHECK(finding_of(silent, "t.g")->elements.at(1).status == ElementStatus::unknown);
    CHECK(finding_of(silent, "t.g")->elements.at(2).status == ElementStatus::unknown);
    // A missing fact under `given` is asked for.
    REQUIRE_FALSE(silent.missing.empty());
    CHECK(silent.missing[0].fact == "acts[0].description");
}
