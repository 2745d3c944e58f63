// Conditions: parse tree to ast::Expr, parse_expression for the YAML reader,
// and the helpers every conversion shares (locations, texts, dates, errors).
#include <charconv>
#include <utility>

#include <fmt/format.h>

#include "dsl_tree.hpp"
#include "netral/parse.hpp"

namespace netral::dsl {

// ------------------------------------------------------------------ helpers

Location Converter::location(const Node& node) const {
    pg::position p = node.begin();
    return {path_, static_cast<std::uint32_t>(p.line), static_cast<std::uint32_t>(p.column)};
}

void Converter::error(const char* code, Location where, std::string message) {
    diagnostics_.push_back(Diagnostic{Severity::error, code, std::move(where), std::move(message), {}});
}

namespace {

bool is_blank(std::string_view line) { return line.find_first_not_of(" \t\r") == std::string_view::npos; }

}  // namespace

BlockText Converter::block(const Node& node) const {
    std::string_view raw = node.string_view();
    raw = raw.substr(3, raw.size() - 6);  // without the """ on each side
    std::vector<std::string_view> lines;
    for (std::size_t from = 0;;) {
        std::size_t end = raw.find('\n', from);
        std::string_view line = raw.substr(from, end == std::string_view::npos ? raw.size() - from : end - from);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        lines.push_back(line);
        if (end == std::string_view::npos) break;
        from = end + 1;
    }
    std::size_t first = 0, last = lines.size();
    while (first < last && is_blank(lines[first])) ++first;
    while (last > first && is_blank(lines[last - 1])) --last;

    // Text on the line of the opening """ (raw line 0) has no comparable
    // indentation: it is kept as it is and does not count for the others.
    std::size_t indent = std::string_view::npos;
    for (std::size_t i = std::max<std::size_t>(first, 1); i < last; ++i)
        if (!is_blank(lines[i])) indent = std::min(indent, lines[i].find_first_not_of(" \t"));
    BlockText result;
    result.first_line = static_cast<std::uint32_t>(node.begin().line + first);
    if (indent == std::string_view::npos) indent = 0;
    result.indent = static_cast<std::uint32_t>(indent);
    // The first line: after the opening """ when it is on that line, else
    // less its indentation like the others.
    result.first_column = first == 0 ? static_cast<std::uint32_t>(node.begin().column + 3) : result.indent + 1;
    for (std::size_t i = first; i < last; ++i) {
        std::string_view line = lines[i];
        if (i > 0) line = is_blank(line) ? std::string_view{} : line.substr(std::min(indent, line.size()));
        result.text.append(line);
        result.text.push_back('\n');
    }
    return result;
}

std::string Converter::text(const Node& node) const {
    std::string_view raw = node.string_view();
    if (raw.size() >= 6 && raw.substr(0, 3) == "\"\"\"") {
        std::string text = block(node).text;
        if (!text.empty()) text.pop_back();  // the final newline
        return text;
    }
    std::string out;
    for (std::size_t i = 1; i + 1 < raw.size(); ++i) {
        char c = raw[i];
        if (c == '\\') {
            c = raw[++i];
            out.push_back(c == 'n' ? '\n' : c);
        } else {
            out.push_back(c);
        }
    }
    return out;
}

std::optional<Date> Converter::date(const Node& node) {
    std::string text = node.string();
    if (auto date = parse_iso_date(text)) return date;
    if (std::string iso = propose_iso_date(text); !iso.empty()) {
        diagnostics_.push_back(Diagnostic{Severity::error, "E002", location(node),
                                          fmt::format("`{}` is not a date in the form YYYY-MM-DD", text),
                                          {fmt::format("write `{}`", iso)}});
        return std::nullopt;
    }
    error("E002", location(node), fmt::format("`{}` is not a real calendar date", text));
    return std::nullopt;
}

std::string describe_found(std::string_view text, std::size_t offset, const char* end_name) {
    if (offset >= text.size()) return fmt::format("found {}", end_name);
    auto word = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
               c == '-' || c == '.' || c == '/' || c == '[' || c == ']';
    };
    char c = text[offset];
    if (c == '"') return "found a text in double quotes";
    if (!word(c) || c == '.' || c == '[' || c == ']') return fmt::format("found \"{}\"", c);
    std::size_t end = offset;
    while (end < text.size() && word(text[end]) && end - offset < 40) ++end;
    return fmt::format("found \"{}\"", text.substr(offset, end - offset));
}

