// Cuts a stream of input into the text of each record as the bytes arrive,
// so that checking can start before the input ends and memory stays flat.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "netral/report.hpp"

namespace netral {

struct RecordText {
    std::string text;
    std::uint32_t first_line = 0;  // 0-based line of the record's start in the input
};

class RecordSplitter {
public:
    // `format` must be jsonl, yaml or csv: formats whose records can be cut
    // apart without parsing them. (A JSON array is read whole.)
    explicit RecordSplitter(InputFormat format) : format_(format) {}

    // Appends the complete records found so far to `out`.
    void feed(std::string_view chunk, std::vector<RecordText>& out);
    // At the end of the input: the last record, if any.
    void finish(std::vector<RecordText>& out);

    // CSV: the header row, which every row needs to be read.
    const std::string& csv_header() const { return csv_header_; }

private:
    void take_lines(std::vector<RecordText>& out);
    void emit(std::string text, std::uint32_t first_line, std::vector<RecordText>& out);

    InputFormat format_;
    std::string pending_;               // bytes not yet part of a complete record
    std::uint32_t pending_line_ = 0;    // line where pending_ starts
    std::string record_;                // YAML: the document being gathered
    std::uint32_t record_line_ = 0;
    bool in_quotes_ = false;            // CSV: inside a quoted field across lines
    std::string csv_header_;
    bool bom_checked_ = false;
};

}  // namespace netral
