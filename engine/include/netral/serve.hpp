// The HTTP API of `netral serve` (docs/serve.md) without the HTTP: each
// endpoint as a function from a request's body, media type and query to a
// response's status, media type and body. The program puts them behind a
// server; tests and other servers can call them directly.
#pragma once

#include <chrono>
#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "netral/diagnostic.hpp"
#include "netral/pack.hpp"
#include "netral/pack_set.hpp"
#include "netral/render.hpp"
#include "netral/report.hpp"

namespace netral {

// What one request may ask of the server; beyond them, a 4xx with a JSON
// error (docs/serve.md, "Errors").
struct ServeLimits {
    std::size_t max_body_bytes = std::size_t{8} << 20;            // 413 body_too_large
    std::size_t max_record_bytes = default_max_record_bytes;      // one report: an invalid verdict (E207)
    std::size_t max_records = 10000;                              // 413 too_many_reports
    std::size_t max_depth = 64;                                   // 400 too_deep (JSON/YAML nesting)
    std::chrono::milliseconds max_time{10000};                    // 408 time_limit (checking and writing)
};

struct ServeRequest {
    std::string_view body;
    std::string_view content_type;               // "application/json; charset=utf-8"; "" = JSON
    std::map<std::string, std::string> query;    // ?format=html&stage=awal
};

struct ServeResponse {
    int status = 200;
    std::string content_type;
    std::string body;
};

// A JSON error body: {"error": {"status": 413, "code": "body_too_large", "message": "…"}}.
ServeResponse serve_error(int status, std::string_view code, std::string_view message);

class Reviewer;

// The endpoints over a set of packs (the standard ones by default), loaded
// once; each report goes to the pack that covers its actor. Every method is const and
// thread-safe: one Service serves all worker threads.
class Service {
public:
    // Null, with diagnostics, when the pack's review template cannot be read.
    static std::shared_ptr<const Service> create(std::shared_ptr<const PackSet> packs, const ServeLimits& limits,
                                                 Diagnostics& diagnostics);

    // POST /v1/check: the verdicts (docs/verdict-format.md) of the reports in
    // the body: one JSON object for a report given as a JSON object, JSON
    // Lines for JSON Lines in (or ?format=jsonl), else a JSON array. A report
    // that cannot be read is an `invalid` verdict, status 200.
    ServeResponse check(const ServeRequest& request) const;
    // POST /v1/review: the kajian of the body's reports, Markdown or HTML
    // (?format=md|html, ?stage=awal|pelanggaran, ?date=YYYY-MM-DD, ?brief=1).
    ServeResponse review(const ServeRequest& request) const;
    // GET /v1/pack: `netral pack` of the first pack (the fact vocabulary every
    // pack of the set reads reports with) with the Indonesian labels of
    // facts and values, and `packs`: `netral pack` of every pack, for the
    // texts of verdicts decided by each.
    ServeResponse pack() const;
    // GET /healthz
    ServeResponse health() const;
    // GET /: the case handlers' page, and the Content-Security-Policy it is served with.
    ServeResponse page() const;
    static const char* page_security_policy();

    const ServeLimits& limits() const { return limits_; }

    Service(std::shared_ptr<const PackSet> packs, std::shared_ptr<const Reviewer> reviewer, const ServeLimits& limits);

private:
    void append_verdict(std::string& out, const Verdict& verdict) const;

    std::shared_ptr<const PackSet> packs_;
    std::shared_ptr<const Reviewer> reviewer_;
    ServeLimits limits_;
    std::string pack_json_;  // rendered once
    // Each pack's shared texts encoded once, in the order of packs_->packs().
    std::vector<std::unique_ptr<const JsonLineRenderer>> verdicts_;
};

}  // namespace netral
