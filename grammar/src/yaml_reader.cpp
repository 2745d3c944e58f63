// The Reader of yaml_reader.hpp: positions, shapes and scalars of a YAML rule
// file, condition strings handed to parse_expression with their position in
// the file, and the verbatim text of example reports.
#include "yaml_reader.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <fmt/format.h>

#include "netral/parse.hpp"

namespace netral::yaml_rules {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string trim(std::string_view text) {
    std::size_t begin = 0, end = text.size();
    while (begin < end && is_space(text[begin])) ++begin;
    while (end > begin && is_space(text[end - 1])) --end;
    return std::string(text.substr(begin, end - begin));
}

// Quoted scalars carry the non-specific tag "!" in yaml-cpp.
bool quoted(const YAML::Node& node) { return node.Tag() == "!" || node.Tag() == "tag:yaml.org,2002:str"; }

// The structure of two nodes is the same (scalars with their quoting).
bool same_tree(const YAML::Node& a, const YAML::Node& b, int depth) {
    if (depth > 200 || a.Type() != b.Type()) return false;
    switch (a.Type()) {
        case YAML::NodeType::Scalar: return a.Scalar() == b.Scalar() && quoted(a) == quoted(b);
        case YAML::NodeType::Sequence: {
            if (a.size() != b.size()) return false;
            for (std::size_t i = 0; i < a.size(); ++i)
                if (!same_tree(a[i], b[i], depth + 1)) return false;
            return true;
        }
        case YAML::NodeType::Map: {
            if (a.size() != b.size()) return false;
            auto x = a.begin();
            auto y = b.begin();
            for (; x != a.end() && y != b.end(); ++x, ++y)
                if (!same_tree(x->first, y->first, depth + 1) || !same_tree(x->second, y->second, depth + 1))
                    return false;
            return true;
        }
        default: return true;
    }
}

// Writes `node` with yaml-cpp's emitter, keeping quoted scalars quoted (so
// "true" stays a text). False when the tree is too deep (or refers to itself
// through an alias).
bool emit(YAML::Emitter& out, const YAML::Node& node, int depth) {
    if (depth > 100) return false;
    switch (node.Type()) {
        case YAML::NodeType::Scalar:
            if (quoted(node)) out << YAML::DoubleQuoted;
            out << node.Scalar();
            return true;
        case YAML::NodeType::Sequence:
            out << YAML::BeginSeq;
            for (const YAML::Node& item : node)
                if (!emit(out, item, depth + 1)) return false;
            out << YAML::EndSeq;
            return true;
        case YAML::NodeType::Map:
            out << YAML::BeginMap;
            for (auto it = node.begin(); it != node.end(); ++it) {
                out << YAML::Key;
                if (!emit(out, it->first, depth + 1)) return false;
                out << YAML::Value;
                if (!emit(out, it->second, depth + 1)) return false;
            }
            out << YAML::EndMap;
            return true;
        default: out << YAML::Null; return true;
    }
}

}  // namespace

Reader::Reader(std::string_view text, std::string path, Diagnostics& diagnostics)
    : text_(text), path_(std::move(path)), diagnostics_(diagnostics) {
    line_starts_.push_back(0);
    for (std::size_t i = 0; i < text_.size(); ++i)
        if (text_[i] == '\n') line_starts_.push_back(i + 1);
}

Location Reader::at(const YAML::Node& node) const {
    if (!node.IsDefined()) return {path_, 0, 0};
    YAML::Mark mark = node.Mark();
    if (mark.line < 0 || mark.column < 0) return {path_, 0, 0};
    return {path_, static_cast<std::uint32_t>(mark.line) + 1, static_cast<std::uint32_t>(mark.column) + 1};
}

Location Reader::at(const Entry& entry) const {
    if (entry.value.IsDefined() && !entry.value.IsNull()) {
        Location where = at(entry.value);
        if (where.line > 0) return where;
    }
    return at(entry.key);
}

void Reader::error(const char* code, Location where, std::string message, std::vector<std::string> notes) {
    if (where.file.empty()) where.file = path_;
    diagnostics_.push_back({Severity::error, code, std::move(where), std::move(message), std::move(notes)});
}

std::string Reader::describe(const YAML::Node& node) {
    switch (node.Type()) {
        case YAML::NodeType::Scalar: return fmt::format("the text `{}`", node.Scalar().substr(0, 40));
        case YAML::NodeType::Sequence: return "a list";
        case YAML::NodeType::Map: return "a mapping";
        default: return "nothing";
    }
}

