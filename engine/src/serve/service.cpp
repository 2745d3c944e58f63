// The endpoints of `netral serve` over one loaded pack (docs/serve.md).
#include <fmt/format.h>

#include "netral/check.hpp"
#include "netral/render.hpp"
#include "netral/review.hpp"
#include "netral/serve.hpp"
#include "netral/version.hpp"
#include "render/json_text.hpp"
#include "serve/request_body.hpp"

namespace netral {
namespace {

// The name diagnostics give a request body ("request:3:7 E202 …").
constexpr const char* body_name = "request";

using Clock = std::chrono::steady_clock;

std::string_view query_value(const ServeRequest& request, const std::string& key) {
    auto found = request.query.find(key);
    return found == request.query.end() ? std::string_view() : std::string_view(found->second);
}

ServeResponse unsupported_media_type(std::string_view content_type) {
    return serve_error(415, "unsupported_media_type",
                       fmt::format("cannot read a body of type `{}`; send application/json, application/x-ndjson "
                                   "(JSON Lines), application/yaml or text/csv",
                                   content_type));
}

ServeResponse bad_parameter(std::string_view name, std::string_view value, std::string_view allowed) {
    return serve_error(400, "bad_parameter", fmt::format("?{}={} is not understood; give {}", name, value, allowed));
}

ServeResponse time_limit(const ServeLimits& limits, std::size_t done, std::size_t total) {
    return serve_error(408, "time_limit",
                       fmt::format("the request took longer than {} ms ({} of {} reports checked); send fewer "
                                   "reports per request",
                                   limits.max_time.count(), done, total));
}

// The reports of a body, or the error that refuses it.
struct ReadBody {
    std::vector<ReportInput> inputs;
    std::optional<ServeResponse> error;
    InputFormat format = InputFormat::json;
};

ReadBody read_body(const ServeRequest& request, const Pack& pack, const ServeLimits& limits) {
    ReadBody read;
    auto format = input_format_for_media_type(request.content_type);
    if (!format) {
        read.error = unsupported_media_type(request.content_type);
        return read;
    }
    read.format = *format;
    if ((read.error = refuse_body(request.body, *format, limits))) return read;
    read.inputs = read_reports(request.body, body_name, *format, pack, limits.max_record_bytes);
    if (read.inputs.empty())
        read.error = serve_error(400, "no_report", "the request body holds no report");
    else if (read.inputs.size() > limits.max_records)
        read.error = serve_error(413, "too_many_reports",
                                 fmt::format("the request holds {} reports; the limit is {} per request",
                                             read.inputs.size(), limits.max_records));
    return read;
}

bool starts_array(std::string_view body) {
    std::size_t first = body.find_first_not_of(" \t\r\n");
    if (body.substr(0, 3) == "\xEF\xBB\xBF") first = body.find_first_not_of(" \t\r\n", 3);  // a byte order mark
    return first != std::string_view::npos && body[first] == '[';
}

}  // namespace

std::shared_ptr<const Service> Service::create(std::shared_ptr<const PackSet> packs, const ServeLimits& limits,
                                               Diagnostics& diagnostics) {
    std::shared_ptr<const Reviewer> reviewer = Reviewer::for_packs(*packs, diagnostics);
    if (!reviewer) return nullptr;
    return std::make_shared<Service>(std::move(packs), std::move(reviewer), limits);
}

namespace {
std::string without_closing_brace(std::string json) {
    while (!json.empty() && json.back() != '}') json.pop_back();
    if (!json.empty()) json.pop_back();
    return json;
}
}  // namespace

Service::Service(std::shared_ptr<const PackSet> packs, std::shared_ptr<const Reviewer> reviewer,
                 const ServeLimits& limits)
    : packs_(std::move(packs)), reviewer_(std::move(reviewer)), limits_(limits) {
    // The first pack's texts with the labels a form shows, and every pack's.
    pack_json_ = without_closing_brace(render_pack_json(packs_->reader(), false));
    pack_json_ += ",\"labels\":" + reviewer_->labels_json() + ",\"packs\":[";
    for (const auto& pack : packs_->packs()) {
        if (pack != packs_->packs().front()) pack_json_ += ',';
        pack_json_ += without_closing_brace(render_pack_json(*pack, false)) + "}";
        verdicts_.push_back(std::make_unique<const JsonLineRenderer>(*pack, false));
    }
    pack_json_ += "]}\n";
}

void Service::append_verdict(std::string& out, const Verdict& verdict) const {
    const auto& packs = packs_->packs();
    for (std::size_t i = 0; i < packs.size(); ++i)
        if (packs[i].get() == verdict.pack) return verdicts_[i]->append(out, verdict);
    verdicts_.front()->append(out, verdict);
}

ServeResponse Service::check(const ServeRequest& request) const {
    const Clock::time_point deadline = Clock::now() + limits_.max_time;
    std::string_view format = query_value(request, "format");
    if (!format.empty() && format != "json" && format != "jsonl") return bad_parameter("format", format, "json or jsonl");
    ReadBody read = read_body(request, packs_->reader(), limits_);
    if (read.error) return *read.error;
    const bool lines = format == "jsonl" || (format.empty() && read.format == InputFormat::jsonl);
    const bool single = !lines && read.inputs.size() == 1 && read.format != InputFormat::csv &&
                        !(read.format == InputFormat::json && starts_array(request.body));

    ServeResponse response{200, lines ? "application/x-ndjson" : "application/json", {}};
    std::string& out = response.body;
    if (!lines && !single) out += '[';
    Verdict verdict;
    for (std::size_t i = 0; i < read.inputs.size(); ++i) {
        if (Clock::now() > deadline) return time_limit(limits_, i, read.inputs.size());
        netral::check(*packs_, read.inputs[i], {}, verdict);
        // A line of JSON Lines is the verdict's JSON (render_json) and a newline.
        if (!lines && i > 0) out += ',';
        append_verdict(out, verdict);
        if (!lines) out.pop_back();
    }
    if (!lines) out += single ? "\n" : "]\n";
    return response;
}

ServeResponse Service::review(const ServeRequest& request) const {
    const Clock::time_point deadline = Clock::now() + limits_.max_time;
    std::string_view format_name = query_value(request, "format");
    auto format = format_name.empty() ? std::optional(ReviewFormat::markdown) : review_format_from_name(format_name);
    if (!format) return bad_parameter("format", format_name, "md or html");
    ReviewOptions options;
    if (std::string_view stage = query_value(request, "stage"); !stage.empty()) {
        auto named = review_stage_from_name(stage);
        if (!named) return bad_parameter("stage", stage, "awal or pelanggaran");
        options.stage = *named;
    }
    if (std::string_view date = query_value(request, "date"); !date.empty()) {
        options.signed_on = parse_iso_date(date);
        if (!options.signed_on) return bad_parameter("date", date, "a date like 2024-10-20");
    }
    if (std::string_view brief = query_value(request, "brief"); !brief.empty()) {
        if (brief != "1" && brief != "true" && brief != "0" && brief != "false")
            return bad_parameter("brief", brief, "1 or 0");
        options.brief = brief == "1" || brief == "true";
    }
    ReadBody read = read_body(request, packs_->reader(), limits_);
    if (read.error) return *read.error;
    std::vector<Verdict> verdicts;
    verdicts.reserve(read.inputs.size());
    std::vector<ReviewCase> cases;
    for (const ReportInput& input : read.inputs) {
        if (Clock::now() > deadline) return time_limit(limits_, verdicts.size(), read.inputs.size());
        verdicts.push_back(netral::check(*packs_, input));
    }
    for (std::size_t i = 0; i < read.inputs.size(); ++i) cases.push_back({&read.inputs[i], &verdicts[i]});
    std::string text = reviewer_->render(cases, *format, options);
    if (Clock::now() > deadline) return time_limit(limits_, verdicts.size(), read.inputs.size());
    return {200, *format == ReviewFormat::html ? "text/html; charset=utf-8" : "text/markdown; charset=utf-8",
            std::move(text)};
}

ServeResponse Service::pack() const { return {200, "application/json", pack_json_}; }

ServeResponse Service::health() const {
    // `rulepack`: the first pack (reports no pack covers go there);
    // `rulepacks`: every pack a report can be routed to.
    auto identity_json = [](const Pack& pack) {
        const PackIdentity& id = identity(pack);
        std::string out = "{\"name\":";
        append_json_quoted(out, id.name);
        out += ",\"version\":";
        append_json_quoted(out, id.version);
        out += ",\"digest\":";
        append_json_quoted(out, id.digest);
        return out + "}";
    };
    std::string body = "{\"status\":\"ok\",\"version\":";
    append_json_quoted(body, engine_version);
    body += ",\"rulepack\":" + identity_json(packs_->reader()) + ",\"rulepacks\":[";
    for (const auto& pack : packs_->packs())
        body += (pack == packs_->packs().front() ? "" : ",") + identity_json(*pack);
    body += "]}\n";
    return {200, "application/json", std::move(body)};
}

}  // namespace netral
