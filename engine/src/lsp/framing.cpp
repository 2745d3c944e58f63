// Content-Length framing (LSP base protocol): headers are ASCII lines ending
// in \r\n, then an empty line, then the body.
#include <charconv>
#include <cctype>

#include "netral/lsp.hpp"

namespace netral::lsp {
namespace {

bool equal_ignoring_case(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
    return true;
}

std::string_view trimmed(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) text.remove_suffix(1);
    return text;
}

}  // namespace

void FrameReader::feed(std::string_view bytes) {
    // Drop what was consumed before growing: the buffer holds at most one
    // message and the start of the next.
    if (start_ > 0) {
        buffer_.erase(0, start_);
        start_ = 0;
    }
    buffer_.append(bytes);
}

std::optional<std::string> FrameReader::next() {
    if (broken()) return std::nullopt;
    std::string_view rest = std::string_view(buffer_).substr(start_);
    std::size_t end_of_headers = rest.find("\r\n\r\n");
    std::size_t separator = 4;
    if (end_of_headers == std::string_view::npos) {
        // Tolerate bare \n line ends from hand-written clients and tests.
        end_of_headers = rest.find("\n\n");
        separator = 2;
        if (end_of_headers == std::string_view::npos) {
            if (rest.size() > 8192) broken_reason_ = "a message header longer than 8 KB";
            return std::nullopt;
        }
    }
    std::optional<std::size_t> length;
    std::string_view headers = rest.substr(0, end_of_headers);
    while (!headers.empty()) {
        std::size_t line_end = headers.find('\n');
        std::string_view line = headers.substr(0, line_end);
        headers = line_end == std::string_view::npos ? std::string_view() : headers.substr(line_end + 1);
        std::size_t colon = line.find(':');
        if (colon == std::string_view::npos) continue;
        if (!equal_ignoring_case(trimmed(line.substr(0, colon)), "Content-Length")) continue;
        std::string_view value = trimmed(line.substr(colon + 1));
        std::size_t parsed = 0;
        auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), parsed);
        if (error != std::errc() || end != value.data() + value.size()) {
            broken_reason_ = "a Content-Length that is not a number";
            return std::nullopt;
        }
        length = parsed;
    }
    if (!length) {
        broken_reason_ = "a message without a Content-Length header";
        return std::nullopt;
    }
    if (*length > max_body_bytes) {
        broken_reason_ = "a message larger than 64 MB";
        return std::nullopt;
    }
    std::size_t body_start = end_of_headers + separator;
    if (rest.size() < body_start + *length) return std::nullopt;
    std::string body(rest.substr(body_start, *length));
    start_ += body_start + *length;
    return body;
}

std::string frame(std::string_view body) {
    std::string out = "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n";
    out += body;
    return out;
}

}  // namespace netral::lsp