std::optional<Entries> Reader::mapping(const YAML::Node& node, const Keys& keys, const std::string& what,
                                       Location where) {
    if (!node.IsMap()) {
        Location here = at(node);
        error("E011", here.line > 0 ? here : where,
              fmt::format("expected {} as a mapping of keys to values, found {}", what, describe(node)));
        return std::nullopt;
    }
    Entries entries;
    entries.node = node;
    std::vector<std::string> spellings;
    for (const Key& key : keys) spellings.insert(spellings.end(), key.spellings.begin(), key.spellings.end());
    for (auto it = node.begin(); it != node.end(); ++it) {
        Entry entry{it->first, it->second, {}};
        if (!it->first.IsScalar()) {
            error("E011", at(it->first), fmt::format("a key in {} must be a plain word, found {}", what, describe(it->first)));
            continue;
        }
        entry.spelling = it->first.Scalar();
        const Key* known = nullptr;
        for (const Key& key : keys)
            if (std::find(key.spellings.begin(), key.spellings.end(), entry.spelling) != key.spellings.end()) known = &key;
        if (!known) {
            std::vector<std::string> notes;
            std::string suggestion = closest_match(entry.spelling, spellings);
            if (!suggestion.empty()) notes.push_back(fmt::format("did you mean `{}`?", suggestion));
            else {
                std::string list;
                for (const Key& key : keys) list += (list.empty() ? "`" : ", `") + key.spellings.front() + "`";
                notes.push_back("the keys of " + what + " are " + list + " (or their Indonesian spellings)");
            }
            error("E010", at(it->first), fmt::format("unknown key `{}` in {}", entry.spelling, what), std::move(notes));
            continue;
        }
        auto [found, inserted] = entries.by_name.emplace(known->name, entry);
        if (!inserted) {
            Location first = at(found->second.key);
            error("E010", at(it->first),
                  fmt::format("`{}` is given twice in {}", entry.spelling, what),
                  {fmt::format("first given as `{}` at line {}", found->second.spelling, first.line)});
        }
    }
    return entries;
}

bool Reader::require(const Entries& entries, const std::string& name, const std::string& what) {
    if (entries.get(name)) return true;
    error("E012", at(entries.node), fmt::format("{} has no `{}`", what, name));
    return false;
}

std::optional<std::string> Reader::text(const Entry& entry, const std::string& expected) {
    if (!entry.value.IsScalar()) {
        error("E011", at(entry), fmt::format("`{}` must be {}, found {}", entry.spelling, expected, describe(entry.value)));
        return std::nullopt;
    }
    return entry.value.Scalar();
}

std::string Reader::text_of(const Entries& entries, const std::string& name) {
    const Entry* entry = entries.get(name);
    if (!entry) return {};
    return text(*entry).value_or("");
}

std::optional<std::vector<YAML::Node>> Reader::list(const Entry& entry, const std::string& expected) {
    if (!entry.value.IsSequence()) {
        error("E011", at(entry),
              fmt::format("`{}` must be a list of {}, found {}", entry.spelling, expected, describe(entry.value)),
              {entry.value.IsScalar()  ? "write a list as `[a, b]` or as lines starting with `- `"
               : entry.value.IsMap() ? "start each item of the list with `- `"
                                     : "write `[]` for an empty list"});
        return std::nullopt;
    }
    std::vector<YAML::Node> items;
    for (const YAML::Node& item : entry.value) items.push_back(item);
    return items;
}

std::vector<std::string> Reader::texts(const Entry& entry, const std::string& expected) {
    std::vector<std::string> result;
    auto items = list(entry, expected);
    if (!items) return result;
    for (const YAML::Node& item : *items) {
        if (!item.IsScalar()) {
            error("E011", at(item.Mark().line >= 0 ? item : entry.value),
                  fmt::format("each item of `{}` must be {}, found {}", entry.spelling, expected, describe(item)));
            continue;
        }
        result.push_back(item.Scalar());
    }
    return result;
}

std::vector<ast::Ref> Reader::refs(const Entry& entry, const std::string& expected) {
    std::vector<ast::Ref> result;
    auto items = list(entry, expected);
    if (!items) return result;
    for (const YAML::Node& item : *items) {
        if (!item.IsScalar() || trim(item.Scalar()).empty()) {
            error("E011", at(item.Mark().line >= 0 ? item : entry.value),
                  fmt::format("each item of `{}` must be {}, found {}", entry.spelling, expected, describe(item)));
            continue;
        }
        result.push_back({trim(item.Scalar()), content_start(item)});
    }
    return result;
}

std::optional<ast::Ref> Reader::ref(const Entry& entry, const std::string& expected) {
    if (!entry.value.IsScalar() || trim(entry.value.Scalar()).empty()) {
        error("E011", at(entry), fmt::format("`{}` must be {}, found {}", entry.spelling, expected, describe(entry.value)));
        return std::nullopt;
    }
    return ast::Ref{trim(entry.value.Scalar()), content_start(entry.value)};
}

