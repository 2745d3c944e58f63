#include "batch/record_splitter.hpp"

namespace netral {
namespace {

// A line (with or without its '\n') that holds no record.
bool blank(std::string_view line) { return line.find_first_not_of(" \t\r\n") == std::string_view::npos; }

// A spreadsheet's trailing rows hold only separators (`;;;;`); parse_csv skips
// them too.
bool empty_csv_row(std::string_view row) { return row.find_first_not_of(" \t\r\n,;\"") == std::string_view::npos; }

bool comment_or_blank(std::string_view text) {
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        std::string_view line = text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
        std::size_t first = line.find_first_not_of(" \t\r");
        if (first != std::string_view::npos && line[first] != '#') return false;
        if (end == std::string_view::npos) break;
        start = end + 1;
    }
    return true;
}

bool yaml_separator(std::string_view line) {
    return line.substr(0, 3) == "---" && (line.size() == 3 || line[3] == ' ' || line[3] == '\r' || line[3] == '\n');
}

// Whether a CSV line leaves a quoted field open, given the state before it.
bool quotes_open_after(std::string_view line, bool open) {
    for (char c : line)
        if (c == '"') open = !open;  // "" inside quotes toggles twice: no change
    return open;
}

}  // namespace

void RecordSplitter::feed(std::string_view chunk, const RecordSink& sink) {
    pending_.append(chunk);
    if (!bom_checked_) {
        // A UTF-8 byte order mark (spreadsheet exports) is not part of the
        // first record; it may arrive split across chunks.
        constexpr std::string_view bom = "\xEF\xBB\xBF";
        if (pending_.size() < bom.size() && bom.substr(0, pending_.size()) == pending_) return;
        if (std::string_view(pending_).substr(0, bom.size()) == bom) pending_.erase(0, bom.size());
        bom_checked_ = true;
    }
    take_lines(sink);
}

void RecordSplitter::finish(const RecordSink& sink) {
    if (!pending_.empty() && pending_.back() != '\n') pending_ += '\n';
    take_lines(sink);
    if (format_ == InputFormat::yaml && !comment_or_blank(record_)) sink(record_, record_line_);
    if (format_ == InputFormat::csv && !record_.empty()) sink(record_, record_line_);  // an unclosed quote
    record_.clear();
}

// Consumes every complete line of pending_.
void RecordSplitter::take_lines(const RecordSink& sink) {
    std::size_t start = 0;
    while (true) {
        std::size_t end = pending_.find('\n', start);
        if (end == std::string::npos) break;
        std::string_view line(pending_.data() + start, end - start + 1);  // with its \n
        std::uint32_t line_number = pending_line_++;
        switch (format_) {
            case InputFormat::yaml:
                if (yaml_separator(line)) {
                    if (!comment_or_blank(record_)) sink(record_, record_line_);
                    record_.clear();
                    record_line_ = line_number + 1;
                } else {
                    if (record_.empty()) record_line_ = line_number;
                    record_.append(line);
                }
                break;
            default: {  // csv: a row may span lines inside quotes
                if (record_.empty()) record_line_ = line_number;
                record_.append(line);
                in_quotes_ = quotes_open_after(line, in_quotes_);
                if (in_quotes_) break;
                if (csv_header_.empty()) {
                    if (!blank(record_)) csv_header_ = record_;
                } else if (!empty_csv_row(record_)) {
                    sink(record_, record_line_);
                }
                record_.clear();
            }
        }
        start = end + 1;
    }
    pending_.erase(0, start);
}

}  // namespace netral
