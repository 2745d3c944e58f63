// Cuts a stream of input into the text of each record as the bytes arrive,
// so that checking can start before the input ends and memory stays flat.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "batch/record_texts.hpp"
#include "netral/report.hpp"
#include "report/csv_quotes.hpp"

namespace netral {

// One record as it is cut out. A record larger than the limit is not kept:
// it comes with `too_large` and its size, and becomes an invalid verdict.
struct CutRecord {
    std::string_view text;         // valid only during the call; empty when too large
    std::uint32_t first_line = 0;  // 0-based line of its start in the input
    std::uint32_t last_line = 0;   // 0-based line of its end
    std::size_t bytes = 0;         // its size in the input
    bool too_large = false;
};

using RecordSink = std::function<void(const CutRecord& record)>;

class RecordSplitter {
public:
    // `format` must be yaml or csv: formats whose records can be cut apart
    // without parsing them. (JSON Lines go through JsonLinesCutter, JSON
    // through JsonArrayCutter.) A record of more than `max_record_bytes`
    // is cut out as too large, its bytes not kept.
    explicit RecordSplitter(InputFormat format, std::size_t max_record_bytes = default_max_record_bytes)
        : format_(format), max_record_bytes_(max_record_bytes) {}

    // Hands the complete records found so far to `sink`.
    void feed(std::string_view chunk, const RecordSink& sink);
    // At the end of the input: the last record, if any.
    void finish(const RecordSink& sink);

    // CSV: the header row, which every row needs to be read.
    const std::string& csv_header() const { return csv_header_; }
    bool has_csv_header() const { return have_header_; }

private:
    void take_line(std::string_view line, bool dropped, std::size_t bytes, const RecordSink& sink);
    void take_yaml_line(std::string_view line, bool dropped, std::size_t bytes, const RecordSink& sink);
    void take_csv_line(std::string_view line, bool dropped, std::size_t bytes, const RecordSink& sink);
    void end_yaml_document(const RecordSink& sink);
    void end_csv_row(const RecordSink& sink);
    void recover_csv_quote(const RecordSink& sink);
    void replay_lines(const RecordSink& sink);
    void emit_too_large(const RecordSink& sink);
    void start_record(std::uint32_t line);

    InputFormat format_;
    std::size_t max_record_bytes_;
    bool bom_checked_ = false;
    std::string first_bytes_;             // the input's start, until it is known whether a BOM begins it

    std::string line_;                    // the line being gathered (until its '\n')
    bool line_dropped_ = false;           // it is longer than the limit: its bytes are not kept
    std::size_t line_bytes_ = 0;          // its size, kept or not
    std::uint32_t line_number_ = 0;       // 0-based number of the line being gathered

    std::string record_;                  // the record being gathered (whole lines)
    std::uint32_t record_line_ = 0;       // its first line
    std::size_t record_bytes_ = 0;        // its size, kept or not
    bool record_too_large_ = false;       // its bytes are no longer kept

    // CSV
    std::optional<CsvQuotes> quotes_;     // once the separator is known
    bool row_has_content_ = false;
    std::size_t quote_line_end_ = 0;      // in record_: the end of the line where the open quote opened
    std::uint32_t quote_line_ = 0;
    std::string csv_header_;
    bool have_header_ = false;
    std::string replay_;                  // lines to read again after a quote that never closed
    std::uint32_t replay_line_ = 0;       // the first one's number
    bool replaying_ = false;
};

}  // namespace netral