namespace {

bool is_word_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// `a`, `b` or `c` (`a`, `b`, `c` when `or` follows): the keywords expected,
// in one language.
std::string keyword_list(grammar::KeywordList keywords, bool indonesian, bool last_or) {
    std::string out;
    for (std::size_t i = 0; i < keywords.size(); ++i) {
        if (i > 0) out += last_or && i + 1 == keywords.size() ? " or " : ", ";
        out += fmt::format("`{}`", indonesian ? keywords[i].indonesian : keywords[i].english);
    }
    return out;
}

// "did you mean `unsur`?" for a misspelt keyword, in the declaration's
// language (with the other language's spelling when that is what it was
// close to).
std::string keyword_suggestion(grammar::KeywordList keywords, std::string_view word, bool indonesian) {
    if (word.empty()) return {};
    std::vector<std::string> spellings;
    for (const grammar::KeywordPair& pair : keywords) {
        spellings.emplace_back(pair.english);
        spellings.emplace_back(pair.indonesian);
    }
    std::string close = closest_match(std::string(word), spellings);
    if (close.empty()) return {};
    // Before a declaration there is no language yet: the spelling it was close to.
    if (keywords.data() == std::data(grammar::declaration_keywords)) return fmt::format("did you mean `{}`?", close);
    for (const grammar::KeywordPair& pair : keywords) {
        const char* own = indonesian ? pair.indonesian : pair.english;
        const char* other = indonesian ? pair.english : pair.indonesian;
        if (close == own) return fmt::format("did you mean `{}`?", own);
        if (close == other)
            return fmt::format("did you mean `{}`? (`{}` in {})", own, other, indonesian ? "English" : "Indonesian");
    }
    return {};
}

}  // namespace

Diagnostic syntax_diagnostic(const grammar::syntax_error& error, const std::string& path, std::string_view text,
                             const std::string& decl, const char* end_name, bool indonesian) {
    std::string message = error.message;
    if (auto at = message.find("{decl}"); at != std::string::npos) message.replace(at, 6, decl);
    if (auto at = message.find("{keywords}"); at != std::string::npos)
        message.replace(at, 10, keyword_list(error.keywords, indonesian,
                                             message.find("{keywords}), or") == std::string::npos &&
                                                 message.find("{keywords}, or") == std::string::npos));
    if (auto at = message.find("{expect}"); at != std::string::npos)
        message.replace(at, 8, indonesian ? "harapan" : "expect");
    Location where{path, static_cast<std::uint32_t>(error.position.line),
                   static_cast<std::uint32_t>(error.position.column)};
    std::size_t offset = std::min<std::size_t>(error.position.byte, text.size());
    std::vector<std::string> notes;
    const char* code = error.code;
    if (error.date) {
        // A date written another way: say how to write it.
        std::size_t end = offset;
        while (end < text.size() && (is_word_char(text[end]) || text[end] == '-' || text[end] == '/' || text[end] == '.'))
            ++end;
        std::string written(text.substr(offset, end - offset));
        if (std::string iso = propose_iso_date(written); !iso.empty()) {
            return Diagnostic{Severity::error, "E002", std::move(where),
                              fmt::format("`{}` is not a date in the form YYYY-MM-DD", written),
                              {fmt::format("write `{}`", iso)}};
        }
    }
    if (std::string_view(code) == "E001") message += ", " + describe_found(text, offset, end_name);
    if (error.value) {
        std::size_t end = offset;
        while (end < text.size() && is_word_char(text[end])) ++end;
        std::string_view word = text.substr(offset, end - offset);
        if (is_reserved_word(word))
            notes.push_back(fmt::format("`{0}` is a reserved word; a value with that name is written in double quotes: "
                                        "\"{0}\"",
                                        word));
    }
    if (!error.keywords.empty()) {
        std::size_t end = offset;
        while (end < text.size() && is_word_char(text[end])) ++end;
        if (std::string hint = keyword_suggestion(error.keywords, text.substr(offset, end - offset), indonesian);
            !hint.empty())
            notes.push_back(std::move(hint));
    }
    return Diagnostic{Severity::error, code, std::move(where), std::move(message), std::move(notes)};
}

// ------------------------------------------------------------------ conditions

namespace {

ast::CompareOp compare_op(std::string_view op) {
    if (op == "==") return ast::CompareOp::eq;
    if (op == "!=") return ast::CompareOp::ne;
    if (op == "<=") return ast::CompareOp::le;
    if (op == ">=") return ast::CompareOp::ge;
    if (op == "<") return ast::CompareOp::lt;
    return ast::CompareOp::gt;
}

}  // namespace

