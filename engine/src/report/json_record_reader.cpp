// The fast path for JSON Lines: each line parsed by simdjson into a DOM that
// one parser per thread reuses, then read by the same reader as YAML.
#include "report/json_record_reader.hpp"

#include <charconv>
#include <fmt/format.h>

#include "report/record_reader.hpp"
#include "report/record_reader_impl.hpp"
#include "report/text_padding.hpp"

namespace netral {

static_assert(text_padding >= simdjson::SIMDJSON_PADDING, "a batch's texts are parsed in place");

namespace {

struct JsonAdapter {
    using Node = simdjson::dom::element;
    // Keys live in the parser's string buffer, which ends in SIMDJSON_PADDING bytes.
    static constexpr bool keys_padded = true;

    static NodeKind kind(const Node& node) {
        switch (node.type()) {
            case simdjson::dom::element_type::OBJECT: return NodeKind::map;
            case simdjson::dom::element_type::ARRAY: return NodeKind::sequence;
            case simdjson::dom::element_type::NULL_VALUE: return NodeKind::null;
            default: return NodeKind::scalar;
        }
    }
    static std::string_view scalar(const Node& node, std::string& scratch) {
        switch (node.type()) {
            case simdjson::dom::element_type::STRING: return node.get_string().value_unsafe();
            case simdjson::dom::element_type::BOOL: return node.get_bool().value_unsafe() ? "true" : "false";
            case simdjson::dom::element_type::INT64: scratch = std::to_string(node.get_int64().value_unsafe()); return scratch;
            case simdjson::dom::element_type::UINT64: scratch = std::to_string(node.get_uint64().value_unsafe()); return scratch;
            case simdjson::dom::element_type::DOUBLE: scratch = fmt::format("{}", node.get_double().value_unsafe()); return scratch;
            default: return {};
        }
    }
    template <typename F>
    static void members(const Node& node, F&& f) {
        simdjson::dom::object object;
        if (node.get_object().get(object)) return;
        for (auto field : object) f(field.key, field.value, field.value);
    }
    template <typename F>
    static void items(const Node& node, F&& f) {
        simdjson::dom::array array;
        if (node.get_array().get(array)) return;
        for (Node item : array) f(item);
    }
    // A DOM keeps no positions: the record's line. A record with a problem
    // is read again with positions (see below), so this is rarely shown.
    static Location location(const Node&, const std::string& path, std::uint32_t line_offset) {
        return {path, line_offset + 1, 1};
    }
};

// simdjson says what is wrong but not where; yaml-cpp's mark says where.
std::uint32_t syntax_error_column(std::string_view line) {
    try {
        YAML::Load(std::string(line));
    } catch (const YAML::Exception& error) {
        if (error.mark.column >= 0) return static_cast<std::uint32_t>(error.mark.column) + 1;
    }
    return 1;
}

}  // namespace

ReportInput read_json_record(simdjson::dom::parser& parser, std::string_view line, const Pack& pack,
                             const std::string& path, std::uint32_t line_offset, std::size_t number,
                             std::shared_ptr<Report> storage, bool line_is_padded) {
    simdjson::dom::element root;
    const char* text = line.data();
    if (!line_is_padded) {
        // simdjson reads a few bytes past the text: give it a padded copy in
        // a buffer each thread keeps, so no line costs an allocation.
        thread_local std::string padded;
        padded.assign(line);
        padded.resize(line.size() + simdjson::SIMDJSON_PADDING);
        text = padded.data();
    }
    auto error = parser.parse(text, line.size(), false).get(root);
    if (error) {
        ReportInput input;
        input.number = number;
        input.id = fmt::format("{}#{}", path, number);
        input.location = {path, line_offset + 1, syntax_error_column(line)};
        input.diagnostics.push_back({Severity::error, "E200", input.location,
                                     fmt::format("this JSON line cannot be read: {}", simdjson::error_message(error)),
                                     {}});
        return input;
    }
    ReportInput input = read_record_with<JsonAdapter>(root, pack, path, line_offset, number, std::move(storage));
    if (input.diagnostics.empty()) return input;
    // The fast DOM has no positions; the rare record with a problem is read
    // again by yaml-cpp (JSON is YAML), whose nodes know their columns.
    try {
        ReportInput positioned = read_record(YAML::Load(std::string(line)), pack, path, line_offset, number);
        if (positioned.diagnostics.size() == input.diagnostics.size()) return positioned;
    } catch (const YAML::Exception&) {
    }
    return input;
}

}  // namespace netral
