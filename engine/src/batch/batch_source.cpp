#include "batch/batch_source.hpp"

#include <algorithm>

#include "batch/read_input.hpp"

namespace netral {

bool BatchSource::next(Batch& batch, std::size_t records) {
    bool any = false;
    switch (format_) {
        case InputFormat::jsonl:
            any = cutter_.fill(batch.records, records);
            batch.input_bytes = cutter_.bytes_read() - cutter_bytes_;
            cutter_bytes_ = cutter_.bytes_read();
            break;
        case InputFormat::json:
            any = array_cutter_.fill(batch.records, records);
            batch.input_bytes = array_cutter_.bytes_read() - cutter_bytes_;
            cutter_bytes_ = array_cutter_.bytes_read();
            break;
        default: any = next_split(batch, records); break;
    }
    if (!any) return false;
    batch.first_number = number_;
    number_ += batch.records.size();
    return true;
}

// YAML and CSV: chunks go through the splitter until a batch is complete.
bool BatchSource::next_split(Batch& batch, std::size_t records) {
    target_ = std::max<std::size_t>(records, 1);
    RecordSink sink = [&](const CutRecord& record) {
        take_csv_header();  // a CSV's rows need its header, which comes before the first row
        if (record.too_large) current_.add_too_large(record.bytes, record.first_line, record.last_line);
        else current_.add(record.text, record.first_line);
        if (current_.size() >= target_) {
            current_.pad();
            ready_.push_back(std::move(current_));
            current_ = RecordTexts();
        }
    };
    constexpr std::size_t chunk_size = read_size;
    std::string chunk;
    while (ready_.empty() && !ended_ && error_.empty()) {
        chunk.resize(chunk_size);
        std::size_t got = read_input(input_, chunk.data(), chunk.size(), error_);
        chunk.resize(got);
        if (!started_ && got > 0) {
            started_ = true;
            if (auto problem = unreadable_encoding(chunk)) {
                error_ = *problem;
                return false;
            }
        }
        split_bytes_ += got;
        if (got > 0) splitter_.feed(chunk, sink);
        take_csv_header();  // known before any row comes, or when none does
        if (got == 0) {
            ended_ = true;
            splitter_.finish(sink);
            take_csv_header();
            if (current_.size() > 0) {
                current_.pad();
                ready_.push_back(std::move(current_));
                current_ = RecordTexts();
            }
        } else if (got < chunk_size && current_.size() > 0) {
            // A short read from a pipe: nothing more has come yet. Check the
            // records that have rather than wait for a full batch.
            current_.pad();
            ready_.push_back(std::move(current_));
            current_ = RecordTexts();
        }
    }
    if (ready_.empty()) return false;
    batch.records = std::move(ready_.front());
    ready_.pop_front();
    batch.input_bytes = split_bytes_;
    split_bytes_ = 0;
    return true;
}

void BatchSource::take_csv_header() {
    if (format_ != InputFormat::csv || have_columns_ || !splitter_.has_csv_header()) return;
    have_columns_ = true;
    columns_ = read_csv_header(splitter_.csv_header());
}

}  // namespace netral
