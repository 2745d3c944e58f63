#include "batch/record_splitter.hpp"

#include "report/csv_table.hpp"
#include "report/yaml_documents.hpp"

namespace netral {

void RecordSplitter::feed(std::string_view chunk, const RecordSink& sink) {
    if (!bom_checked_) {
        // A UTF-8 byte order mark (spreadsheet exports) is not part of the
        // first record; it may arrive split across chunks.
        first_bytes_.append(chunk);
        if (first_bytes_.size() < byte_order_mark.size() &&
            byte_order_mark.substr(0, first_bytes_.size()) == first_bytes_)
            return;
        bom_checked_ = true;
        std::string start = std::move(first_bytes_);
        std::string_view rest = start;
        if (byte_order_mark_at(rest)) rest.remove_prefix(byte_order_mark.size());
        feed(rest, sink);
        return;
    }
    // Line by line, each byte looked at once: a line of hundreds of
    // megabytes is gathered (or dropped, past the limit), not searched again
    // at every read.
    while (!chunk.empty()) {
        std::size_t newline = chunk.find('\n');
        std::string_view piece = chunk.substr(0, newline == std::string_view::npos ? chunk.size() : newline + 1);
        chunk.remove_prefix(piece.size());
        line_bytes_ += piece.size();
        if (!line_dropped_ && line_.size() + piece.size() > max_record_bytes_) {
            line_dropped_ = true;  // the line alone is larger than any record may be
            std::string().swap(line_);
        }
        if (!line_dropped_) line_.append(piece);
        if (newline == std::string_view::npos) break;
        take_line(line_, line_dropped_, line_bytes_, sink);
        ++line_number_;
        line_.clear();
        line_dropped_ = false;
        line_bytes_ = 0;
    }
}

void RecordSplitter::finish(const RecordSink& sink) {
    if (!bom_checked_) {
        bom_checked_ = true;
        std::string start = std::move(first_bytes_);
        feed(start, sink);
    }
    if (line_bytes_ > 0) {  // the last line, without a newline: taken as it is, as the whole-file readers do
        take_line(line_, line_dropped_, line_bytes_, sink);
        ++line_number_;
        line_.clear();
        line_dropped_ = false;
        line_bytes_ = 0;
    }
    if (format_ == InputFormat::yaml) {
        end_yaml_document(sink);
        return;
    }
    while (quotes_ && quotes_->quoted() && !record_too_large_) {  // a quote never closed
        recover_csv_quote(sink);
        replay_lines(sink);
    }
    if (record_too_large_) emit_too_large(sink);
}

void RecordSplitter::take_line(std::string_view line, bool dropped, std::size_t bytes, const RecordSink& sink) {
    if (format_ == InputFormat::yaml) {
        take_yaml_line(line, dropped, bytes, sink);
        return;
    }
    take_csv_line(line, dropped, bytes, sink);
    replay_lines(sink);
}

void RecordSplitter::start_record(std::uint32_t line) {
    record_.clear();
    record_line_ = line;
    record_bytes_ = 0;
    record_too_large_ = false;
}

void RecordSplitter::emit_too_large(const RecordSink& sink) {
    sink({{}, record_line_, line_number_, record_bytes_, true});
    start_record(line_number_ + 1);
}

// ------------------------------------------------------------------ YAML

void RecordSplitter::take_yaml_line(std::string_view line, bool dropped, std::size_t bytes, const RecordSink& sink) {
    if (!dropped && yaml_separator(line)) {
        end_yaml_document(sink);
        start_record(line_number_);  // the `---` line belongs to its document: `--- {id: A}` is one
    } else if (record_bytes_ == 0) {
        start_record(line_number_);
    }
    record_bytes_ += bytes;
    if (!record_too_large_ && (dropped || record_bytes_ > max_record_bytes_)) {
        record_too_large_ = true;  // kept no more; skipped to the next `---`
        std::string().swap(record_);
    }
    if (!record_too_large_) record_.append(line);
}

void RecordSplitter::end_yaml_document(const RecordSink& sink) {
    std::uint32_t last_line = line_number_ == 0 ? 0 : line_number_ - 1;
    if (record_too_large_) sink({{}, record_line_, last_line, record_bytes_, true});
    else if (record_bytes_ > 0 && !yaml_document_is_empty(record_))
        sink({record_, record_line_, last_line, record_.size(), false});
    start_record(line_number_);
}

// ------------------------------------------------------------------ CSV

void RecordSplitter::take_csv_line(std::string_view line, bool dropped, std::size_t bytes, const RecordSink& sink) {
    if (!quotes_) {
        // Before the header: blank and separator-only lines are skipped, and
        // the first other line says which separator the file uses.
        if (!dropped && csv_blank_line(line)) return;
        quotes_.emplace(dropped ? ',' : detect_separator(line));
    }
    if (record_bytes_ == 0) {
        start_record(line_number_);
        row_has_content_ = false;
    }
    record_bytes_ += bytes;
    if (dropped) {
        // A line longer than the limit: its row is too large. Reading goes
        // on at the next line, as a new row.
        *quotes_ = CsvQuotes(quotes_->separator());
        if (!have_header_) {
            have_header_ = true;  // no header to read: each row then says the header has no columns
            start_record(line_number_ + 1);
            return;
        }
        emit_too_large(sink);
        return;
    }
    bool opened_here = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        char next = i + 1 < line.size() ? line[i + 1] : '\0';
        CsvQuotes::Byte kind = quotes_->step(line[i], next);
        row_has_content_ |= CsvQuotes::content(kind, line[i]);
        if (kind == CsvQuotes::Byte::open_quote) opened_here = true;
        if (kind == CsvQuotes::Byte::close_quote) opened_here = false;
        if (kind == CsvQuotes::Byte::escaped_quote) ++i;
    }
    record_.append(line);
    if (!quotes_->quoted()) {
        end_csv_row(sink);
        return;
    }
    if (opened_here) {  // the quote still open opened on this line
        quote_line_end_ = record_.size();
        quote_line_ = line_number_;
    }
    // A quote open for more than the limit is as good as never closed.
    if (record_.size() > max_record_bytes_) recover_csv_quote(sink);
}

