// Writing review Documents as Markdown or as one self-contained HTML page.
// Every text is escaped here, so nothing a report says can become markup.
#pragma once

#include <string>
#include <vector>

#include "review/review_document.hpp"

namespace netral {

// Documents one after another, separated by a horizontal rule.
std::string write_markdown(const std::vector<Document>& documents);

// One HTML file: no network, scripts or external fonts; A4 print layout with
// each document starting on a new page; readable on a phone.
std::string write_html(const std::vector<Document>& documents);

// Markdown-escaped and HTML-escaped text, for tests and the writers.
std::string markdown_escape(const std::string& text);
// Escapes what would make a list or heading of a line starting with `text`.
std::string markdown_line_start(std::string text);
std::string html_escape(const std::string& text);

}  // namespace netral
