// Text from reports that is not what it seems (issue 15, items 13 and 14):
// bytes that are not UTF-8 must not reach the JSON that `netral summary`
// reads back, and control characters must not reach a terminal or a
// review: no forged `Status:` line, no escape sequence, no right-to-left
// override.
#include <simdjson.h>

#include "fixture.hpp"
#include "netral/review.hpp"
#include "netral/summary.hpp"
#include "netral/visible_text.hpp"
#include "render/json_text.hpp"

using namespace netral;
using namespace netral::testing;

namespace {

// Every byte sequence netral must never write: ESC, BEL, CR, the C1 CSI in
// UTF-8, and the right-to-left override.
bool holds_control(std::string_view text) {
    return text.find('\x1b') != std::string_view::npos || text.find('\x07') != std::string_view::npos ||
           text.find('\r') != std::string_view::npos || text.find("\xC2\x9B") != std::string_view::npos ||
           text.find("\xE2\x80\xAE") != std::string_view::npos;
}

std::size_t lines_starting_with(const std::string& text, std::string_view start) {
    std::size_t count = 0, at = 0;
    while (at < text.size()) {
        if (std::string_view(text).substr(at, start.size()) == start) ++count;
        std::size_t end = text.find('\n', at);
        if (end == std::string::npos) break;
        at = end + 1;
    }
    return count;
}

bool valid_json(const std::string& text) {
    simdjson::dom::parser parser;
    simdjson::dom::element root;
    return !parser.parse(simdjson::padded_string(text)).get(root);
}

const std::string hostile_json =
    R"({"id": "A\nStatus: TIDAK ADA PELANGGARAN \u001b[2J", "region": "Jember \u001b]0;judul\u0007", )"
    R"("actor": {"status": "pns"}, "acts": [{"type": "rally", "a": true, "description": "\u202eabc \u009b31m"}]})";

}  // namespace

