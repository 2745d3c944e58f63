// The compiled form of conditions: a flat array of nodes evaluated with
// three-valued (Kleene) logic over a report's slots. Every node kind:
//
//   constant      the value `constant` (used for `true`, `false`)
//   fact_bool     a bool fact used as a condition: its value, unknown if missing
//   compare       fact `cmp` rhs (a constant or another fact); unknown if a side is missing;
//                 a date side may be shifted by days or working days (DayOffset)
//   in_set        fact in the constant set (`negate`: not in); enums test `mask`
//   in_range      date fact within [low, high]
//   contains      enum-list fact has any value of `mask`; text fact contains any of `texts`
//                 (ignoring case)
//   known         whether the fact is given (`negate`: unknown); never unknown itself
//   given         true when the fact is given, unknown when not; never false
//   not_, and_, or_   Kleene connectives over `children`
//   any, all      quantifier over the object list `fact`, binding each item to
//                 variable number `variable` for `children[0]`
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "compile/schema.hpp"
#include "compile/workdays.hpp"
#include "netral/ast.hpp"
#include "report/report_data.hpp"

namespace netral {

enum class Tri : std::uint8_t { no = 0, unknown = 1, yes = 2 };

// Where a fact is read: from the report root, the act under test, or a
// quantifier variable, then along object slots to the fact's own slot.
struct FactRef {
    enum class Base : std::uint8_t { report, act, variable };
    Base base = Base::report;
    std::uint8_t variable = 0;
    std::vector<std::uint32_t> slots;   // object hops, then the fact's slot
    std::vector<std::string> names;     // the field names along `slots`, for concrete paths
    const FieldSchema* field = nullptr;  // the fact's declaration
    std::string written;                // as written in the rule, for messages
};

// Date arithmetic on one side of a comparison: `count` calendar days, or
// working days of Program::calendars[calendar].
struct DayOffset {
    std::int32_t count = 0;
    std::int32_t calendar = -1;  // -1: calendar days
    bool none() const { return count == 0 && calendar < 0; }
};

struct Operand {
    bool is_fact = false;
    std::uint32_t fact = 0;  // index into Program::facts
    Value constant;          // when !is_fact (strings: `text`)
    std::string text;
    DayOffset offset;        // dates only
};

struct Node {
    enum class Op : std::uint8_t { constant, fact_bool, compare, in_set, in_range, contains, known, given, not_, and_, or_, any, all };
    Op op = Op::constant;
    Tri constant = Tri::no;
    ast::CompareOp cmp = ast::CompareOp::eq;
    bool negate = false;
    std::uint32_t fact = 0;  // index into Program::facts
    Operand rhs;
    DayOffset lhs_offset;  // compare: added to the fact's date
    std::uint64_t mask = 0;
    std::vector<std::int64_t> numbers;  // in_set over integers and dates
    std::vector<std::string> texts;     // in_set over strings; contains over text (lower case)
    std::int32_t low = 0, high = 0;     // in_range, days
    std::uint8_t variable = 0;          // any, all
    std::vector<std::uint32_t> children;
};

struct Program {
    std::vector<Node> nodes;
    std::vector<FactRef> facts;
    std::vector<WorkdayCalendar> calendars;  // the pack's `workdays`, for date arithmetic
    std::uint8_t max_variables = 0;

    // `count` days after `day`, in the offset's unit.
    std::int32_t shifted(std::int32_t day, const DayOffset& offset) const {
        if (offset.calendar < 0) return day + offset.count;
        return calendars[static_cast<std::size_t>(offset.calendar)].add(Date{day}, offset.count).days;
    }
};

}  // namespace netral
