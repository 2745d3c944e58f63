// Reports read through yaml-cpp: YAML documents, and JSON read as YAML.
#include "report/record_reader.hpp"

#include "report/record_reader_impl.hpp"

namespace netral {

std::uint32_t phase_of(const CompiledElection& election, Date date) {
    // Indexes into phase_names(); gaps between stages belong to the stage before.
    if (date < election.registration_from) return 0;
    if (date < election.candidate_determination) return 1;
    if (date < election.campaign_from) return 2;
    if (date <= election.campaign_to || date < election.quiet_from) return 3;
    if (date <= election.quiet_to || date < election.voting_day) return 4;
    if (date == election.voting_day) return 5;
    return 6;
}

namespace {

struct YamlAdapter {
    using Node = YAML::Node;
    static constexpr bool keys_padded = false;

    static NodeKind kind(const Node& node) {
        if (node.IsMap()) return NodeKind::map;
        if (node.IsSequence()) return NodeKind::sequence;
        if (node.IsScalar()) return NodeKind::scalar;
        return NodeKind::null;
    }
    static std::string_view scalar(const Node& node, std::string&) { return node.Scalar(); }
    template <typename F>
    static void members(const Node& node, F&& f) {
        for (const auto& entry : node) {
            // A key that is a list or a map names no field: it is reported
            // as an unknown key, under a name no field has.
            f(entry.first.IsScalar() ? std::string_view(entry.first.Scalar()) : std::string_view("[…]"), entry.first,
              entry.second);
        }
    }
    template <typename F>
    static void items(const Node& node, F&& f) {
        for (const Node& item : node) f(item);
    }
    static Location location(const Node& node, const std::string& path, std::uint32_t line_offset) {
        YAML::Mark mark = node.Mark();
        // Nodes built by netral (CSV rows) have no mark: point at the record's line.
        if (mark.line < 0) return {path, line_offset + 1, 0};
        return {path, static_cast<std::uint32_t>(mark.line) + 1 + line_offset,
                static_cast<std::uint32_t>(mark.column) + 1};
    }
};

}  // namespace

ReportInput read_record(const YAML::Node& node, const Pack& pack, const std::string& path, std::uint32_t line_offset,
                        std::size_t number) {
    return read_record_with<YamlAdapter>(node, pack, path, line_offset, number);
}

}  // namespace netral