std::vector<ast::Reasoning> Reader::reasoning(const Entry& entry) {
    static const Keys keys = {{"text", {"text", "teks"}}, {"for", {"for", "untuk"}}};
    std::vector<ast::Reasoning> result;
    if (entry.value.IsScalar()) {
        result.push_back({entry.value.Scalar(), {}, content_start(entry.value)});
        return result;
    }
    auto items = list(entry, "texts, or mappings with `text` and `for`");
    if (!items) return result;
    for (const YAML::Node& item : *items) {
        if (item.IsScalar()) {
            result.push_back({item.Scalar(), {}, content_start(item)});
            continue;
        }
        auto entries = mapping(item, keys, "a reasoning", at(entry));
        if (!entries) continue;
        ast::Reasoning reasoning;
        reasoning.location = at(item);
        if (require(*entries, "text", "a reasoning")) reasoning.text = text_of(*entries, "text");
        if (const Entry* elections = entries->get("for")) {
            if (elections->value.IsScalar()) {
                if (auto one = ref(*elections, "an election id")) reasoning.elections.push_back(std::move(*one));
            } else {
                reasoning.elections = refs(*elections, "election ids");
            }
        }
        result.push_back(std::move(reasoning));
    }
    return result;
}

std::optional<Date> Reader::date_text(const std::string& text, Location where) {
    if (auto date = parse_iso_date(trim(text))) return date;
    std::vector<std::string> notes;
    if (std::string iso = propose_iso_date(trim(text)); !iso.empty()) notes.push_back(fmt::format("write `{}`", iso));
    error("E002", std::move(where), fmt::format("expected a date like 2024-09-22, found `{}`", text), std::move(notes));
    return std::nullopt;
}

std::optional<Date> Reader::date(const Entry& entry) {
    if (!entry.value.IsScalar()) {
        error("E002", at(entry), fmt::format("expected a date like 2024-09-22 for `{}`, found {}", entry.spelling,
                                             describe(entry.value)));
        return std::nullopt;
    }
    return date_text(entry.value.Scalar(), content_start(entry.value));
}

std::optional<bool> Reader::boolean(const Entry& entry) {
    if (entry.value.IsScalar()) {
        const std::string& value = entry.value.Scalar();
        if (value == "true" || value == "benar" || value == "yes") return true;
        if (value == "false" || value == "salah" || value == "no") return false;
    }
    error("E011", at(entry), fmt::format("`{}` must be true or false, found {}", entry.spelling, describe(entry.value)));
    return std::nullopt;
}

std::optional<std::size_t> Reader::offset_of(const YAML::Mark& mark) const {
    if (mark.line < 0 || mark.column < 0 || static_cast<std::size_t>(mark.line) >= line_starts_.size())
        return std::nullopt;
    std::size_t offset = line_starts_[mark.line] + static_cast<std::size_t>(mark.column);
    if (offset > text_.size()) return std::nullopt;
    return offset;
}

char Reader::char_at(std::uint32_t line0, std::uint32_t column0) const {
    if (line0 >= line_starts_.size()) return '\0';
    std::size_t offset = line_starts_[line0] + column0;
    return offset < text_.size() ? text_[offset] : '\0';
}

Location Reader::content_start(const YAML::Node& node) const {
    Location where = at(node);
    if (where.line == 0) return where;
    char first = char_at(where.line - 1, where.column - 1);
    if (first == '"' || first == '\'') ++where.column;
    return where;
}

