// Between the editor's positions (0-based lines, UTF-16 code units, file://
// URIs) and the pack's (1-based lines, byte columns, file paths).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace netral::lsp {

// The path of a file:// URI, percent-decoded; empty for any other scheme.
std::string path_from_uri(std::string_view uri);
std::string uri_from_path(std::string_view path);

// Line `line` (0-based) of `text`, without its line end; empty past the end.
std::string_view line_of(std::string_view text, std::uint32_t line);

// UTF-16 code units in the first `bytes` bytes of `line` (LSP's character).
std::uint32_t utf16_units(std::string_view line, std::size_t bytes);
// The byte offset of UTF-16 position `units` in `line` (clamped to its end).
std::size_t byte_offset(std::string_view line, std::uint32_t units);

}  // namespace netral::lsp
