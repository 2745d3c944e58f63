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
        letterhead,  // lines: the office's name, then its address (kop surat)
        title,       // lines: the title, then lines under it (number, subject)
        heading,     // lines[0]
        subheading,  // lines[0]
        paragraph,   // lines[0]
        note,        // lines[0], smaller: reasoning on a provision or rule
        quote,       // lines[0]: the text of a provision
        fields,      // fields: label and value
        bullets,     // lines: one per item
        numbered,    // lines: one per item
        place_date,  // lines[0], set to the right: "Padang Aro, 20 Oktober 2024"
        signatures,  // rows: one per signatory, {position, name} (an empty name: a line to sign on)
        table,       // rows: the header row first
    };
    Kind kind = Kind::paragraph;
    std::vector<Line> lines;
    std::vector<std::pair<std::string, Line>> fields;
    std::vector<std::vector<Line>> rows;
    bool keep_words = false;  // a table whose words must not break (the index); HTML only
};

struct Document {
    std::string title;        // for the HTML <title>
    std::string page_footer;  // printed at the foot of each of its pages: the register number
    std::string page_number;  // the template's "Halaman {halaman} dari {jumlah}", for print
    std::string generator;    // what made it (engine, pack, digest): metadata, not text of the letter
    std::vector<Block> blocks;
};

}  // namespace netral
