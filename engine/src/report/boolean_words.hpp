// The words a report may use for a yes/no fact, the same in every format
// (YAML, JSON, JSON Lines, CSV), as docs/batch.md lists them: people fill in
// reports in Indonesian and in spreadsheets as well as in JSON.
#pragma once

#include <cctype>
#include <optional>
#include <string_view>

namespace netral {

// true/false, yes/no, ya/tidak, 1/0, in any case; nullopt for anything else.
inline std::optional<bool> boolean_word(std::string_view text) {
    auto is = [&](std::string_view word) {
        if (text.size() != word.size()) return false;
        for (std::size_t i = 0; i < word.size(); ++i)
            if (std::tolower(static_cast<unsigned char>(text[i])) != word[i]) return false;
        return true;
    };
    if (is("true") || is("yes") || is("ya") || is("1")) return true;
    if (is("false") || is("no") || is("tidak") || is("0")) return false;
    return std::nullopt;
}

}  // namespace netral
