#include "serve/request_body.hpp"

#include <algorithm>
#include <cctype>
#include <fmt/format.h>
#include <string>
#include <vector>

namespace netral {
namespace {

std::string lower_media_type(std::string_view content_type) {
    std::string_view type = content_type.substr(0, content_type.find(';'));
    while (!type.empty() && std::isspace(static_cast<unsigned char>(type.back()))) type.remove_suffix(1);
    while (!type.empty() && std::isspace(static_cast<unsigned char>(type.front()))) type.remove_prefix(1);
    std::string lower(type);
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    return lower;
}

std::size_t json_depth(std::string_view text, std::size_t stop_after) {
    std::size_t depth = 0, deepest = 0;
    bool in_string = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (in_string) {
            if (c == '\\') ++i;
            else if (c == '"') in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            deepest = std::max(deepest, ++depth);
            if (deepest > stop_after) return deepest;
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return deepest;
}

// Flow brackets outside quotes, plus the indentation levels open at each line
// (a block mapping or sequence inside another is one more level).
std::size_t yaml_depth(std::string_view text, std::size_t stop_after) {
    std::vector<std::size_t> indents;
    std::size_t flow = 0, deepest = 0;
    std::size_t line_start = 0;
    while (line_start < text.size()) {
        std::size_t end = text.find('\n', line_start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(line_start, end - line_start);
        line_start = end + 1;
        std::size_t indent = line.find_first_not_of(' ');
        if (indent == std::string_view::npos || line[indent] == '#' || line[indent] == '\r') continue;
        if (flow == 0) {
            while (!indents.empty() && indents.back() >= indent) indents.pop_back();
            indents.push_back(indent);
        }
        char quote = 0;
        for (std::size_t i = indent; i < line.size(); ++i) {
            char c = line[i];
            if (quote) {
                if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                if (i == indent || line[i - 1] == ' ' || line[i - 1] == '[' || line[i - 1] == '{' || line[i - 1] == ',')
                    quote = c;
            } else if (c == '#' && i > 0 && line[i - 1] == ' ') {
                break;
            } else if (c == '[' || c == '{') {
                ++flow;
            } else if ((c == ']' || c == '}') && flow > 0) {
                --flow;
            }
            deepest = std::max(deepest, indents.size() + flow);
        }
        deepest = std::max(deepest, indents.size() + flow);
        if (deepest > stop_after) return deepest;
    }
    return deepest;
}

}  // namespace

std::optional<InputFormat> input_format_for_media_type(std::string_view content_type) {
    std::string type = lower_media_type(content_type);
    // curl -d sends its own default type, application/x-www-form-urlencoded:
    // a form post is never a report, so the body is read as JSON.
    if (type.empty() || type == "application/json" || type == "application/x-www-form-urlencoded")
        return InputFormat::json;
    if (type == "application/x-ndjson" || type == "application/jsonl" || type == "application/x-jsonlines" ||
        type == "application/jsonlines")
        return InputFormat::jsonl;
    if (type == "application/yaml" || type == "application/x-yaml" || type == "text/yaml" || type == "text/x-yaml")
        return InputFormat::yaml;
    if (type == "text/csv") return InputFormat::csv;
    return std::nullopt;
}

std::size_t nesting_depth(std::string_view text, InputFormat format, std::size_t stop_after) {
    switch (format) {
        case InputFormat::csv: return 0;
        case InputFormat::yaml: return yaml_depth(text, stop_after);
        default: return json_depth(text, stop_after);
    }
}

std::optional<ServeResponse> refuse_body(std::string_view body, InputFormat format, const ServeLimits& limits) {
    if (body.size() > limits.max_body_bytes)
        return serve_error(413, "body_too_large",
                           fmt::format("the request body has {} bytes; the limit is {} (send large batches to "
                                       "`netral check` or split them)",
                                       body.size(), limits.max_body_bytes));
    if (auto problem = unreadable_encoding(body)) return serve_error(400, "unreadable_encoding", *problem);
    if (nesting_depth(body, format, limits.max_depth) > limits.max_depth)
        return serve_error(400, "too_deep",
                           fmt::format("the request body nests arrays or objects more than {} levels deep; a "
                                       "report needs a few",
                                       limits.max_depth));
    return std::nullopt;
}

}  // namespace netral
