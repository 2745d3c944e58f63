#include "report/json_value_scanner.hpp"

namespace netral {
namespace {

bool space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

}  // namespace

bool JsonValueScanner::step(char c) {
    // A UTF-8 byte order mark at the very start is no part of any value and
    // takes no column, as when it is stripped before reading.
    if (!in_value_ && offset_ < 3 && c == "\xEF\xBB\xBF"[offset_]) {
        ++offset_;
        return false;
    }
    bool line_start = at_line_start_ && c != ' ' && c != '\t' && c != '\r' && c != '\n';
    if (line_start) at_line_start_ = false;
    if (in_value_ && line_start) {
        note_line_start(c);
        // Scanning again after an element was cut short: the elements it ran
        // over may be broken too, and are cut at once.
        if (candidate_.found && candidate_.offset == offset_ && offset_ < cut_at_once_until_) {
            end_value(content_end_);
            done_.cut_short = true;
            done_.last_line = content_line_;
            start_value(c);
            value_starts_line_ = true;
            advance(c);
            return true;
        }
    }
    bool ended = false;
    bool used = false;  // by the value it is in (a number ends before the comma after it)
    if (in_value_ && candidate_.found && offset_ - value_.begin >= max_value_bytes_ && rewind_to_next_element(offset_))
        return true;  // too large to be read: it is broken where the next element starts
    if (in_value_) {
        ended = step_in_value(c);
        if (rewound_) return true;  // cut short: done_ is the broken element
        used = !ended || done_.end == offset_ + 1;
        if (used && !space(c) && c != ',') {
            content_end_ = offset_ + 1;
            content_line_ = line_;
        }
    }
    if (!used && between_values(c)) {
        start_value(c);
        value_starts_line_ = line_start;
    }
    advance(c);
    return ended;
}

void JsonValueScanner::advance(char c) {
    ++offset_;
    if (c == '\n') {
        ++line_;
        column_ = 0;
        at_line_start_ = true;
    } else {
        ++column_;
    }
}

bool JsonValueScanner::step_in_value(char c) {
    if (in_string_) {
        if (escaped_) {
            escaped_ = false;
        } else if (c == '\\') {
            escaped_ = true;
        } else if (c == '\n') {
            // JSON strings never hold a line break: this one lost its closing
            // quote. Read the next line as structure again, so that one
            // missing quote does not turn the rest of the input inside out.
            in_string_ = false;
        } else if (c == '"') {
            in_string_ = false;
            if (brackets_.empty()) return end_value(offset_ + 1);
        }
        return false;
    }
    if (bare_) {
        // A number or a word ends where a delimiter starts.
        if (space(c) || c == ',' || c == ']' || c == '}') return end_value(offset_);
        return false;
    }
    if (c == '"') {
        in_string_ = true;
    } else if (c == '{' || c == '[') {
        brackets_.push_back(c);
    } else if (c == '}' || c == ']') {
        std::size_t match = brackets_.rfind(c == '}' ? '{' : '[');
        // Closing what no bracket of this value opened (the array's `]`
        // after an element left open): the value ran on, and ends before it.
        if (match == std::string::npos) {
            if (rewind_to_next_element(offset_ + 1)) return true;
            return end_value(offset_);
        }
        brackets_.resize(match);
        if (brackets_.empty()) return end_value(offset_ + 1);
    }
    return false;
}

void JsonValueScanner::note_line_start(char c) {
    if (in_string_ || bare_ || brackets_.empty() || column_ > value_.column) return;
    if ((c == '{' || c == '[') && column_ == value_.column && value_starts_line_ && !shallow_line_) {
        if (!candidate_.found || offset_ < cut_at_once_until_)
            candidate_ = {true, offset_, line_, column_, content_end_, content_line_};
        return;
    }
    // A key or a value no further in than the element itself: its lines are
    // not indented, so a bracket there may well be an inner object's.
    if (c != '}' && c != ']' && c != ',') shallow_line_ = true;
}

bool JsonValueScanner::rewind_to_next_element(std::size_t end) {
    if (!candidate_.found) return false;
    Candidate next = candidate_;
    content_end_ = next.content_end;
    content_line_ = next.content_line;
    end_value(content_end_);
    done_.cut_short = true;
    // Back to the candidate, between values where the broken one began;
    // what it ran over is scanned again, its elements cut at once.
    where_ = value_where_;
    offset_ = next.offset;
    line_ = next.line;
    column_ = next.column;
    at_line_start_ = true;
    cut_at_once_until_ = end;
    rewound_ = true;
    return true;
}

bool JsonValueScanner::between_values(char c) {
    if (space(c)) return false;
    switch (where_) {
        case Where::top:
            if (c == ',') return false;  // between values written one after another
            if (c == '[' && !seen_value_) {  // the input is an array: its elements are the records
                where_ = Where::array;
                return false;
            }
            seen_value_ = true;
            return true;
        case Where::array:
            if (c == ',') return false;
            if (c == ']') {
                // Anything after the array is read as more values: never
                // dropped unseen, and an invalid record when it is not JSON.
                where_ = Where::top;
                return false;
            }
            return true;
    }
    return false;
}

void JsonValueScanner::start_value(char c) {
    in_value_ = true;
    shallow_line_ = false;
    candidate_.found = false;
    content_end_ = offset_ + 1;
    content_line_ = line_;
    value_ = {offset_, offset_, line_, column_};
    value_where_ = where_;
    in_string_ = c == '"';
    bare_ = c != '"' && c != '{' && c != '[';
    if (c == '{' || c == '[') brackets_.push_back(c);
}

bool JsonValueScanner::end_value(std::size_t end) {
    value_.end = end;
    value_.last_line = content_line_;
    done_ = value_;
    in_value_ = in_string_ = escaped_ = bare_ = false;
    brackets_.clear();
    return true;
}

}  // namespace netral
