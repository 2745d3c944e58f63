// format_dsl(): the canonical layout of a `.netral` file (format.hpp). It
// works on lines and tokens, not on the syntax tree, so that comments stay
// where they are and a file with a syntax error is still tidied.
#include <string>
#include <string_view>
#include <vector>

#include "dsl_keywords.hpp"
#include "netral/format.hpp"

namespace netral {
namespace {

enum class TokenKind { word, text, punct, comment, block_open };

struct Token {
    TokenKind kind;
    std::string_view text;
    bool space_before;  // the author wrote whitespace before it
};

bool is_space(char c) { return c == ' ' || c == '\t'; }

bool is_punct(char c) {
    return c == '{' || c == '}' || c == '(' || c == ')' || c == ',' || c == ':' || c == '=' || c == '!' ||
           c == '<' || c == '>' || c == '+';
}

// The tokens of one line. A `"""` that is not closed on the line ends it:
// the rest of the line is the first line of a block text (block_open).
std::vector<Token> tokenize(std::string_view line) {
    std::vector<Token> tokens;
    bool space = false;
    std::size_t i = 0;
    while (i < line.size()) {
        char c = line[i];
        if (is_space(c)) {
            space = true;
            ++i;
            continue;
        }
        std::size_t start = i;
        TokenKind kind = TokenKind::word;
        if (c == '#') {
            kind = TokenKind::comment;
            i = line.size();
        } else if (line.substr(i, 3) == "\"\"\"") {
            std::size_t close = line.find("\"\"\"", i + 3);
            if (close == std::string_view::npos) {
                tokens.push_back({TokenKind::block_open, line.substr(start), space});
                return tokens;
            }
            kind = TokenKind::text;
            i = close + 3;
        } else if (c == '"') {
            kind = TokenKind::text;
            ++i;
            while (i < line.size() && line[i] != '"') i += line[i] == '\\' ? 2 : 1;
            i = std::min(i + 1, line.size());
        } else if (is_punct(c)) {
            kind = TokenKind::punct;
            ++i;
            if ((c == '=' || c == '!' || c == '<' || c == '>') && i < line.size() && line[i] == '=') ++i;
        } else {
            while (i < line.size() && !is_space(line[i]) && !is_punct(line[i]) && line[i] != '"' && line[i] != '#') ++i;
        }
        tokens.push_back({kind, line.substr(start, i - start), space});
        space = false;
    }
    return tokens;
}

bool is(const Token& token, std::string_view text) { return token.kind == TokenKind::punct && token.text == text; }

bool is_quantifier(const Token& token) {
    return token.kind == TokenKind::word &&
           (token.text == "any" || token.text == "all" || token.text == "ada" || token.text == "semua");
}

bool is_operator(const Token& token) {
    return token.kind == TokenKind::punct &&
           (token.text == "==" || token.text == "!=" || token.text == "<=" || token.text == ">=" ||
            token.text == "<" || token.text == ">" || token.text == "=" || token.text == "+");
}

// The tokens of a line joined with the canonical spacing.
std::string join(const std::vector<Token>& tokens) {
    std::string out;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const Token& token = tokens[i];
        if (i > 0) {
            const Token& previous = tokens[i - 1];
            std::string_view gap = " ";
            if (token.kind == TokenKind::comment) gap = "  ";
            else if (is(token, ",") || is(token, ":") || is(token, ")") || is(previous, "(")) gap = "";
            else if (is(token, "(") && is_quantifier(previous)) gap = "";
            else if (is_operator(token) || is_operator(previous)) gap = " ";
            else if (is(previous, "{") || is(token, "}")) gap = token.space_before ? " " : "";
            out += gap;
        }
        out += token.text;
    }
    return out;
}

// The clauses of the block a line opens, by the word it starts with:
// `aggregation {` holds `concurrent` and `repeat`, whose `note` continues them.
// Empty: not known (a level's body, a set), every clause word counts.
grammar::KeywordList clauses_of(std::string_view opener) {
    using namespace grammar;
    struct Block {
        KeywordList opener;
        KeywordList clauses;
    };
    static const KeywordPair regulation_word[] = {{"regulation", "peraturan"}}, provision_word[] = {{"provision", "ketentuan"}},
                             rule_word[] = {{"rule", "aturan"}}, election_word[] = {{"election", "pemilihan"}},
                             workdays_word[] = {{"workdays", "kalender_kerja"}},
                             aggregation_word[] = {{"aggregation", "agregasi"}}, scope_word[] = {{"scope", "cakupan"}},
                             requirement_word[] = {{"requirement", "syarat"}},
                             admissibility_word[] = {{"admissibility", "penerimaan"}},
                             deadline_word[] = {{"deadline", "tenggat"}}, recommend_word[] = {{"recommend", "rekomendasi"}},
                             example_word[] = {{"example", "contoh"}}, variant_word[] = {{"when", "jika"}},
                             recipient_word[] = {{"to", "kepada"}};
    static const Block blocks[] = {
        {regulation_word, regulation_keywords}, {provision_word, provision_keywords},
        {rule_word, rule_keywords},             {election_word, stage_keywords},
        {workdays_word, workdays_keywords},     {aggregation_word, aggregation_keywords},
        {scope_word, scope_keywords},           {requirement_word, requirement_keywords},
        {admissibility_word, admissibility_keywords}, {deadline_word, deadline_keywords},
        {recommend_word, recommend_keywords},   {example_word, example_keywords},
        {variant_word, variant_keywords},       {recipient_word, note_keywords},
    };
    for (const Block& block : blocks)
        if (opener == block.opener[0].english || opener == block.opener[0].indonesian) return block.clauses;
    return {};
}

// A line that starts with one of the clause words of its block (or with
// `name:`, a fact) starts a clause: never a continuation, however the author
// indented it. The words that also continue a clause (`when`, `by`, `for`,
// `as`, `deadline` of a referral) are left to the author's indentation.
bool starts_clause(const std::vector<Token>& tokens, grammar::KeywordList block) {
    if (tokens.empty() || tokens[0].kind != TokenKind::word) return false;
    if (tokens.size() > 1 && is(tokens[1], ":")) return true;
    static constexpr std::string_view continuing[] = {"when", "jika", "by", "oleh", "for", "untuk", "as",
                                                      "sebagai", "deadline", "tenggat"};
    std::string_view word = tokens[0].text;
    for (std::string_view w : continuing)
        if (word == w) return false;
    using namespace grammar;
    if (!block.empty()) {
        for (const KeywordPair& pair : block)
            if (word == pair.english || word == pair.indonesian) return true;
        return false;
    }
    for (KeywordList list : {KeywordList(declaration_keywords), KeywordList(rule_keywords),
                             KeywordList(regulation_keywords), KeywordList(provision_keywords),
                             KeywordList(stage_keywords), KeywordList(workdays_keywords), KeywordList(level_keywords),
                             KeywordList(aggregation_keywords), KeywordList(scope_keywords),
                             KeywordList(requirement_keywords), KeywordList(admissibility_keywords),
                             KeywordList(deadline_keywords), KeywordList(recommend_keywords),
                             KeywordList(example_keywords)})
        for (const KeywordPair& pair : list)
            if (word == pair.english || word == pair.indonesian) return true;
    return false;
}

std::size_t indentation(std::string_view line) {
    std::size_t n = 0;
    while (n < line.size() && is_space(line[n])) ++n;
    return n;
}

bool blank(std::string_view line) { return indentation(line) == line.size(); }

class Formatter {
public:
    explicit Formatter(std::string_view text) {
        if (text.substr(0, 3) == "\xEF\xBB\xBF") {
            bom_ = true;
            text.remove_prefix(3);
        }
        for (std::size_t from = 0; from <= text.size();) {
            std::size_t end = text.find('\n', from);
            std::string_view line = text.substr(from, end == std::string_view::npos ? text.size() - from : end - from);
            if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
            lines_.push_back(line);
            if (end == std::string_view::npos) break;
            from = end + 1;
        }
    }