std::optional<ast::Expr> Reader::condition(const Entry& entry) {
    if (!entry.value.IsScalar() || trim(entry.value.Scalar()).empty()) {
        error("E011", at(entry),
              fmt::format("`{}` must be a condition written as a string, found {}", entry.spelling,
                          entry.value.IsScalar() ? "an empty text" : describe(entry.value)),
              {"for example `when: \"act.type == campaign_participation\"`"});
        return std::nullopt;
    }
    const std::string& value = entry.value.Scalar();
    Location start = content_start(entry.value);
    auto offset = offset_of(entry.value.Mark());
    if (!offset) return parse_expression(value, start, diagnostics_);
    char first = text_[*offset];
    if (first == '"' || first == '\'') return parse_expression(value, start, diagnostics_);
    // A plain scalar on one line is the text itself.
    if (text_.substr(*offset, value.size()) == value) return parse_expression(value, start, diagnostics_);
    // A block scalar (| or >) or a plain scalar over several lines: hand the
    // expression parser the text as it stands in the file, so positions on
    // every line are right. Only the layout differs from the value, and layout
    // carries no meaning in an expression (unless inside a "string").
    std::size_t from = *offset;
    if (first == '|' || first == '>') {
        std::size_t line_end = text_.find('\n', from);
        if (line_end == std::string_view::npos) return parse_expression(value, start, diagnostics_);
        from = line_end + 1;
    }
    while (from < text_.size() && is_space(text_[from])) ++from;
    std::size_t i = 0, j = from;
    bool aligned = value.find('"') == std::string::npos;
    while (aligned && i < value.size()) {
        if (is_space(value[i])) {
            while (i < value.size() && is_space(value[i])) ++i;
            if (j >= text_.size() || !is_space(text_[j])) aligned = i == value.size();
            while (j < text_.size() && is_space(text_[j])) ++j;
        } else if (j < text_.size() && text_[j] == value[i]) {
            ++i;
            ++j;
        } else {
            aligned = false;
        }
    }
    if (!aligned) return parse_expression(value, start, diagnostics_);
    std::string raw = trim(text_.substr(from, j - from));
    auto line = std::upper_bound(line_starts_.begin(), line_starts_.end(), from) - line_starts_.begin();
    Location raw_start{path_, static_cast<std::uint32_t>(line),
                       static_cast<std::uint32_t>(from - line_starts_[line - 1] + 1)};
    return parse_expression(raw, raw_start, diagnostics_);
}

std::pair<std::string, Location> Reader::report_text(const Entry& entry, std::uint32_t& indent) {
    const YAML::Node& node = entry.value;
    indent = 0;
    if (node.IsScalar()) {
        // A block scalar (`report: |`) starts on the next line.
        Location where = content_start(node);
        auto offset = offset_of(node.Mark());
        if (offset && (text_[*offset] == '|' || text_[*offset] == '>') && where.line < line_starts_.size()) {
            std::size_t start = line_starts_[where.line];
            std::size_t column = 0;
            while (start + column < text_.size() && text_[start + column] == ' ') ++column;
            where = {path_, where.line + 1, static_cast<std::uint32_t>(column + 1)};
            indent = static_cast<std::uint32_t>(column);
        }
        return {node.Scalar(), where};
    }
    if (!node.IsMap()) {
        error("E011", at(entry), fmt::format("`{}` must be the incident report as a mapping, found {}", entry.spelling,
                                             describe(node)));
        return {{}, at(entry)};
    }
    // The report as written in the file, so the positions of problems found
    // in it later are positions in this file: the mapping's lines, its first
    // line padded to its column. Kept only if it reads back as the same tree.
    if (auto offset = offset_of(node.Mark())) {
        std::size_t column = static_cast<std::size_t>(node.Mark().column);
        std::size_t end = *offset;
        if (node.Style() == YAML::EmitterStyle::Flow && text_[*offset] == '{') {
            int depth = 0;
            char quote = 0;
            for (; end < text_.size(); ++end) {
                char c = text_[end];
                if (quote) {
                    if (c == '\\' && quote == '"') ++end;
                    else if (c == quote) quote = 0;
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '{' || c == '[') {
                    ++depth;
                } else if ((c == '}' || c == ']') && --depth == 0) {
                    ++end;
                    break;
                }
            }
        } else {
            // Block style: up to the first line with content left of the mapping.
            std::size_t last_content = text_.find('\n', *offset);
            if (last_content == std::string_view::npos) last_content = text_.size();
            end = last_content;
            std::size_t line_start = last_content + 1;
            while (line_start < text_.size()) {
                std::size_t line_end = text_.find('\n', line_start);
                if (line_end == std::string_view::npos) line_end = text_.size();
                std::size_t indent = 0;
                while (line_start + indent < line_end && text_[line_start + indent] == ' ') ++indent;
                bool blank = line_start + indent >= line_end || text_[line_start + indent] == '#' ||
                             text_[line_start + indent] == '\r';
                if (!blank) {
                    if (indent < column) break;
                    end = line_end;
                }
                line_start = line_end + 1;
            }
        }
        std::string verbatim = std::string(column, ' ') + std::string(text_.substr(*offset, end - *offset)) + "\n";
        try {
            if (same_tree(YAML::Load(verbatim), node, 0))
                return {verbatim, Location{path_, static_cast<std::uint32_t>(node.Mark().line) + 1, 1}};
        } catch (const std::exception&) {
        }
    }
    YAML::Emitter out;
    if (!emit(out, node, 0) || !out.good()) {
        error("E011", at(node), "this report is nested too deeply (or refers to itself through an alias)");
        return {{}, at(node)};
    }
    return {std::string(out.c_str()) + "\n", at(node)};
}

}  // namespace netral::yaml_rules
