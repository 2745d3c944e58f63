// Review documents as one self-contained HTML page: inline style only, and a
// Content-Security-Policy that forbids scripts and network access, so even a
// mistake in escaping could not run anything.
#include <utility>

#include "netral/visible_text.hpp"
#include "review/write_review.hpp"

namespace netral {

std::string html_escape(const std::string& raw) {
    // Control characters made visible first (a right-to-left override in a
    // report must not turn the review's text around).
    std::string text = visible_text(raw, /*keep_line_breaks=*/true);
    std::string out;
    out.reserve(text.size() + 16);
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

namespace {

constexpr const char* style = R"(
@page { size: A4; margin: 15mm 18mm 16mm 22mm; }
html { font-family: "Liberation Serif", "Times New Roman", Times, serif; font-size: 11pt; line-height: 1.2; color: #111; }
body { margin: 0 auto; max-width: 48rem; padding: 1rem; }
article + article { break-before: page; }
.kop { text-align: center; border-bottom: 3px double #111; padding-bottom: .2rem; margin-bottom: .5rem; }
.kop p { margin: 0; text-align: center; }
.kop p:first-child { font-size: 1.15rem; font-weight: bold; letter-spacing: .02em; }
.kop p + p { font-size: .9rem; }
header.judul { text-align: center; margin: 0 0 .4rem; }
header.judul h1 { font-size: 1.15rem; margin: 0; text-decoration: underline; }
header.judul p { margin: .1rem 0; text-align: center; }
h2 { font-size: 1.05rem; margin: .8rem 0 .3rem; break-after: avoid; }
h3 { font-size: 1rem; margin: .5rem 0 .2rem; break-after: avoid; }
p { margin: .3rem 0; text-align: justify; }
dl { display: grid; grid-template-columns: 13rem 1fr; gap: .05rem .8rem; margin: .2rem 0 .4rem; }
dt::after { content: ":"; }
dd { margin: 0; }
dd, li, p, td { overflow-wrap: break-word; }
blockquote { margin: .2rem 0 .4rem 1.2rem; padding-left: .7rem; border-left: 3px solid #999; font-style: italic; }
.catatan { font-size: .92em; color: #222; }
ol, ul { margin: .2rem 0; padding-left: 1.6rem; }
li { margin: .1rem 0; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0; font-size: .92em; }
th, td { border: 1px solid #777; padding: .15rem .4rem; text-align: left; vertical-align: top; }
th { background: #eee; }
table.utuh td, table.utuh th { overflow-wrap: normal; word-break: normal; hyphens: manual; }
table.utuh td:nth-child(2) { white-space: nowrap; }
.tempat-tanggal { text-align: right; margin-top: .3rem; }
.tanda-tangan { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: 1rem 2rem; margin-top: .5rem; break-inside: avoid; text-align: center; }
.tanda-tangan p { text-align: center; margin: 0; }
.tanda-tangan .nama { margin-top: 2rem; font-weight: bold; text-decoration: underline; }
@media (max-width: 40rem) {
  html { font-size: 11pt; }
  body { padding: .6rem; }
  dl { grid-template-columns: 1fr; }
  dt::after { content: ""; }
  dd { margin-bottom: .3rem; }
  table.utuh td:nth-child(2) { white-space: normal; }
}
@media print {
  body { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
}
)";

// A text as a CSS string: quotes, backslashes and line ends escaped, and
// `<` too, so that nothing closes the <style> element.
std::string css_string(const std::string& raw) {
    std::string text = visible_text(raw);
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\') out += '\\', out += c;
        else if (c == '<') out += "\\3C ";
        else if (c == '\n' || c == '\r') out += "\\A ";
        else out += c;
    }
    return out + "\"";
}

// "Halaman {halaman} dari {jumlah}" as CSS content: strings and counters.
std::string page_number_content(const std::string& words) {
    std::string out, literal;
    auto flush = [&] {
        if (!literal.empty()) out += (out.empty() ? "" : " ") + css_string(literal);
        literal.clear();
    };
    for (std::size_t i = 0; i < words.size(); ++i) {
        for (auto [placeholder, counter] : {std::pair{"{halaman}", "counter(page)"}, std::pair{"{jumlah}", "counter(pages)"}}) {
            std::string_view p(placeholder);
            if (words.compare(i, p.size(), p) == 0) {
                flush();
                out += (out.empty() ? "" : " ") + std::string(counter);
                i += p.size();
            }
        }
        if (i < words.size()) literal += words[i];
    }
    flush();
    return out;
}

// The page footer of each document: its own named page, so that every
// printed page carries the register number of the kajian on it.
std::string page_styles(const std::vector<Document>& documents) {
    std::string out;
    for (std::size_t d = 0; d < documents.size(); ++d) {
        const Document& document = documents[d];
        out += "article.kajian-" + std::to_string(d + 1) + " { page: kajian-" + std::to_string(d + 1) + "; }\n";
        out += "@page kajian-" + std::to_string(d + 1) + " {\n";
        if (!document.page_footer.empty())
            out += "  @bottom-left { content: " + css_string(document.page_footer) + "; font-size: 9pt; }\n";
        if (!document.page_number.empty())
            out += "  @bottom-right { content: " + page_number_content(document.page_number) + "; font-size: 9pt; }\n";
        out += "}\n";
    }
    return out;
}


std::string line_html(const Line& line) {
    std::string out;
    for (const Span& span : line) {
        std::string text = html_escape(span.text);
        if (!span.link.empty()) text = "<a href=\"" + html_escape(span.link) + "\">" + text + "</a>";
        if (span.style == Span::Style::strong) text = "<strong>" + text + "</strong>";
        if (span.style == Span::Style::emphasis) text = "<em>" + text + "</em>";
        out += text;
    }
    return out;
}

void write_block(const Block& block, std::string& out) {
    auto items = [&](const char* tag) {
        out += std::string("<") + tag + ">\n";
        for (const Line& item : block.lines) out += "<li>" + line_html(item) + "</li>\n";
        out += std::string("</") + tag + ">\n";
    };
    switch (block.kind) {
        case Block::Kind::letterhead:
            out += "<div class=\"kop\">\n";
            for (const Line& line : block.lines) out += "<p>" + line_html(line) + "</p>\n";
            out += "</div>\n";
            break;
        case Block::Kind::title:
            out += "<header class=\"judul\">\n<h1>" + line_html(block.lines[0]) + "</h1>\n";
            for (std::size_t i = 1; i < block.lines.size(); ++i) out += "<p>" + line_html(block.lines[i]) + "</p>\n";
            out += "</header>\n";
            break;
        case Block::Kind::place_date: out += "<p class=\"tempat-tanggal\">" + line_html(block.lines[0]) + "</p>\n"; break;
        case Block::Kind::heading: out += "<h2>" + line_html(block.lines[0]) + "</h2>\n"; break;
        case Block::Kind::subheading: out += "<h3>" + line_html(block.lines[0]) + "</h3>\n"; break;
        case Block::Kind::paragraph: out += "<p>" + line_html(block.lines[0]) + "</p>\n"; break;
        case Block::Kind::note: out += "<p class=\"catatan\">" + line_html(block.lines[0]) + "</p>\n"; break;
        case Block::Kind::quote: out += "<blockquote>" + line_html(block.lines[0]) + "</blockquote>\n"; break;
        case Block::Kind::fields:
            out += "<dl>\n";
            for (const auto& [label, value] : block.fields)
                out += "<dt>" + html_escape(label) + "</dt><dd>" + line_html(value) + "</dd>\n";
            out += "</dl>\n";
            break;
        case Block::Kind::bullets: items("ul"); break;
        case Block::Kind::numbered: items("ol"); break;
        case Block::Kind::signatures:
            out += "<div class=\"tanda-tangan\">\n";
            for (const auto& row : block.rows)
                out += "<div><p>" + line_html(row[0]) + "</p><p class=\"nama\">" + line_html(row[1]) + "</p></div>\n";
            out += "</div>\n";
            break;
        case Block::Kind::table:
            out += block.keep_words ? "<table class=\"utuh\">\n" : "<table>\n";
            for (std::size_t r = 0; r < block.rows.size(); ++r) {
                const char* cell = r == 0 ? "th" : "td";
                out += "<tr>";
                for (const Line& value : block.rows[r])
                    out += std::string("<") + cell + ">" + line_html(value) + "</" + cell + ">";
                out += "</tr>\n";
            }
            out += "</table>\n";
            break;
    }
}

}  // namespace

std::string write_html(const std::vector<Document>& documents) {
    std::string title = documents.empty() ? std::string() : documents[0].title;
    std::string out =
        "<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
        "<meta name=\"generator\" content=\"" + html_escape(documents.empty() ? std::string() : documents[0].generator) + "\">\n"
        "<title>" + html_escape(title) + "</title>\n<style>" + style + page_styles(documents) + "</style>\n</head>\n<body>\n";
    for (std::size_t d = 0; d < documents.size(); ++d) {
        out += "<article class=\"kajian-" + std::to_string(d + 1) + "\">\n";
        for (const Block& block : documents[d].blocks) write_block(block, out);
        out += "</article>\n";
    }
    out += "</body>\n</html>\n";
    return out;
}

}  // namespace netral
