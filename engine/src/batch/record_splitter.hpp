// Cuts a stream of input into the text of each record as the bytes arrive,
// so that checking can start before the input ends and memory stays flat.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "batch/record_texts.hpp"
#include "netral/report.hpp"

namespace netral {

// Receives each record as it is cut out: its text (valid only during the
// call) and the 0-based line of its start in the input.
using RecordSink = std::function<void(std::string_view text, std::uint32_t first_line)>;

class RecordSplitter {
public:
    // `format` must be yaml or csv: formats whose records can be cut apart
    // without parsing them. (JSON Lines go through JsonLinesCutter; a JSON
    // array is read whole.)
    explicit RecordSplitter(InputFormat format) : format_(format) {}

    // Hands the complete records found so far to `sink`.
    void feed(std::string_view chunk, const RecordSink& sink);
    // At the end of the input: the last record, if any.
    void finish(const RecordSink& sink);

    // CSV: the header row, which every row needs to be read.
    const std::string& csv_header() const { return csv_header_; }

private:
    void take_lines(const RecordSink& sink);

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
