// The serve stage without HTTP: each endpoint's status, media type and body
// for good requests and for every error it gives (docs/serve.md).
#include <algorithm>
#include <catch2/catch.hpp>

#include "netral/check.hpp"
#include "netral/pack_set.hpp"
#include "netral/render.hpp"
#include "netral/serve.hpp"
#include "serve/request_body.hpp"

namespace netral::testing {
namespace {

// Every standard pack, as `netral serve` loads them by default.
std::shared_ptr<const PackSet> standard_packs() {
    static std::shared_ptr<const PackSet> packs = [] {
        std::vector<std::shared_ptr<const Pack>> loaded;
        for (const PackSource& source : embedded_standard_packs()) {
            loaded.push_back(load_pack(source).pack);
            if (!loaded.back()) return std::shared_ptr<const PackSet>();
        }
        std::string error;
        return PackSet::make(std::move(loaded), error);
    }();
    REQUIRE(packs);
    return packs;
}

std::shared_ptr<const Service> standard_service(const ServeLimits& limits = {}) {
    Diagnostics problems;
    auto service = Service::create(standard_packs(), limits, problems);
    REQUIRE(service);
    return service;
}

const char* violation_json = R"({"id": "LAP-1", "election": "pilkada-2024", "reported_on": "2024-10-08",
  "actor": {"status": "pns", "position": "Camat"},
  "acts": [{"type": "campaign_participation", "date": "2024-10-05", "stance": "support", "role": "speaker"}]})";