void RecordSplitter::end_csv_row(const RecordSink& sink) {
    if (row_has_content_) {
        if (!have_header_) {
            have_header_ = true;
            csv_header_ = record_;
        } else if (record_.size() > max_record_bytes_) {
            record_too_large_ = true;
            emit_too_large(sink);
        } else {
            sink({record_, record_line_, line_number_, record_.size(), false});
        }
    }
    start_record(line_number_ + 1);
    row_has_content_ = false;
}

// A quote that never closes: the row ends with the line where it opened, as
// parse_csv reads it (and reports it), and the lines after that are read
// again as rows of their own.
void RecordSplitter::recover_csv_quote(const RecordSink& sink) {
    std::string rest = record_.substr(quote_line_end_);
    std::uint32_t reading = line_number_;
    record_.resize(quote_line_end_);
    record_bytes_ = record_.size();
    line_number_ = quote_line_;
    row_has_content_ = true;  // an open quote is content
    end_csv_row(sink);
    *quotes_ = CsvQuotes(quotes_->separator());
    line_number_ = reading;
    replay_ = std::move(rest);
    replay_line_ = quote_line_ + 1;
}

// The lines a recovery gave back, read again; a recovery among them gives
// back its own lines and those not read yet. A loop, not recursion: each
// round starts a line further on.
void RecordSplitter::replay_lines(const RecordSink& sink) {
    if (replaying_) return;
    replaying_ = true;
    std::uint32_t reading = line_number_;
    while (!replay_.empty()) {
        std::string lines = std::move(replay_);
        replay_.clear();
        line_number_ = replay_line_;
        std::size_t start = 0;
        while (start < lines.size()) {
            std::size_t end = lines.find('\n', start);
            std::size_t next = end == std::string::npos ? lines.size() : end + 1;
            take_csv_line(std::string_view(lines).substr(start, next - start), false, next - start, sink);
            start = next;
            if (!replay_.empty()) {
                replay_.append(lines, start);
                break;
            }
            ++line_number_;
        }
    }
    line_number_ = reading;
    replaying_ = false;
}

}  // namespace netral
