// Review documents as one self-contained HTML page: inline style only, and a
// Content-Security-Policy that forbids scripts and network access, so even a
// mistake in escaping could not run anything.
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
@page { size: A4; margin: 25mm 20mm 25mm 25mm; }
html { font-family: "Liberation Serif", "Times New Roman", Times, serif; font-size: 12pt; line-height: 1.45; color: #111; }
body { margin: 0 auto; max-width: 48rem; padding: 1rem; }
article + article { break-before: page; page-break-before: always; }
h1 { font-size: 1.3rem; text-align: center; margin: 0 0 1rem; }
h2 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; break-after: avoid; page-break-after: avoid; }
h3 { font-size: 1rem; margin: 1rem 0 .4rem; break-after: avoid; page-break-after: avoid; }
p { margin: .4rem 0; }
dl { display: grid; grid-template-columns: minmax(8rem, 15rem) 1fr; gap: .15rem 1rem; margin: .4rem 0; }
dt { font-weight: bold; }
dd { margin: 0; }
dd, li, p, td { overflow-wrap: anywhere; }
blockquote { margin: .4rem 0 .6rem 1.5rem; padding-left: .8rem; border-left: 3px solid #999; font-style: italic; }
.catatan { font-size: .9em; color: #333; }
ol, ul { margin: .3rem 0; padding-left: 1.6rem; }
li { margin: .15rem 0; }
table { border-collapse: collapse; width: 100%; margin: .6rem 0; }
th, td { border: 1px solid #999; padding: .25rem .5rem; text-align: left; vertical-align: top; }
footer { margin-top: 2rem; border-top: 1px solid #999; padding-top: .5rem; }
.tanda-tangan { display: flex; justify-content: space-between; gap: 2rem; margin-top: 1.5rem; break-inside: avoid; }
.tanda-tangan div { flex: 1; min-height: 7rem; border-bottom: 1px dotted #666; }
@media (max-width: 40rem) {
  html { font-size: 11pt; }
  body { padding: .6rem; }
  dl { grid-template-columns: 1fr; }
  dd { margin-bottom: .4rem; }
}
@media print {
  body { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
}
)";

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
        case Block::Kind::title: out += "<h1>" + line_html(block.lines[0]) + "</h1>\n"; break;
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
            for (const Line& caption : block.lines) out += "<div>" + line_html(caption) + "</div>\n";
            out += "</div>\n";
            break;
        case Block::Kind::table:
            out += "<table>\n";
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
        "<title>" + html_escape(title) + "</title>\n<style>" + style + "</style>\n</head>\n<body>\n";
    for (const Document& document : documents) {
        out += "<article>\n";
        for (std::size_t b = 0; b < document.blocks.size(); ++b) {
            if (document.footer_start > 0 && b == document.footer_start) out += "<footer>\n";
            write_block(document.blocks[b], out);
        }
        if (document.footer_start > 0) out += "</footer>\n";
        out += "</article>\n";
    }
    out += "</body>\n</html>\n";
    return out;
}

}  // namespace netral
