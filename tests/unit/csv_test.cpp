// CSV as spreadsheets export it.
#include "fixture.hpp"
#include "report/csv_reader.hpp"
#include "report/csv_table.hpp"

using namespace netral;
using namespace netral::testing;

TEST_CASE("CSV: BOM, CRLF, quotes with separators, quotes and newlines", "[report][csv]") {
    CsvTable table = parse_csv("\xEF\xBB\xBFid,acts.0.description\r\nA,\"kata, \"\"kutip\"\"\r\nbaris dua\"\r\n\r\nB,x\r\n");
    REQUIRE(table.rows.size() == 3);
    for (const CsvRow& row : table.rows) CHECK(row.error.empty());
    CHECK(table.rows[0].fields == std::vector<std::string>{"id", "acts.0.description"});
    CHECK(table.rows[1].fields == std::vector<std::string>{"A", "kata, \"kutip\"\nbaris dua"});
    CHECK(table.rows[2].line == 5);
    CHECK(table.rows[2].fields[0] == "B");
}

TEST_CASE("CSV: the separator of Indonesian-locale spreadsheets", "[report][csv]") {
    CsvTable table = parse_csv("id;actor.status;acts.0.type\nA;pns;rally\n");
    CHECK(table.separator == ';');
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows[1].fields == std::vector<std::string>{"A", "pns", "rally"});
}

TEST_CASE("CSV: an unclosed quote is reported with its line; the next line is the next row", "[report][csv]") {
    CsvTable table = parse_csv("id,x\nA,\"open\nB,y\n");
    REQUIRE(table.rows.size() == 3);
    CHECK(table.rows[1].error_line == 2);
    CHECK(table.rows[1].error_column == 3);
    CHECK(table.rows[1].last_line == 2);
    CHECK(table.rows[2].error.empty());
    CHECK(table.rows[2].fields == std::vector<std::string>{"B", "y"});
}

TEST_CASE("CSV rows are reports: dotted paths, lists, spreadsheet dates and booleans", "[report][csv]") {
    auto pack = compile_rules(R"(
rule t.csv "csv" {
  when act.type == rally
  element "atribut": act.attributes contains party
  element "a": act.a
  cites pp-1-2020/pasal-1
  sanction ringan by pp-1-2020/pasal-2/ayat-1
}
)");
    std::string csv =
        "id;actor.status;acts.0.type;acts.0.date;acts.0.attributes;acts.0.a;acts.1.type;acts.1.stanse\r\n"
        "A;pns;rally;30/10/2024;party|campaign;TRUE;;\r\n"
        "B;pns;rally;30-10-2024;civil_service;ya;post;support\r\n"
        "C;pnss;rally;;;;;\r\n"
        "D;pns;rally;2024-10-01;;;;;extra\r\n";
    auto inputs = read_reports(csv, "season.csv", InputFormat::automatic, *pack);
    REQUIRE(inputs.size() == 4);
    REQUIRE(inputs[0].report);
    CHECK(check(*pack, inputs[0]).status == VerdictStatus::violation);
    REQUIRE(inputs[1].report);
    Verdict second = check(*pack, inputs[1]);
    CHECK(second.status == VerdictStatus::no_violation);
    REQUIRE(second.diagnostics.size() == 1);  // acts.1.stanse is not a field
    CHECK(second.diagnostics[0].message == "unknown key `acts[1].stanse` is ignored");
    CHECK(second.diagnostics[0].location.line == 3);
    CHECK_FALSE(inputs[2].report);
    CHECK(inputs[2].diagnostics[0].code == "E202");
    CHECK(inputs[2].diagnostics[0].location.line == 4);
    CHECK_FALSE(inputs[3].report);
    CHECK(inputs[3].diagnostics[0].message.find("9 fields but the header has 8 columns") != std::string::npos);
}

TEST_CASE("CSV: headers as the engine writes paths (acts[0].type), and messages at the cell", "[report][csv]") {
    auto pack = compile_rules(R"(
rule t.csv "csv" {
  when act.type == rally
  element "a": act.a
  cites pp-1-2020/pasal-1
  sanction ringan by pp-1-2020/pasal-2/ayat-1
}
)");
    std::string csv = "id,actor.status,acts[0].type,acts[0].a,acts[0].date\nA,pns,rally,true,2024-10-01\nB,pnss,rally,ya,\n";
    auto inputs = read_reports(csv, "in.csv", InputFormat::csv, *pack);
    REQUIRE(inputs.size() == 2);
    REQUIRE(inputs[0].report);
    CHECK(check(*pack, inputs[0]).status == VerdictStatus::violation);
    REQUIRE_FALSE(inputs[1].report);
    const Diagnostic& error = inputs[1].diagnostics.at(0);
    CHECK(error.code == "E202");
    CHECK(error.location.line == 3);
    CHECK(error.location.column == 3);  // where `pnss` starts
}

TEST_CASE("CSV: each field knows the column where it starts", "[report][csv]") {
    CsvTable table = parse_csv("a,b\nxy,\"q,\nr\",z\n");
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows[1].columns == std::vector<std::uint32_t>{1, 4, 4});  // z is on the quote's second line, column 4
}

TEST_CASE("CSV: an absurd list position in a header is an error, not a crash", "[report][csv]") {
    auto pack = compile_rules(rally_rule);
    auto inputs = read_reports("id,actor.status,acts.99999999999999999999999.type\nA,pns,rally\n", "in.csv",
                               InputFormat::csv, *pack);
    REQUIRE(inputs.size() == 1);
    CHECK_FALSE(inputs[0].report);
}

TEST_CASE("CSV: a byte order mark after blank lines is not part of the header", "[report][csv]") {
    // Found by the differential fuzzer: the streaming reader (which hands
    // the header line over alone) dropped it, the whole-file reader kept it
    // in the first column's name.
    CsvTable table = parse_csv("\n;;\n\xEF\xBB\xBFid;x\nA;1\n");
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows[0].fields == std::vector<std::string>{"id", "x"});
    CHECK(table.rows[0].line == 3);
    CHECK(read_csv_header("\xEF\xBB\xBFid;x\n").paths == read_csv_header("id;x\n").paths);
    // A line of nothing but a byte order mark is blank: the header is the next.
    CsvTable blank_mark = parse_csv("\n\xEF\xBB\xBF\nid\nA\n");
    REQUIRE(blank_mark.rows.size() == 2);
    CHECK(blank_mark.rows[0].fields == std::vector<std::string>{"id"});
}
