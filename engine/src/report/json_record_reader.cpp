// The fast path for JSON Lines: each line parsed by simdjson into a DOM that
// one parser per thread reuses, then read by the same reader as YAML.
#include "report/json_record_reader.hpp"

#include <algorithm>
#include <charconv>
#include <fmt/format.h>

#include "report/json_error_locator.hpp"
#include "report/record_reader.hpp"
#include "report/record_reader_impl.hpp"
#include "report/text_padding.hpp"

namespace netral {

static_assert(text_padding >= simdjson::SIMDJSON_PADDING, "a batch's texts are parsed in place");

// The largest record whose warnings and errors are given their columns; a
// larger one's point at its first line.
constexpr std::size_t max_positioned_bytes = 64 * 1024;

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

// simdjson says what is wrong but not where: the locator says where,
// without building a second tree of the record.
Location syntax_error_location(std::string_view text, const std::string& path, std::uint32_t line_offset) {
    std::size_t offset = json_error_offset(text);
    if (offset == std::string_view::npos) return {path, line_offset + 1, 1};  // e.g. nested past simdjson's depth
    std::string_view before = text.substr(0, offset);
    auto lines = static_cast<std::uint32_t>(std::count(before.begin(), before.end(), '\n'));
    std::size_t line_start = before.rfind('\n');
    std::size_t column = line_start == std::string_view::npos ? offset : offset - line_start - 1;
    return {path, line_offset + lines + 1, static_cast<std::uint32_t>(column) + 1};
}

// Positions from a text that started `columns` bytes into its first line.
void shift_first_line(ReportInput& input, std::uint32_t first_line, std::uint32_t columns) {
    if (columns == 0) return;
    auto shift = [&](Location& at) {
        if (at.line == first_line + 1) at.column += columns;
    };
    shift(input.location);
    for (Diagnostic& diagnostic : input.diagnostics) shift(diagnostic.location);
}

ReportInput read_unplaced(simdjson::dom::parser& parser, std::string_view line, const Pack& pack,
                          const std::string& path, std::uint32_t line_offset, std::size_t number,
                          std::shared_ptr<Report> storage, bool line_is_padded, std::string_view kind) {
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
        input.location = syntax_error_location(line, path, line_offset);
        input.diagnostics.push_back({Severity::error, "E200", input.location,
                                     fmt::format("this {} cannot be read: {}", kind, simdjson::error_message(error)),
                                     {}});
        return input;
    }
    ReportInput input = read_record_with<JsonAdapter>(root, pack, path, line_offset, number, std::move(storage));
    if (input.diagnostics.empty()) return input;
    // The fast DOM has no positions; the rare record with a problem is read
    // again by yaml-cpp (JSON is YAML), whose nodes know their columns. Not
    // a large one: yaml-cpp's tree takes a hundred times the record's size.
    if (line.size() > max_positioned_bytes) return input;
    try {
        ReportInput positioned = read_record(YAML::Load(std::string(line)), pack, path, line_offset, number);
        if (positioned.diagnostics.size() == input.diagnostics.size()) return positioned;
    } catch (const YAML::Exception&) {
    }
    return input;
}

}  // namespace

ReportInput read_json_record(simdjson::dom::parser& parser, std::string_view line, const Pack& pack,
                             const std::string& path, std::uint32_t line_offset, std::size_t number,
                             std::shared_ptr<Report> storage, bool line_is_padded, std::uint32_t first_column,
                             std::string_view kind) {
    ReportInput input = read_unplaced(parser, line, pack, path, line_offset, number, std::move(storage), line_is_padded, kind);
    shift_first_line(input, line_offset, first_column);
    return input;
}

}  // namespace netral