ast::Expr Converter::expression(const Node& node) {
    ast::Expr e;
    e.location = location(node);
    auto children = [&](ast::ExprKind kind) {
        e.kind = kind;
        for (const auto& c : node.children) e.children.push_back(expression(*c));
        return e;
    };

    // or / and chains: one node with every operand; a single operand is itself.
    if (node.is_type<g::expression>() || node.is_type<g::disjunct>() || node.is_type<g::conjunction>()) {
        if (node.children.size() == 1) return expression(*node.children.front());
        return children(node.is_type<g::expression>() ? ast::ExprKind::or_ : ast::ExprKind::and_);
    }
    if (node.is_type<g::negation>()) return children(ast::ExprKind::not_);
    if (node.is_type<g::offset_operand>()) {
        if (node.children.size() == 1) return expression(*node.children.front());
        e.kind = ast::ExprKind::offset;
        e.children.push_back(expression(*node.children.at(0)));
        bool minus = node.children.at(1)->string_view() == "-";
        std::string_view digits = node.children.at(2)->string_view();
        std::int64_t count = 0;
        auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), count);
        if (ec != std::errc{} || end != digits.data() + digits.size() || count > 100000) {
            error("E001", location(*node.children.at(2)), fmt::format("{} days is too many for a deadline", digits));
            count = 0;
        }
        e.integer = minus ? -count : count;
        e.text = node.children.at(3)->string();
        return e;
    }
    if (node.is_type<g::relation>()) {
        ast::Expr left = expression(*node.children.at(0));
        if (node.children.size() == 1) return left;
        const Node& tail = *node.children.at(1);
        e.children.push_back(std::move(left));
        if (tail.is_type<g::comparison>()) {
            e.kind = ast::ExprKind::compare;
            e.op = compare_op(tail.children.at(0)->string_view());
            e.children.push_back(expression(*tail.children.at(1)));
        } else {
            e.kind = tail.is_type<g::in_test>()       ? ast::ExprKind::in
                     : tail.is_type<g::not_in_test>() ? ast::ExprKind::not_in
                                                      : ast::ExprKind::contains;
            e.children.push_back(expression(*tail.children.at(0)));
        }
        return e;
    }
    if (node.is_type<g::reference>() || node.is_type<g::quantifier_list>() || node.is_type<g::dated_fact>() ||
        node.is_type<g::deadline_start>() || node.is_type<g::deadline_end>()) {
        std::string_view text = node.string_view();
        if (text.find('.') == std::string_view::npos) {
            e.kind = ast::ExprKind::name;
            e.text = text;
            return e;
        }
        e.kind = ast::ExprKind::path;
        for (std::size_t from = 0;;) {
            std::size_t dot = text.find('.', from);
            e.segments.emplace_back(text.substr(from, dot == std::string_view::npos ? dot : dot - from));
            if (dot == std::string_view::npos) break;
            from = dot + 1;
        }
        return e;
    }
    if (node.is_type<g::bool_true>() || node.is_type<g::bool_false>()) {
        e.kind = ast::ExprKind::boolean;
        e.boolean = node.is_type<g::bool_true>();
        return e;
    }
    if (node.is_type<g::integer_lit>()) {
        e.kind = ast::ExprKind::integer;
        std::string_view text = node.string_view();
        auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), e.integer);
        if (ec != std::errc{} || end != text.data() + text.size())
            error("E001", e.location, fmt::format("the number {} is too large", text));
        return e;
    }
    if (node.is_type<g::date_lit>()) {
        e.kind = ast::ExprKind::date;
        if (auto date = this->date(node)) e.date = *date;
        return e;
    }
    if (node.is_type<g::string_lit>()) {
        e.kind = ast::ExprKind::string;
        e.text = text(node);
        return e;
    }
    if (node.is_type<g::set_lit>()) return children(ast::ExprKind::set);
    if (node.is_type<g::range_lit>()) return children(ast::ExprKind::range);
    if (node.is_type<g::known_test>()) {
        const Node& keyword = *node.children.at(0);
        e.kind = keyword.is_type<g::known_kw>()    ? ast::ExprKind::known
                 : keyword.is_type<g::given_kw>() ? ast::ExprKind::given
                                                  : ast::ExprKind::unknown;
        e.children.push_back(expression(*node.children.at(1)));
        return e;
    }
    if (node.is_type<g::quantifier>()) {
        e.kind = ast::ExprKind::quantifier;
        e.all_ = node.children.at(0)->is_type<g::quantifier_all>();
        e.variable = node.children.at(1)->string();
        e.children.push_back(expression(*node.children.at(2)));
        e.children.push_back(expression(*node.children.at(3)));
        return e;
    }
    // Not reachable: every stored rule of a condition is handled above.
    error("E001", e.location, fmt::format("internal error: unexpected `{}` in a condition", node.type));
    return e;
}

}  // namespace netral::dsl

namespace netral {

std::optional<ast::Expr> parse_expression(std::string_view text, const Location& start, Diagnostics& diagnostics) {
    namespace pg = tao::pegtl;
    pg::memory_input in(text.data(), text.data() + text.size(), start.file, 0, std::max<std::uint32_t>(start.line, 1),
                        std::max<std::uint32_t>(start.column, 1));
    std::size_t before = diagnostics.size();
    try {
        grammar::condition_depth = 0;
        auto root = pg::parse_tree::parse<grammar::condition_text, dsl::selector, pg::nothing, grammar::control>(in);
        dsl::Converter converter(start.file, diagnostics);
        ast::Expr expr = converter.expression(*root->children.at(0));
        if (diagnostics.size() != before) return std::nullopt;
        return expr;
    } catch (const grammar::syntax_error& error) {
        diagnostics.push_back(dsl::syntax_diagnostic(error, start.file, text, "the condition", "the end of the condition"));
        return std::nullopt;
    }
}

}  // namespace netral
