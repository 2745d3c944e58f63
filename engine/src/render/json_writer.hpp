// A small streaming JSON writer: keys in the order they are written (so
// output is byte-for-byte stable), compact or indented.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "netral/date.hpp"
#include "render/json_text.hpp"

namespace netral {

class JsonWriter {
public:
    JsonWriter(std::string& out, bool pretty) : out_(out), pretty_(pretty) {}

    JsonWriter& begin_object() { return open('{'); }
    JsonWriter& end_object() { return close('}'); }
    JsonWriter& begin_array() { return open('['); }
    JsonWriter& end_array() { return close(']'); }

    JsonWriter& key(std::string_view name) {
        separate();
        append_json_quoted(out_, name);
        out_ += pretty_ ? ": " : ":";
        after_key_ = true;
        return *this;
    }
    // A key known to need no escaping (the format's own field names).
    JsonWriter& field(std::string_view name) {
        separate();
        // One append rather than three: fields are most of what is written.
        char text[64];
        if (name.size() + 4 <= sizeof text) {
            text[0] = '"';
            std::memcpy(text + 1, name.data(), name.size());
            std::size_t end = name.size() + 1;
            text[end++] = '"';
            text[end++] = ':';
            if (pretty_) text[end++] = ' ';
            out_.append(text, end);
        } else {
            out_ += '"';
            out_ += name;
            out_ += pretty_ ? "\": " : "\":";
        }
        after_key_ = true;
        return *this;
    }
    JsonWriter& string(std::string_view text) {
        separate();
        append_json_quoted(out_, text);
        return *this;
    }
    // Already-encoded JSON: numbers, true/false/null, or a value_json() result.
    JsonWriter& raw(std::string_view json) {
        separate();
        out_ += json;
        return *this;
    }
    JsonWriter& date(Date day) {
        separate();
        out_ += '"';
        append_iso_date(out_, day);
        out_ += '"';
        return *this;
    }
    JsonWriter& null() { return raw("null"); }
    JsonWriter& number(long long value) { return raw(std::to_string(value)); }
    JsonWriter& boolean(bool value) { return raw(value ? "true" : "false"); }

    JsonWriter& strings(const std::vector<std::string>& values) {
        begin_array();
        for (const std::string& value : values) string(value);
        return end_array();
    }

private:
    // Bit d of `empty_` says whether the container at depth d has no item
    // yet; a verdict nests 6 deep, far from the 64 a mask holds.
    JsonWriter& open(char bracket) {
        separate();
        out_ += bracket;
        ++depth_;
        empty_ |= std::uint64_t{1} << depth_;
        return *this;
    }
    JsonWriter& close(char bracket) {
        bool empty = (empty_ >> depth_) & 1u;
        --depth_;
        if (pretty_ && !empty) newline();
        out_ += bracket;
        return *this;
    }
    void separate() {
        if (after_key_) {
            after_key_ = false;
            return;
        }
        if (depth_ == 0) return;
        std::uint64_t bit = std::uint64_t{1} << depth_;
        if (!(empty_ & bit)) out_ += ',';
        empty_ &= ~bit;
        if (pretty_) newline();
    }
    void newline() {
        out_ += '\n';
        out_.append(static_cast<std::size_t>(depth_) * 2, ' ');
    }

    std::string& out_;
    bool pretty_;
    bool after_key_ = false;
    int depth_ = 0;
    std::uint64_t empty_ = 0;
};

}  // namespace netral
