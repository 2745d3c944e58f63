// A batch of records and where batches come from: the input, cut into
// batches one at a time by whichever worker needs the next one (under the
// pipeline's read lock), so that no thread of its own sits between the
// input and the workers.
#pragma once

#include <deque>
#include <istream>
#include <memory>
#include <string>
#include <vector>

#include "batch/json_array_cutter.hpp"
#include "batch/json_lines_cutter.hpp"
#include "batch/record_splitter.hpp"
#include "batch/record_texts.hpp"
#include "netral/check.hpp"
#include "netral/report.hpp"
#include "report/csv_reader.hpp"

namespace netral {

struct Batch {
    std::size_t sequence = 0;
    std::size_t first_number = 1;       // record number of records[0]
    RecordTexts records;                // to be read
    std::string output;
    std::vector<Verdict> verdicts;      // kept only for an observer
    std::size_t count = 0;              // records checked
    std::size_t invalid = 0;
    std::size_t input_bytes = 0;

    // Empty again, keeping the memory of its buffers for the next batch.
    void reset() {
        records.clear();
        output.clear();
        verdicts.clear();
        count = invalid = input_bytes = 0;
    }
};

class BatchSource {
public:
    // `format`: jsonl, json, yaml or csv (not automatic).
    // A record of more than `max_record_bytes` is cut out as too large.
    BatchSource(std::istream& input, InputFormat format, std::size_t max_record_bytes)
        : input_(input),
          format_(format),
          cutter_(input, read_size, max_record_bytes),
          array_cutter_(input, read_size, max_record_bytes),
          splitter_(format, max_record_bytes) {}

    // Fills `batch` (reset) with about `records` records (JSON Lines: at
    // least that many, as whole reads give them); false when none are left.
    bool next(Batch& batch, std::size_t records);

    // The input was unreadable (UTF-16) or could not be read to its end.
    const std::string& error() const {
        return !error_.empty() ? error_ : format_ == InputFormat::json ? array_cutter_.error() : cutter_.error();
    }
    // CSV: the header's columns, known once the header row is read (at the
    // latest when the first batch is).
    const CsvColumns& columns() const { return columns_; }
    bool has_columns() const { return have_columns_; }

private:
    static constexpr std::size_t read_size = 64 * 1024;
    bool next_split(Batch& batch, std::size_t records);
    void take_csv_header();

    std::istream& input_;
    InputFormat format_;
    std::size_t number_ = 1;  // the next record's number
    std::string error_;

    JsonLinesCutter cutter_;                // jsonl
    JsonArrayCutter array_cutter_;          // json
    std::size_t cutter_bytes_ = 0;          // what the cutter had read at the last batch

    RecordSplitter splitter_;               // yaml, csv
    std::deque<RecordTexts> ready_;         // batches cut, not yet taken
    RecordTexts current_;                   // the batch being cut
    std::size_t target_ = 1;                // records per batch, as last asked
    std::size_t split_bytes_ = 0;           // bytes read since the last batch
    bool started_ = false, ended_ = false;
    bool have_columns_ = false;
    CsvColumns columns_;
};

}  // namespace netral
