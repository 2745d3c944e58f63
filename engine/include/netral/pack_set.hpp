// Several rule packs used as one, such as the standard packs (civil
// servants; village heads and officials; TNI and Polri): each report is read
// once and decided by the pack whose scope covers its actor.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "netral/check.hpp"
#include "netral/pack.hpp"
#include "netral/report.hpp"
#include "netral/verdict.hpp"

namespace netral {

class PackSet {
public:
    // Null, with `error` set, when the packs cannot be used together: a
    // report is read once for all of them, so they must read it the same
    // way (one fact vocabulary and the same elections, as packs that include
    // one shared folder have) and have different names.
    static std::shared_ptr<const PackSet> make(std::vector<std::shared_ptr<const Pack>> packs, std::string& error);

    // Reads the reports (read_reports, the batch) for every pack of the set.
    const Pack& reader() const { return *packs_.front(); }
    const std::vector<std::shared_ptr<const Pack>>& packs() const { return packs_; }

    // The pack that decides `input`: the first whose scope's `subject` holds
    // for the report's actor; when none does (a status no pack covers, or
    // one the report does not give), the first pack, whose scope then says
    // why the report is outside it or which facts are missing.
    const Pack& route(const ReportInput& input) const;

    explicit PackSet(std::vector<std::shared_ptr<const Pack>> packs) : packs_(std::move(packs)) {}

private:
    std::vector<std::shared_ptr<const Pack>> packs_;
};

// check() with the pack the set routes the report to; the verdict names it
// (Verdict::pack and pack_name).
Verdict check(const PackSet& packs, const ReportInput& input, const CheckOptions& options = {});
void check(const PackSet& packs, const ReportInput& input, const CheckOptions& options, Verdict& verdict);

}  // namespace netral
