#include "netral/summary.hpp"
#include "netral/visible_text.hpp"

#include <algorithm>
#include <fmt/format.h>

#include "render/csv_cell.hpp"
#include "render/json_writer.hpp"

namespace netral {
namespace {

// The order dimensions are shown in, with their headings for a person.
const std::vector<std::pair<std::string, std::string>> dimensions = {
    {"status", "Status"},       {"level", "Tingkat sanksi"}, {"rule", "Aturan yang dilanggar"},
    {"provision", "Ketentuan"}, {"region", "Wilayah"},       {"election", "Pemilihan"},
    {"month", "Bulan"},         {"admissibility", "Syarat laporan"}, {"kind", "Jenis pelanggaran"},
    {"recipient", "Diteruskan kepada"}};

}  // namespace

SummaryRecord summary_record(const Verdict& verdict) {
    SummaryRecord record;
    record.status = to_string(verdict.status);
    record.level = verdict.sanction && verdict.sanction->level ? verdict.sanction->level->name : "none";
    for (const Finding& finding : verdict.findings) {
        if (finding.status != FindingStatus::violation) continue;
        if (std::find(record.rules.begin(), record.rules.end(), finding.rule->id) == record.rules.end())
            record.rules.push_back(finding.rule->id);
        for (const ProvisionInfo* provision : finding.provisions)
            if (std::find(record.provisions.begin(), record.provisions.end(), provision->id) == record.provisions.end())
                record.provisions.push_back(provision->id);
    }
    record.region = verdict.region;
    record.election = verdict.election;
    if (verdict.date) record.month = format_iso_date(*verdict.date).substr(0, 7);
    record.admissibility = to_string(verdict.admissibility.outcome);
    for (const KindInfo* kind : verdict.classification) record.kinds.push_back(kind->name);
    for (const RecommendationResult& recommendation : verdict.recommendations)
        if (!recommendation.to.empty()) record.recipients.emplace_back(recommendation.to);
    return record;
}

void Summary::add(const SummaryRecord& record) {
    ++total_;
    auto unknown_if_empty = [](const std::string& value) { return value.empty() ? std::string("(tidak diketahui)") : value; };
    ++counts_["status"][record.status];
    ++counts_["level"][record.level];
    for (const std::string& rule : record.rules) ++counts_["rule"][rule];
    for (const std::string& provision : record.provisions) ++counts_["provision"][provision];
    ++counts_["region"][unknown_if_empty(record.region)];
    ++counts_["election"][unknown_if_empty(record.election)];
    ++counts_["month"][unknown_if_empty(record.month)];
    if (!record.admissibility.empty()) ++counts_["admissibility"][record.admissibility];
    for (const std::string& kind : record.kinds) ++counts_["kind"][kind];
    for (const std::string& recipient : record.recipients) ++counts_["recipient"][recipient];
}

std::string Summary::table() const {
    std::string out = fmt::format("Ringkasan {} laporan\n", total_);
    for (const auto& [dimension, heading] : dimensions) {
        auto found = counts_.find(dimension);
        if (found == counts_.end() || found->second.empty()) continue;
        // Largest first, then by name, so the top of each table is what to act on.
        std::vector<std::pair<std::string, std::size_t>> rows;
        for (const auto& [value, count] : found->second) rows.emplace_back(visible_text(value), count);  // regions come from reports
        std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
        std::size_t width = 0;
        for (const auto& row : rows) width = std::max(width, row.first.size());
        out += fmt::format("\n{}\n", heading);
        for (const auto& [value, count] : rows)
            out += fmt::format("  {:<{}}  {:>8}  {:>5.1f}%\n", value, width, count,
                               total_ ? 100.0 * static_cast<double>(count) / static_cast<double>(total_) : 0.0);
    }
    return out;
}

std::string Summary::json() const {
    std::string out;
    JsonWriter json(out, true);
    json.begin_object();
    json.key("total").number(static_cast<long long>(total_));
    for (const auto& [dimension, heading] : dimensions) {
        json.key("by_" + dimension).begin_object();
        if (auto found = counts_.find(dimension); found != counts_.end())
            for (const auto& [value, count] : found->second) json.key(value).number(static_cast<long long>(count));
        json.end_object();
    }
    json.end_object();
    return out + "\n";
}

std::string Summary::csv() const {
    std::string out = "dimension,value,count\n";
    out += fmt::format("total,,{}\n", total_);
    for (const auto& [dimension, heading] : dimensions)
        if (auto found = counts_.find(dimension); found != counts_.end())
            for (const auto& [value, count] : found->second)
                out += fmt::format("{},{},{}\n", dimension, csv_cell(value), count);
    return out;
}

}  // namespace netral
