#include "report/json_error_locator.hpp"

#include <string>

#include "netral/utf8.hpp"

namespace netral {
namespace {

bool space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
bool digit(char c) { return c >= '0' && c <= '9'; }
bool hex(char c) { return digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

class Locator {
public:
    explicit Locator(std::string_view text) : text_(text) {}

    std::size_t run() {
        while (true) {
            while (at_ < text_.size() && space(text_[at_])) ++at_;
            if (at_ == text_.size()) return expect_ == Expect::end ? std::string_view::npos : at_;
            if (!step()) return at_;
        }
    }

private:
    enum class Expect { value, value_or_close, key, key_or_close, colon, comma_or_close, end };

    // One token at at_; false (at_ on the bad byte) when it cannot be there.
    bool step() {
        char c = text_[at_];
        switch (expect_) {
            case Expect::value_or_close:
                if (c == ']') return close(']');
                [[fallthrough]];
            case Expect::value: return value(c);
            case Expect::key_or_close:
                if (c == '}') return close('}');
                [[fallthrough]];
            case Expect::key:
                if (c != '"' || !string()) return false;
                expect_ = Expect::colon;
                return true;
            case Expect::colon:
                if (c != ':') return false;
                ++at_;
                expect_ = Expect::value;
                return true;
            case Expect::comma_or_close:
                if (c == '}' || c == ']') return close(c);
                if (c != ',') return false;
                ++at_;
                expect_ = open_.back() == '{' ? Expect::key : Expect::value;
                return true;
            case Expect::end: return false;
        }
        return false;
    }

    bool value(char c) {
        if (c == '{' || c == '[') {
            open_.push_back(c);
            ++at_;
            expect_ = c == '{' ? Expect::key_or_close : Expect::value_or_close;
            return true;
        }
        bool ok = c == '"'                ? string()
                  : c == '-' || digit(c)  ? number()
                  : c == 't'              ? word("true")
                  : c == 'f'              ? word("false")
                  : c == 'n'              ? word("null")
                                          : false;
        if (ok) after_value();
        return ok;
    }

    bool close(char c) {
        if (open_.empty() || open_.back() != (c == '}' ? '{' : '[')) return false;
        open_.pop_back();
        ++at_;
        after_value();
        return true;
    }

    void after_value() { expect_ = open_.empty() ? Expect::end : Expect::comma_or_close; }

    bool word(std::string_view w) {
        if (text_.substr(at_, w.size()) != w) {
            // Point past the part that matched: `tru` ends too early, `trux` at the x.
            std::size_t same = 0;
            while (same < w.size() && at_ + same < text_.size() && text_[at_ + same] == w[same]) ++same;
            if (same > 0) at_ += same;
            return false;
        }
        at_ += w.size();
        return true;
    }

    bool number() {
        if (text_[at_] == '-') ++at_;
        if (at_ < text_.size() && text_[at_] == '0') ++at_;
        else if (!digits()) return false;
        if (at_ < text_.size() && text_[at_] == '.') {
            ++at_;
            if (!digits()) return false;
        }
        if (at_ < text_.size() && (text_[at_] == 'e' || text_[at_] == 'E')) {
            ++at_;
            if (at_ < text_.size() && (text_[at_] == '+' || text_[at_] == '-')) ++at_;
            if (!digits()) return false;
        }
        return true;
    }

    bool digits() {
        std::size_t start = at_;
        while (at_ < text_.size() && digit(text_[at_])) ++at_;
        return at_ > start;
    }

    bool string() {
        ++at_;  // the opening quote
        while (at_ < text_.size()) {
            auto c = static_cast<unsigned char>(text_[at_]);
            if (c == '"') {
                ++at_;
                return true;
            }
            if (c < 0x20) return false;
            if (c == '\\') {
                if (++at_ >= text_.size()) return false;
                char e = text_[at_];
                if (e == 'u') {
                    for (int k = 1; k <= 4; ++k)
                        if (at_ + k >= text_.size() || !hex(text_[at_ + k])) {
                            at_ += k;
                            return false;
                        }
                    at_ += 5;
                    continue;
                }
                if (std::string_view("\"\\/bfnrt").find(e) == std::string_view::npos) return false;
                ++at_;
                continue;
            }
            if (c < 0x80) {
                ++at_;
                continue;
            }
            std::size_t length = utf8_sequence_length(text_, at_);
            if (length == 0) return false;
            at_ += length;
        }
        return false;
    }

    std::string_view text_;
    std::size_t at_ = 0;
    Expect expect_ = Expect::value;
    std::string open_;  // the brackets open, innermost last
};

}  // namespace

std::size_t json_error_offset(std::string_view text) { return Locator(text).run(); }

}  // namespace netral