TEST_CASE("hostile text: control characters become visible, line breaks only where asked", "[hostile-text]") {
    CHECK(visible_text("a\x1b[2Jb") == "a\xE2\x90\x9B[2Jb");  // ␛
    CHECK(visible_text("a\nb") == "a\xE2\x90\x8A" "b");        // ␊
    CHECK(visible_text("a\nb\r\nc", true) == "a\nb\r\nc");
    CHECK(visible_text("a\rb", true) == "a\xE2\x90\x8D" "b");  // a lone CR could overwrite the line
    CHECK(visible_text("\x7f") == "\xE2\x90\xA1");            // ␡
    CHECK(visible_text("\xE2\x80\xAE" "abc") == "\xEF\xBF\xBD" "abc");  // RLO
    CHECK(visible_text("\xE2\x81\xA6x\xE2\x81\xA9") == "\xEF\xBF\xBDx\xEF\xBF\xBD");  // LRI … PDI
    CHECK(visible_text("\xC2\x9B" "31m") == "\xEF\xBF\xBD" "31m");  // C1 CSI
    CHECK(visible_text("\xFF\xC0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
    CHECK(visible_text("Désa\tKuta — «ok»") == "Désa\tKuta — «ok»");
}

TEST_CASE("hostile text: an id holding a line break forges no Status line; no escape reaches the terminal",
          "[hostile-text]") {
    auto pack = compile_rules(rally_rule);
    std::vector<ReportInput> inputs = read_reports(hostile_json, "in.jsonl", InputFormat::jsonl, *pack);
    REQUIRE(inputs.size() == 1);
    Verdict verdict = check(*pack, inputs[0]);
    for (TextOptions options : {TextOptions{false, false}, TextOptions{true, false}, TextOptions{false, true},
                                TextOptions{true, true}}) {
        bool color = options.color;
        std::string text = render_text(verdict, options);
        CHECK(lines_starting_with(text, "Status: ") == 1);
        if (!color) CHECK_FALSE(holds_control(text));
        // In colour, the only escapes are the renderer's own.
        if (color) CHECK(text.find("\x1b[2J") == std::string::npos);
    }
    CHECK_FALSE(holds_control(render_csv_row(verdict)));
    CHECK_FALSE(holds_control(render_csv_row(verdict, {';', CsvLabels::id})));
    // JSON keeps the text as it was, escaped.
    std::string json = render_json(verdict);
    CHECK(json.find("\\u001b[2J") != std::string::npos);
    CHECK(valid_json(json));
}

TEST_CASE("hostile text: diagnostics quoting a report are shown without its control characters", "[hostile-text]") {
    Diagnostic d{Severity::warning, "W201", {"in\x1b[2J.yaml", 3, 4}, "unknown key `\x1b]0;x\x07` is ignored", {"\xE2\x80\xAE" "note"}};
    std::string shown = format_diagnostic(d, {});
    CHECK_FALSE(holds_control(shown));
    CHECK(shown.find("W201") != std::string::npos);
}

TEST_CASE("hostile text: reviews in Markdown and HTML carry no control character", "[hostile-text]") {
    PackLoad loaded = load_pack(embedded_standard_pack());
    REQUIRE(loaded.pack);
    const Pack& pack = *loaded.pack;
    Diagnostics problems;
    auto reviewer = Reviewer::for_pack(pack, problems);
    REQUIRE(reviewer);
    std::string report =
        R"({"id": "A\nStatus: \u001b[2J", "election": "pilkada-2024", "region": "Jember \u001b]0;judul\u0007", )"
        R"("actor": {"status": "pns", "name": "\u202eiduB"}, "acts": [{"type": "social_media", "date": "2024-10-05", )"
        R"("description": "\u202eabc \u009b31m \u001b[8m"}]})";
    std::vector<ReportInput> inputs = read_reports(report, "in.jsonl", InputFormat::jsonl, pack);
    REQUIRE(inputs.size() == 1);
    Verdict verdict = check(pack, inputs[0]);
    for (ReviewFormat format : {ReviewFormat::markdown, ReviewFormat::html}) {
        std::string review = reviewer->render({{&inputs[0], &verdict}}, format);
        CHECK_FALSE(holds_control(review));
        CHECK(review.find("abc") != std::string::npos);
        CHECK(review.find("iduB") != std::string::npos);
    }
}

TEST_CASE("hostile text: a summary table shows regions without their control characters", "[hostile-text]") {
    Summary summary;
    SummaryRecord record;
    record.status = "violation";
    record.region = "Jember \x1b]0;judul\x07";
    summary.add(record);
    CHECK_FALSE(holds_control(summary.table()));
    CHECK_FALSE(holds_control(summary.csv()));
}

TEST_CASE("hostile text: bytes that are not UTF-8 in YAML and CSV are read as U+FFFD, with W208 at the first",
          "[hostile-text]") {
    auto pack = compile_rules(rally_rule);
    struct Case {
        InputFormat format;
        std::string text;
        std::uint32_t line, column;
    };
    std::vector<Case> cases = {
        {InputFormat::yaml,
         "id: A\nactor: {status: pns}\nacts: [{type: rally, description: \"Jember \xC0\x80 \xED\xA0\x80 \xF4\x90\x80\x80 x\xE9y\"}]\n"
         "region: \"\xC0\x80\"\n",
         3, 43},
        {InputFormat::csv, "id;actor.status;acts.0.type;acts.0.description;x\xFF\nA;pns;rally;Jem\xE9" "ber;\xE9\n", 2, 16},
    };
    for (const Case& c : cases) {
        std::vector<ReportInput> inputs = read_reports(c.text, "in", c.format, *pack);
        REQUIRE(inputs.size() == 1);
        const Diagnostic* warning = find_code(inputs[0].diagnostics, "W208");
        REQUIRE(warning);
        CHECK(warning->location.line == c.line);
        CHECK(warning->location.column == c.column);
        Verdict verdict = check(*pack, inputs[0]);
        CHECK(verdict.status != VerdictStatus::invalid);
        std::vector<std::string> description = fact_text(*pack, inputs[0], "acts[0].description");
        REQUIRE(description.size() == 1);
        CHECK(description[0].find("\xEF\xBF\xBD") != std::string::npos);
        // The verdicts' JSON Lines are read back by `netral summary`.
        std::string lines;
        append_json_line(lines, verdict, false);
        append_json_line(lines, verdict, true);
        Summary summary;
        std::vector<std::string> errors;
        CHECK(summarise_verdict_lines(lines, summary, errors) == 2);
        CHECK(errors.empty());
    }
}

TEST_CASE("hostile text: JSON text is written as valid UTF-8 whatever it holds", "[hostile-text]") {
    // Overlong forms, surrogates and code points past U+10FFFF are not UTF-8.
    for (std::string_view bad : {"\xC0\x80", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xF8\x88\x80\x80\x80", "\xE0\x80\xAF"}) {
        std::string quoted = json_quote(std::string("a") + std::string(bad) + "b");
        CHECK(valid_json(quoted));
        CHECK(quoted.find("\xEF\xBF\xBD") != std::string::npos);
    }
    CHECK(json_quote("é€😀") == "\"é€😀\"");
}

TEST_CASE("hostile text: a JSON line that is not UTF-8 is invalid, at the byte", "[hostile-text]") {
    auto pack = compile_rules(rally_rule);
    std::string line = "{\"id\": \"A\", \"region\": \"Jem\xE9" "ber\", \"actor\": {\"status\": \"pns\"}, \"acts\": [{\"type\": \"rally\"}]}";
    std::vector<ReportInput> inputs = read_reports(line, "in.jsonl", InputFormat::jsonl, *pack);
    REQUIRE(inputs.size() == 1);
    CHECK_FALSE(inputs[0].report);
    REQUIRE(inputs[0].diagnostics.size() == 1);
    CHECK(inputs[0].diagnostics[0].code == "E200");
    CHECK(inputs[0].diagnostics[0].location.column == 27);
}
