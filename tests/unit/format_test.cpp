// netral fmt (netral/format.hpp): the canonical layout of the DSL, idempotent,
// with comments, texts and block texts kept; YAML tidied only when it reads
// back the same.
#include <catch2/catch.hpp>

#include <string>

#include "netral/convert.hpp"
#include "netral/format.hpp"
#include "netral/parse.hpp"

using namespace netral;

TEST_CASE("fmt: indentation by braces, continuation lines, spacing, comments kept", "[format]") {
    std::string messy =
        "\n\n# the rules\nrule a.b \"t\"{\n"
        "      when act.type==rally   # a comment\n"
        "   element \"x\" : any (s in acts:s.y)\n"
        "\n\n"
        "   refer gakkumdu \"r\"\n"
        "          by p-1/pasal-1 ,p-1/pasal-2\n"
        "\n"
        "}\n"
        "define d \"t\"=act.x in {a,b}\n";
    std::string expected =
        "# the rules\n"
        "rule a.b \"t\" {\n"
        "  when act.type == rally  # a comment\n"
        "  element \"x\": any(s in acts: s.y)\n"
        "\n"
        "  refer gakkumdu \"r\"\n"
        "    by p-1/pasal-1, p-1/pasal-2\n"
        "}\n"
        "\n"
        "define d \"t\" = act.x in {a, b}\n";
    CHECK(format_dsl(messy) == expected);
    CHECK(format_dsl(expected) == expected);
}

TEST_CASE("fmt: a block text moves as a whole; its content does not change", "[format]") {
    std::string text =
        "example e {\n"
        "report \"\"\"\n"
        "        id: 1\n"
        "        acts:\n"
        "          - {type: rally}   \n"
        "\n"
        "        actor: {status: pns}\n"
        "            \"\"\"\n"
        "  expect status violation\n"
        "}\n";
    std::string expected =
        "example e {\n"
        "  report \"\"\"\n"
        "    id: 1\n"
        "    acts:\n"
        "      - {type: rally}   \n"
        "\n"
        "    actor: {status: pns}\n"
        "  \"\"\"\n"
        "  expect status violation\n"
        "}\n";
    CHECK(format_dsl(text) == expected);
    CHECK(format_dsl(expected) == expected);
}

TEST_CASE("fmt: texts, strings with spaces and `#` are left alone", "[format]") {
    std::string text = "rule r {\n  note \"a  ,  b # not a comment\"\n}\n";
    CHECK(format_dsl(text) == text);
}

TEST_CASE("fmt: broken input is tidied the same way twice", "[format]") {
    for (std::string text : {"}}}}\n((((\n\"\"\"\nabc\n", "\"unclosed\n\t\t x == y\r\n", "report \"\"\" a\n  b\"\"\"  }  # x\n",
                             "rule r {\n  when (a\nor b)\n}\n"}) {
        std::string once = format_dsl(text);
        CHECK(format_dsl(once) == once);
    }
}

TEST_CASE("fmt: YAML tidied, but not where trailing spaces are text", "[format]") {
    CHECK(format_rule_yaml("rules:   \n\n\n  - id: a\n") == "rules:\n\n  - id: a\n");
    std::string block = "examples:\n  - report: |\n      id: 1  \n      x: y\n";
    CHECK(format_rule_yaml(block) == block);
}

TEST_CASE("convert: conditions written back with the parentheses precedence needs", "[format]") {
    for (const char* condition : {"not (act.a or act.b) and act.c", "(act.a or act.b) and not act.c == x",
                                  "any(s in actor.prior_sanctions: s.same_kind and s.level in {ringan, sedang})",
                                  "report.reported_on <= report.known_on + 7 hari_kerja", "act.date - 2 days >= 2024-01-01",
                                  "act.place in {\"dalam\", luar} or known act.date", "act.date in 2024-01-01 .. 2024-02-01"}) {
        Diagnostics diagnostics;
        auto first = parse_expression(condition, {"t", 1, 1}, diagnostics);
        REQUIRE(first);
        std::string written = write_expression(*first);
        auto second = parse_expression(written, {"t", 1, 1}, diagnostics);
        REQUIRE(second);
        CHECK(diagnostics.empty());
        CHECK(write_expression(*second) == written);
    }
    Diagnostics diagnostics;
    CHECK(write_expression(*parse_expression("not (a or b) and c", {"t", 1, 1}, diagnostics)) == "not (a or b) and c");
    CHECK(write_expression(*parse_expression("a or b and c", {"t", 1, 1}, diagnostics)) == "a or b and c");
    CHECK(write_expression(*parse_expression("(a or b) and c", {"t", 1, 1}, diagnostics)) == "(a or b) and c");
}
