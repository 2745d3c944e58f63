// A small streaming JSON writer: keys in the order they are written (so
// output is byte-for-byte stable), compact or indented.
#pragma once

#include <string>
#include <string_view>
#include <vector>

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
    JsonWriter& null() { return raw("null"); }
    JsonWriter& number(long long value) { return raw(std::to_string(value)); }
    JsonWriter& boolean(bool value) { return raw(value ? "true" : "false"); }

    JsonWriter& strings(const std::vector<std::string>& values) {
        begin_array();
        for (const std::string& value : values) string(value);
        return end_array();
    }

private:
    JsonWriter& open(char bracket) {
        separate();
        out_ += bracket;
        first_.push_back(true);
        return *this;
    }
    JsonWriter& close(char bracket) {
        bool empty = first_.back();
        first_.pop_back();
        if (pretty_ && !empty) newline();
        out_ += bracket;
        return *this;
    }
    void separate() {
        if (after_key_) {
            after_key_ = false;
            return;
        }
        if (first_.empty()) return;
        if (!first_.back()) out_ += ',';
        first_.back() = false;
        if (pretty_) newline();
    }
    void newline() {
        out_ += '\n';
        out_.append(first_.size() * 2, ' ');
    }

    std::string& out_;
    bool pretty_;
    bool after_key_ = false;
    std::vector<bool> first_;
};

}  // namespace netral