    std::string run() {
        for (std::size_t i = 0; i < lines_.size(); ++i) {
            std::string_view line = lines_[i];
            if (blank(line)) {
                pending_blank_ = !out_.empty();
                continue;
            }
            std::vector<Token> tokens = tokenize(line);
            // Closing braces at the start of the line belong to the block they close.
            std::size_t leading = 0;
            while (leading < tokens.size() && is(tokens[leading], "}")) ++leading;
            depth_ = depth_ > leading ? depth_ - leading : 0;
            statements_.resize(depth_ + 1, npos);

            bool comment = tokens.front().kind == TokenKind::comment;
            bool continuation = parens_ > 0;
            std::size_t raw = indentation(line);
            if (!comment && leading == 0 && !continuation) {
                std::size_t& statement = statements_[depth_];
                grammar::KeywordList block = depth_ < openers_.size() ? clauses_of(openers_[depth_]) : grammar::KeywordList{};
                if (statement != npos && raw > statement && !starts_clause(tokens, block)) continuation = true;
                else statement = raw;
            }
            if (leading > 0) statements_[depth_] = npos;

            // A blank line between two clauses is kept, one at most; none just
            // inside braces; one after each top-level block.
            bool closes = leading > 0;
            if (pending_blank_ && !closes && !after_open_) blank_line();
            else if (after_top_block_ && !closes) blank_line();
            pending_blank_ = false;
            after_top_block_ = false;

            std::size_t indent = 2 * depth_ + (continuation ? 2 : 0);
            std::string text = join(tokens);
            emit(indent, text);

            for (std::size_t k = leading; k < tokens.size(); ++k) {
                if (is(tokens[k], "{")) {
                    ++depth_;
                    // The block is named by the line's first word (`rule`, `aggregation`).
                    openers_.resize(depth_ + 1);
                    openers_[depth_] = tokens[leading < tokens.size() ? leading : 0].text;
                }
                else if (is(tokens[k], "}")) depth_ = depth_ > 0 ? depth_ - 1 : 0;
                else if (is(tokens[k], "(")) ++parens_;
                else if (is(tokens[k], ")")) parens_ = parens_ > 0 ? parens_ - 1 : 0;
            }
            statements_.resize(depth_ + 1, npos);
            after_open_ = !tokens.empty() && is(tokens.back(), "{");
            after_top_block_ = depth_ == 0 && closes && tokens.size() == leading;
            if (tokens.back().kind == TokenKind::block_open) i = block(i, indent);
        }
        std::string result = bom_ ? "\xEF\xBB\xBF" : "";
        result += out_;
        return result;
    }

private:
    static constexpr std::size_t npos = std::string::npos;

