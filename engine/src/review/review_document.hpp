// A case review as a sequence of blocks, independent of the output format:
// the builder decides what the review says, the Markdown and HTML writers
// only how it looks. Every text here is plain text; writers escape it.
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace netral {

struct Span {
    enum class Style { plain, strong, emphasis };
    Style style = Style::plain;
    std::string text;
    std::string link;  // a relative file name, or empty
};

using Line = std::vector<Span>;

struct Block {
    enum class Kind {
        title,       // lines[0]
        heading,     // lines[0]
        subheading,  // lines[0]
        paragraph,   // lines[0]
        note,        // lines[0], smaller: notes on a provision, the footer
        quote,       // lines[0]: the text of a provision
        fields,      // fields: label and value
        bullets,     // lines: one per item
        numbered,    // lines: one per item
        signatures,  // lines: one caption per signature column
        table,       // rows: the header row first
    };
    Kind kind = Kind::paragraph;
    std::vector<Line> lines;
    std::vector<std::pair<std::string, Line>> fields;
    std::vector<std::vector<Line>> rows;
};

struct Document {
    std::string title;  // for the HTML <title>
    std::vector<Block> blocks;
    std::size_t footer_start = 0;  // blocks from here on are the footer (0: none)
};

}  // namespace netral
