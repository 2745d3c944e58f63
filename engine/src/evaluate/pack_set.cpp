// Routing reports between packs: one reading, the scope's subject of each
// pack tried in order.
#include "netral/pack_set.hpp"

#include <fmt/format.h>

#include "compile/compiled_pack.hpp"
#include "evaluate/expression_eval.hpp"
#include "report/report_data.hpp"

namespace netral {
namespace {

// Where two fact vocabularies read a report differently ("" when they do
// not): a field's name, type, slot or enum values, in the same order.
std::string first_difference(const ObjectSchema& a, const ObjectSchema& b, const std::string& path) {
    if (a.fields.size() != b.fields.size())
        return path.empty() ? "the report's fields are not the same" : "the fields of `" + path + "` are not the same";
    for (std::size_t i = 0; i < a.fields.size(); ++i) {
        const FieldSchema& x = a.fields[i];
        const FieldSchema& y = b.fields[i];
        std::string name = path.empty() ? x.name : path + "." + x.name;
        if (x.name != y.name || x.type != y.type || x.values != y.values || x.derived != y.derived ||
            x.required != y.required || bool(x.object) != bool(y.object))
            return "`" + name + "` is declared differently";
        if (x.object) {
            if (std::string difference = first_difference(*x.object, *y.object, name); !difference.empty())
                return difference;
        }
    }
    return {};
}

bool same_elections(const Pack& a, const Pack& b) {
    if (a.elections.size() != b.elections.size()) return false;
    for (std::size_t i = 0; i < a.elections.size(); ++i) {
        const CompiledElection& x = a.elections[i];
        const CompiledElection& y = b.elections[i];
        if (x.id != y.id || x.registration_from != y.registration_from ||
            x.candidate_determination != y.candidate_determination || x.campaign_from != y.campaign_from ||
            x.campaign_to != y.campaign_to || x.quiet_from != y.quiet_from || x.quiet_to != y.quiet_to ||
            x.voting_day != y.voting_day)
            return false;
    }
    return true;
}

bool covers(const Pack& pack, const Report& report) {
    if (pack.subject < 0) return false;
    EvalContext context;
    context.report = &report;
    return evaluate(pack.program, static_cast<std::uint32_t>(pack.subject), context) == Tri::yes;
}

}  // namespace

std::shared_ptr<const PackSet> PackSet::make(std::vector<std::shared_ptr<const Pack>> packs, std::string& error) {
    if (packs.empty()) {
        error = "no rule pack";
        return nullptr;
    }
    const Pack& first = *packs.front();
    for (std::size_t i = 1; i < packs.size(); ++i) {
        const Pack& other = *packs[i];
        for (std::size_t j = 0; j < i; ++j)
            if (packs[j]->identity.name == other.identity.name) {
                error = fmt::format("the rule pack `{}` is given twice", other.identity.name);
                return nullptr;
            }
        std::string difference = first.report_schema && other.report_schema
                                     ? first_difference(*first.report_schema, *other.report_schema, "")
                                     : std::string(first.report_schema == other.report_schema ? "" : "one has no facts");
        if (!difference.empty()) {
            error = fmt::format(
                "the rule packs `{}` and `{}` read reports differently ({}), so they cannot be used "
                "together: a report is read once for every pack; let both include one folder with the facts",
                first.identity.name, other.identity.name, difference);
            return nullptr;
        }
        if (!same_elections(first, other)) {
            error = fmt::format(
                "the rule packs `{}` and `{}` declare different elections, so an act's phase would differ between "
                "them; let both include one folder with the elections",
                first.identity.name, other.identity.name);
            return nullptr;
        }
    }
    return std::make_shared<PackSet>(std::move(packs));
}

const Pack& PackSet::route(const ReportInput& input) const {
    if (packs_.size() > 1 && input.report)
        for (const auto& pack : packs_)
            if (covers(*pack, *input.report)) return *pack;
    return *packs_.front();
}

void check(const PackSet& packs, const ReportInput& input, const CheckOptions& options, Verdict& verdict) {
    check(packs.route(input), input, options, verdict);
}

Verdict check(const PackSet& packs, const ReportInput& input, const CheckOptions& options) {
    return check(packs.route(input), input, options);
}

}  // namespace netral
