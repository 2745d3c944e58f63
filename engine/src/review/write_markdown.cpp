// Review documents as Markdown that renders in common viewers (CommonMark,
// GitHub) and converts with pandoc.
#include <fmt/format.h>

#include "netral/visible_text.hpp"
#include "review/write_review.hpp"

namespace netral {

std::string markdown_escape(const std::string& raw) {
    // Control characters made visible first: an escape sequence or a
    // right-to-left override in a report must not act on whoever reads this.
    std::string text = visible_text(raw, /*keep_line_breaks=*/true);
    std::string out;
    out.reserve(text.size() + 8);
    for (char c : text) {
        if (c == '\r') continue;
        if (c == '\n') {  // a line break in a report's text would end the list item or paragraph
            out += ' ';
            continue;
        }
        // Punctuation that CommonMark, GFM tables or pandoc give a meaning
        // (emphasis, code, links, raw HTML, entities, math, citations, tables).
        if (std::string_view("\\`*_[]<>&|~^$@").find(c) != std::string_view::npos) out += '\\';
        out += c;
    }
    return out;
}

std::string markdown_line_start(std::string text) {
    // "1. text", "- text" or "# text" at the start of a line would become a
    // list or a heading.
    std::size_t digits = 0;
    while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
    if (digits > 0 && digits < text.size() && (text[digits] == '.' || text[digits] == ')')) text.insert(digits, "\\");
    if (!text.empty() && std::string_view("-+=#").find(text[0]) != std::string_view::npos) text.insert(0, "\\");
    return text;
}

namespace {

std::string line_text(const Line& line) {
    std::string out;
    for (const Span& span : line) {
        std::string text = markdown_escape(span.text);
        if (!span.link.empty()) text = fmt::format("[{}](<{}>)", text, span.link);
        // Emphasis markers must touch the text, so spaces stay outside them.
        std::size_t first = text.find_first_not_of(' ');
        if (span.style != Span::Style::plain && first != std::string::npos) {
            std::size_t last = text.find_last_not_of(' ');
            const char* marker = span.style == Span::Style::strong ? "**" : "*";
            text = text.substr(0, first) + marker + text.substr(first, last - first + 1) + marker + text.substr(last + 1);
        }
        out += text;
    }
    return out;
}

void write_table(const std::vector<std::vector<Line>>& rows, std::string& out) {
    for (std::size_t r = 0; r < rows.size(); ++r) {
        out += "|";
        for (const Line& cell : rows[r]) out += " " + line_text(cell) + " |";
        out += "\n";
        if (r == 0) {
            out += "|";
            for (std::size_t c = 0; c < rows[0].size(); ++c) out += " --- |";
            out += "\n";
        }
    }
}

void write_block(const Block& block, std::string& out) {
    switch (block.kind) {
        case Block::Kind::letterhead:
            for (std::size_t i = 0; i < block.lines.size(); ++i)
                out += markdown_line_start(line_text(block.lines[i])) + (i + 1 < block.lines.size() ? "\\\n" : "\n");
            break;
        case Block::Kind::title:
            out += "# " + line_text(block.lines[0]) + "\n";
            for (std::size_t i = 1; i < block.lines.size(); ++i) out += "\n" + markdown_line_start(line_text(block.lines[i])) + "\n";
            break;
        case Block::Kind::place_date: out += markdown_line_start(line_text(block.lines[0])) + "\n"; break;
        case Block::Kind::heading: out += "## " + line_text(block.lines[0]) + "\n"; break;
        case Block::Kind::subheading: out += "### " + line_text(block.lines[0]) + "\n"; break;
        case Block::Kind::paragraph: out += markdown_line_start(line_text(block.lines[0])) + "\n"; break;
        case Block::Kind::note: out += "*" + line_text(block.lines[0]) + "*\n"; break;
        case Block::Kind::quote: out += "> " + markdown_line_start(line_text(block.lines[0])) + "\n"; break;
        case Block::Kind::fields:
            for (const auto& [label, value] : block.fields)
                out += "- **" + markdown_escape(label) + ":** " + line_text(value) + "\n";
            break;
        case Block::Kind::bullets:
            for (const Line& item : block.lines) out += "- " + markdown_line_start(line_text(item)) + "\n";
            break;
        case Block::Kind::numbered: {
            int number = 0;
            for (const Line& item : block.lines)
                out += fmt::format("{}. {}\n", ++number, markdown_line_start(line_text(item)));
            break;
        }
        case Block::Kind::signatures: {
            // A table, so the signature columns stand side by side: the
            // positions, room to sign, the names.
            std::vector<std::vector<Line>> rows(3);
            for (const auto& row : block.rows) {
                rows[0].push_back(row[0]);
                rows[1].push_back(Line{});
                rows[2].push_back(row[1]);
            }
            write_table(rows, out);
            break;
        }
        case Block::Kind::table: write_table(block.rows, out); break;
    }
}

}  // namespace

std::string write_markdown(const std::vector<Document>& documents) {
    std::string out;
    for (std::size_t d = 0; d < documents.size(); ++d) {
        if (d > 0) out += "\n---\n\n";
        const Document& document = documents[d];
        // What made it, for the record: a comment, not text of the letter.
        if (!document.generator.empty()) {
            std::string said = visible_text(document.generator);
            for (std::size_t at; (at = said.find("--")) != std::string::npos;) said.replace(at, 2, "- -");  // cannot end the comment
            out += "<!-- " + said + " -->\n\n";
        }
        for (std::size_t b = 0; b < document.blocks.size(); ++b) {
            if (b > 0) out += "\n";
            write_block(document.blocks[b], out);
        }
    }
    return out;
}

}  // namespace netral