bool contains(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("serve: one JSON report gives one verdict object, as `netral check --format json` would", "[serve]") {
    auto service = standard_service();
    ServeResponse response = service->check({violation_json, "application/json; charset=utf-8", {}});
    CHECK(response.status == 200);
    CHECK(response.content_type == "application/json");
    REQUIRE(response.body.front() == '{');
    CHECK(contains(response.body, R"("incident":"LAP-1")"));
    CHECK(contains(response.body, R"("status":"violation")"));
    // The same verdict the library gives.
    static PackLoad loaded = load_pack(embedded_standard_pack());
    auto inputs = read_reports(violation_json, "request", InputFormat::json, *loaded.pack);
    CHECK(response.body == render_json(check(*loaded.pack, inputs.at(0))) + "\n");
}

TEST_CASE("serve: JSON Lines in, JSON Lines out, one line per report in order", "[serve]") {
    auto service = standard_service();
    std::string body = std::string(R"({"id":"A","actor":{"status":"pns"},"acts":[{"type":"voting"}]})") + "\n" +
                       "not json\n" + R"({"id":"C","actor":{"status":"pns"},"acts":[{"type":"voting"}]})" + "\n";
    ServeResponse response = service->check({body, "application/x-ndjson", {}});
    CHECK(response.status == 200);
    CHECK(response.content_type == "application/x-ndjson");
    CHECK(std::count(response.body.begin(), response.body.end(), '\n') == 3);
    CHECK(response.body.find(R"("incident":"A")") < response.body.find(R"("status":"invalid")"));
    CHECK(response.body.find(R"("status":"invalid")") < response.body.find(R"("incident":"C")"));
    // ?format=jsonl asks for lines from a JSON array too.
    ServeResponse lines = service->check({"[" + std::string(violation_json) + "]", "", {{"format", "jsonl"}}});
    CHECK(lines.content_type == "application/x-ndjson");
    CHECK(std::count(lines.body.begin(), lines.body.end(), '\n') == 1);
}

TEST_CASE("serve: a JSON array, YAML documents and CSV give a JSON array", "[serve]") {
    auto service = standard_service();
    ServeResponse array = service->check({"[" + std::string(violation_json) + "]", "application/json", {}});
    CHECK(array.status == 200);
    CHECK(array.body.front() == '[');
    ServeResponse yaml = service->check(
        {"id: Y1\nactor: {status: pns}\nacts: [{type: voting}]\n---\nid: Y2\nactor: {status: pns}\nacts: [{type: voting}]\n",
         "application/yaml", {}});
    CHECK(yaml.status == 200);
    CHECK(yaml.body.front() == '[');
    CHECK(contains(yaml.body, R"("incident":"Y2")"));
    ServeResponse one_yaml = service->check({"id: Y1\nactor: {status: pns}\nacts: [{type: voting}]\n", "text/yaml", {}});
    CHECK(one_yaml.body.front() == '{');
    ServeResponse csv = service->check({"id,actor.status,acts.type\nK1,pns,voting\n", "text/csv", {}});
    CHECK(csv.status == 200);
    CHECK(csv.body.front() == '[');
}

TEST_CASE("serve: a malformed report is a 200 with an invalid verdict, never an error status", "[serve]") {
    auto service = standard_service();
    for (std::string body : {std::string("{\"id\": "), std::string("{\"id\": \"X\", \"acts\": 5}"),
                             std::string("[1, 2]"), std::string("\"text\""), std::string("{\"actor\": {\"status\": \"raja\"}}")}) {
        ServeResponse response = service->check({body, "application/json", {}});
        INFO(body);
        CHECK(response.status == 200);
        CHECK(contains(response.body, R"("status":"invalid")"));
    }
}

TEST_CASE("serve: every refusal is a 4xx with a JSON error naming its code", "[serve]") {
    ServeLimits limits;
    limits.max_body_bytes = 4096;
    limits.max_depth = 8;
    limits.max_records = 2;
    auto service = standard_service(limits);
    struct Case {
        std::string body;  // owned: a request only views it
        std::string content_type;
        std::map<std::string, std::string> query;
        int status;
        std::string code;
    };
    std::vector<Case> cases = {
        {std::string(5000, ' '), "application/json", {}, 413, "body_too_large"},
        {std::string(20, '[') + std::string(20, ']'), "application/json", {}, 400, "too_deep"},
        {"a: " + std::string(20, '[') + std::string(20, ']'), "application/yaml", {}, 400, "too_deep"},
        {"", "application/json", {}, 400, "no_report"},
        {"  \n ", "application/x-ndjson", {}, 400, "no_report"},
        {"{}\n{}\n{}\n", "application/x-ndjson", {}, 413, "too_many_reports"},
        {violation_json, "text/plain", {}, 415, "unsupported_media_type"},
        {violation_json, "application/json", {{"format", "xml"}}, 400, "bad_parameter"},
        {"\xFF\xFE{\0}\0", "application/json", {}, 400, "unreadable_encoding"},
    };
    for (const Case& c : cases) {
        ServeResponse response = service->check({c.body, c.content_type, c.query});
        INFO(c.code);
        CHECK(response.status == c.status);
        CHECK(response.content_type == "application/json");
        CHECK(contains(response.body, "\"code\":\"" + c.code + "\""));
        CHECK(contains(response.body, "\"status\":" + std::to_string(c.status)));
    }
}

TEST_CASE("serve: a request over its time limit is a 408", "[serve]") {
    ServeLimits limits;
    limits.max_time = std::chrono::milliseconds(0);
    auto service = standard_service(limits);
    ServeResponse response = service->check({std::string(violation_json) + "\n" + violation_json, "application/x-ndjson", {}});
    CHECK(response.status == 408);
    CHECK(contains(response.body, R"("code":"time_limit")"));
}

TEST_CASE("serve: review gives the kajian as Markdown or HTML, with the query's stage and date", "[serve]") {
    auto service = standard_service();
    ServeResponse markdown = service->review({violation_json, "application/json", {}});
    CHECK(markdown.status == 200);
    CHECK(markdown.content_type == "text/markdown; charset=utf-8");
    CHECK(contains(markdown.body, "KAJIAN DUGAAN PELANGGARAN"));
    ServeResponse html = service->review({violation_json, "", {{"format", "html"}, {"date", "2024-10-20"}}});
    CHECK(html.content_type == "text/html; charset=utf-8");
    CHECK(contains(html.body, "<!DOCTYPE html>"));
    CHECK(contains(html.body, "20 Oktober 2024"));
    ServeResponse awal = service->review({violation_json, "", {{"stage", "awal"}}});
    CHECK(contains(awal.body, "KAJIAN AWAL"));
    for (auto [key, value] : {std::pair{"format", "pdf"}, {"stage", "akhir"}, {"date", "20-10-2024"}, {"brief", "ya"}}) {
        ServeResponse bad = service->review({violation_json, "", {{key, value}}});
        INFO(key);
        CHECK(bad.status == 400);
        CHECK(contains(bad.body, R"("code":"bad_parameter")"));
    }
    CHECK(service->review({"", "", {}}).status == 400);
    ServeResponse invalid = service->review({"{\"id\": ", "", {}});
    CHECK(invalid.status == 200);  // the kajian of an unreadable report says what to correct
}

TEST_CASE("serve: the pack carries the Indonesian labels of facts and values for a form", "[serve]") {
    auto service = standard_service();
    ServeResponse pack = service->pack();
    CHECK(pack.status == 200);
    CHECK(pack.content_type == "application/json");
    CHECK(contains(pack.body, R"("facts":[)"));
    CHECK(contains(pack.body, R"("elections":[)"));
    CHECK(contains(pack.body, R"("labels":{"facts":{)"));
    CHECK(contains(pack.body, R"("actor.status":"status kepegawaian")"));
    CHECK(contains(pack.body, R"x("pns":"Pegawai Negeri Sipil (PNS)")x"));
    CHECK(pack.body.back() == '\n');
    CHECK(pack.body[pack.body.size() - 2] == '}');
    ServeResponse health = service->health();
    CHECK(health.status == 200);
    CHECK(contains(health.body, R"("status":"ok")"));
    CHECK(contains(health.body, R"("name":"asn-netralitas")"));
}

TEST_CASE("serve: the page's policy lets only its own script run", "[serve]") {
    auto service = standard_service();
    ServeResponse page = service->page();
    CHECK(page.content_type == "text/html; charset=utf-8");
    CHECK(contains(page.body, "<html lang=\"id\">"));
    std::string policy = Service::page_security_policy();
    CHECK(contains(policy, "default-src 'none'"));
    CHECK(contains(policy, "script-src 'sha256-"));
    CHECK_FALSE(contains(policy, "unsafe-eval"));
    CHECK_FALSE(contains(policy, "script-src 'unsafe-inline'"));
}

TEST_CASE("serve: media types and nesting depth", "[serve]") {
    CHECK(input_format_for_media_type("") == InputFormat::json);
    CHECK(input_format_for_media_type("Application/JSON; charset=UTF-8") == InputFormat::json);
    CHECK(input_format_for_media_type("application/x-ndjson") == InputFormat::jsonl);
    CHECK(input_format_for_media_type("text/csv;charset=utf-8") == InputFormat::csv);
    CHECK(input_format_for_media_type("application/x-yaml") == InputFormat::yaml);
    CHECK_FALSE(input_format_for_media_type("multipart/form-data"));
    CHECK(nesting_depth(R"({"a": [{"b": "[[[[["}]})", InputFormat::json, 100) == 3);
    CHECK(nesting_depth(R"("\"[[")", InputFormat::json, 100) == 0);
    CHECK(nesting_depth("a:\n  b:\n    c: [1, [2]]\n", InputFormat::yaml, 100) == 5);
    CHECK(nesting_depth("a: '[[['  # [[[\nb: 1\n", InputFormat::yaml, 100) == 1);
    CHECK(nesting_depth("[[[[", InputFormat::csv, 100) == 0);
}

}  // namespace netral::testing
