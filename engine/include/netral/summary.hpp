// Season summaries: counts of verdicts by status, sanction level, rule,
// provision, region, election, month, admissibility, kind of violation and
// recipient of the recommendation.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "netral/verdict.hpp"

namespace netral {

// What a summary needs of one verdict; read from a Verdict or from a line of
// verdict JSON.
struct SummaryRecord {
    std::string status;
    std::string level;                    // "none" when no violation
    std::vector<std::string> rules;       // violated (not overridden)
    std::vector<std::string> provisions;  // cited by those rules
    std::string region;
    std::string election;
    std::string month;                    // YYYY-MM of the earliest act, or ""
    std::string admissibility;            // registrable, incomplete, inadmissible, late, not_assessed
    std::vector<std::string> kinds;       // classification
    std::vector<std::string> recipients;  // of recommendations: kasn, bkn
};

SummaryRecord summary_record(const Verdict& verdict);

class Summary {
public:
    void add(const SummaryRecord& record);
    std::size_t total() const { return total_; }

    std::string table() const;  // for a person
    std::string json() const;   // {"total": n, "by_status": {...}, ...}
    std::string csv() const;    // dimension,value,count

private:
    // dimension -> value -> count; std::map keeps the output deterministic.
    std::map<std::string, std::map<std::string, std::size_t>> counts_;
    std::size_t total_ = 0;
};

// Adds every verdict of a verdict-format JSON Lines text; a line that is not
// a verdict is described in `errors` ("line 7: ...") and skipped.
std::size_t summarise_verdict_lines(std::string_view text, Summary& summary, std::vector<std::string>& errors);

}  // namespace netral
