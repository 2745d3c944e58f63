#include "lsp/text_positions.hpp"

#include <cctype>

namespace netral::lsp {
namespace {

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// Bytes of the UTF-8 sequence a lead byte starts (1 for a stray byte), and
// the UTF-16 units it takes (2 for a 4-byte sequence: a surrogate pair).
std::size_t sequence_bytes(unsigned char lead) {
    if (lead >= 0xF0 && lead < 0xF8) return 4;
    if (lead >= 0xE0) return lead < 0xF0 ? 3 : 1;
    if (lead >= 0xC0) return 2;
    return 1;
}

}  // namespace

std::string path_from_uri(std::string_view uri) {
    constexpr std::string_view scheme = "file://";
    if (uri.substr(0, scheme.size()) != scheme) return {};
    uri.remove_prefix(scheme.size());
    // file://host/path: only the local host (empty or localhost) is a path here.
    if (uri.substr(0, 9) == "localhost") uri.remove_prefix(9);
    std::string path;
    for (std::size_t i = 0; i < uri.size(); ++i) {
        if (uri[i] == '%' && i + 2 < uri.size()) {
            int high = hex_digit(uri[i + 1]), low = hex_digit(uri[i + 2]);
            if (high >= 0 && low >= 0) {
                path += static_cast<char>(high * 16 + low);
                i += 2;
                continue;
            }
        }
        path += uri[i];
    }
    return path;
}

std::string uri_from_path(std::string_view path) {
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string uri = "file://";
    for (char c : path) {
        auto byte = static_cast<unsigned char>(c);
        if (std::isalnum(byte) || c == '/' || c == '-' || c == '_' || c == '.' || c == '~') {
            uri += c;
        } else {
            uri += '%';
            uri += hex[byte >> 4];
            uri += hex[byte & 15];
        }
    }
    return uri;
}

std::string_view line_of(std::string_view text, std::uint32_t line) {
    std::size_t start = 0;
    for (std::uint32_t i = 0; i < line; ++i) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) return {};
        start = end + 1;
    }
    std::size_t end = text.find('\n', start);
    std::string_view found = text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    if (!found.empty() && found.back() == '\r') found.remove_suffix(1);
    return found;
}

std::uint32_t utf16_units(std::string_view line, std::size_t bytes) {
    std::uint32_t units = 0;
    for (std::size_t i = 0; i < bytes && i < line.size();) {
        std::size_t size = sequence_bytes(static_cast<unsigned char>(line[i]));
        units += size == 4 ? 2 : 1;
        i += size;
    }
    return units;
}

std::size_t byte_offset(std::string_view line, std::uint32_t units) {
    std::size_t i = 0;
    std::uint32_t counted = 0;
    while (i < line.size() && counted < units) {
        std::size_t size = sequence_bytes(static_cast<unsigned char>(line[i]));
        counted += size == 4 ? 2 : 1;
        i += size;
    }
    return i < line.size() ? i : line.size();
}

}  // namespace netral::lsp