    void emit(std::size_t indent, std::string_view text) {
        out_.append(indent, ' ');
        out_ += text;
        out_ += '\n';
    }
    void blank_line() {
        if (!out_.empty()) out_ += '\n';
    }

    // The lines of a block text opened on line `open` (whose line is
    // emitted): moved as a whole so that its least indented line is two
    // spaces right of the clause, and the closing `"""` under the clause.
    // What the text holds does not change: its common indentation is
    // stripped when it is read. Returns the line of the closing `"""`.
    std::size_t block(std::size_t open, std::size_t clause_indent) {
        std::size_t close = open + 1;
        while (close < lines_.size() && lines_[close].find("\"\"\"") == std::string_view::npos) ++close;
        if (close >= lines_.size()) {  // never closed (E003): left as it is, up to its last line
            std::size_t end = lines_.size();
            if (end > open + 1 && lines_[end - 1].empty()) --end;  // after the file's final newline
            for (std::size_t k = open + 1; k < end; ++k) out_ += std::string(lines_[k]) + "\n";
            return lines_.size();
        }
        std::string_view last = lines_[close];
        std::size_t quotes = last.find("\"\"\"");
        std::string_view before = last.substr(0, quotes);
        std::size_t least = npos;
        for (std::size_t k = open + 1; k < close; ++k)
            if (!blank(lines_[k])) least = std::min(least, indentation(lines_[k]));
        if (!blank(before)) least = std::min(least, indentation(before));
        if (least == npos) least = 0;
        std::size_t indent = clause_indent + 2;
        for (std::size_t k = open + 1; k < close; ++k) {
            if (blank(lines_[k])) out_ += '\n';
            else emit(indent, lines_[k].substr(least));
        }
        std::vector<Token> rest = tokenize(last.substr(quotes + 3));
        std::string tail = rest.empty() ? "" : (rest.front().kind == TokenKind::comment ? "  " : " ") + join(rest);
        if (blank(before)) {
            emit(clause_indent, "\"\"\"" + tail);
        } else {
            out_.append(indent, ' ');
            out_ += std::string(before.substr(least)) + "\"\"\"" + tail + "\n";
        }
        for (const Token& token : rest) {
            if (is(token, "{")) ++depth_;
            else if (is(token, "}")) depth_ = depth_ > 0 ? depth_ - 1 : 0;
        }
        statements_.resize(depth_ + 1, npos);
        return close;
    }

    std::vector<std::string_view> lines_;
    std::string out_;
    bool bom_ = false;
    std::size_t depth_ = 0;
    std::size_t parens_ = 0;
    std::vector<std::size_t> statements_{npos};  // per depth: the author's indentation of its last clause
    std::vector<std::string_view> openers_{""};   // per depth: the first word of the line that opened it
    bool pending_blank_ = false;
    bool after_open_ = false;
    bool after_top_block_ = false;
};

}  // namespace

std::string format_dsl(std::string_view text) { return Formatter(text).run(); }

}  // namespace netral
