#include "batch/json_array_cutter.hpp"

#include <algorithm>

#include "batch/read_input.hpp"
#include "netral/report.hpp"

namespace netral {

bool JsonArrayCutter::fill(RecordTexts& texts, std::size_t min_records) {
    if (!error_.empty()) return false;
    min_records = std::max<std::size_t>(min_records, 1);
    auto take = [&](const JsonValueSpan& value) {
        std::size_t size = value.end - value.begin;
        if (value.begin == dropped_value_ || size > max_record_bytes_) {
            texts.add_too_large(size, value.line, value.last_line, value.column);
            return;
        }
        texts.add(std::string_view(pending_.data() + (value.begin - pending_start_), size), value.line, value.column);
        if (value.cut_short) texts.mark_cut_short(value.last_line);
    };
    while (texts.size() < min_records && !ended_) {
        std::size_t kept = pending_.size();
        pending_.resize(kept + read_size_);
        std::size_t got = read_input(input_, pending_.data() + kept, read_size_, error_);
        pending_.resize(kept + got);
        bytes_read_ += got;
        if (got == 0) ended_ = true;
        if (!started_) {
            // The input's first bytes, which the first reads may deliver piecemeal.
            if (pending_.size() < 3 && !ended_) continue;
            started_ = true;
            if (auto problem = unreadable_encoding(pending_)) {
                error_ = *problem;
                return false;
            }
        }
        // The scanner may go back to cut an element short (to an offset
        // still kept: see below): feed it again from where it says.
        auto feed = [&] {
            while (!scanner_.feed(std::string_view(pending_).substr(scanner_.consumed() - pending_start_), take)) {
            }
        };
        feed();
        if (ended_)
            while (!scanner_.finish(take)) feed();
        // Keep only the start of a value not yet complete, and not even that
        // once it is larger than any record may be. (Where the scanner may
        // go back to, it went back before the value grew past the limit, or
        // it is a line read after the bytes were dropped.)
        if (scanner_.in_value() && scanner_.consumed() - scanner_.value_begin() > max_record_bytes_)
            dropped_value_ = scanner_.value_begin();
        bool keep_value = scanner_.in_value() && dropped_value_ != scanner_.value_begin();
        std::size_t needed_from = keep_value ? scanner_.value_begin() : scanner_.consumed();
        pending_.erase(0, needed_from - pending_start_);
        pending_start_ = needed_from;
        // A short read from a pipe: the writer has sent nothing more yet.
        if (got < read_size_ && texts.size() > 0) break;
    }
    if (ended_ && error_.empty()) error_ = scanner_.error();
    texts.pad();
    return texts.size() > 0;
}

}  // namespace netral
