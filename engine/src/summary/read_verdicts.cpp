// Reading verdict JSON Lines back for `netral summary`, with simdjson: a
// season's verdicts can run to millions of lines.
#include <fmt/format.h>
#include <simdjson.h>

#include "netral/summary.hpp"

namespace netral {

std::size_t summarise_verdict_lines(std::string_view text, Summary& summary, std::vector<std::string>& errors) {
    simdjson::dom::parser parser;
    std::size_t line_number = 0, read = 0;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(start, end - start);
        start = end + 1;
        ++line_number;
        if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
        simdjson::dom::element verdict;
        if (auto error = parser.parse(simdjson::padded_string(line)).get(verdict)) {
            errors.push_back(fmt::format("line {}: not JSON ({})", line_number, simdjson::error_message(error)));
            continue;
        }
        SummaryRecord record;
        std::string_view text_value;
        if (verdict["status"].get_string().get(text_value)) {
            errors.push_back(fmt::format("line {}: not a verdict (no `status`)", line_number));
            continue;
        }
        record.status = std::string(text_value);
        record.level = verdict["sanction"]["level"].get_string().get(text_value) ? "none" : std::string(text_value);
        simdjson::dom::array findings;
        if (!verdict["findings"].get_array().get(findings)) {
            for (simdjson::dom::element finding : findings) {
                if (finding["status"].get_string().get(text_value) || text_value != "violation") continue;
                if (!finding["rule"].get_string().get(text_value)) record.rules.emplace_back(text_value);
                simdjson::dom::array provisions;
                if (finding["provisions"].get_array().get(provisions)) continue;
                for (simdjson::dom::element provision : provisions) {
                    // full verdicts hold objects with an id; compact ones hold the ids
                    if (!provision.get_string().get(text_value) || !provision["id"].get_string().get(text_value))
                        record.provisions.emplace_back(text_value);
                }
            }
        }
        if (!verdict["context"]["region"].get_string().get(text_value)) record.region = std::string(text_value);
        if (!verdict["context"]["election"].get_string().get(text_value)) record.election = std::string(text_value);
        if (!verdict["context"]["date"].get_string().get(text_value)) record.month = std::string(text_value.substr(0, 7));
        if (!verdict["admissibility"]["outcome"].get_string().get(text_value)) record.admissibility = std::string(text_value);
        simdjson::dom::array list;
        if (!verdict["classification"].get_array().get(list))
            for (simdjson::dom::element kind : list)  // compact: names; full: {kind, title}
                if (!kind.get_string().get(text_value) || !kind["kind"].get_string().get(text_value))
                    record.kinds.emplace_back(text_value);
        if (!verdict["recommendations"].get_array().get(list))
            for (simdjson::dom::element recommendation : list)
                if (!recommendation["to"].get_string().get(text_value) && !text_value.empty())
                    record.recipients.emplace_back(text_value);
        summary.add(record);
        ++read;
    }
    return read;
}

}  // namespace netral
