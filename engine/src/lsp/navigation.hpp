// What the editor asks about a word: where it is declared, what it means
// (hover), and what could be typed (completion); answered from the pack's
// syntax trees, which exist even when the pack has errors.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lsp/workspace.hpp"

namespace netral::lsp {

// The identifier-like word around byte `at` of `line` (letters, digits, `_`,
// `-`, `.`, `/`), with its byte span; empty when there is none.
struct Word {
    std::string text;
    std::size_t start = 0, end = 0;
};
Word word_at(std::string_view line, std::size_t at);

// The declaration of a rule, provision, definition, election or working-day
// calendar named `word`, as written in `file` (a provision's id may be
// written relative to its regulation inside it).
std::optional<Location> definition_of(const PackView& view, const std::string& word, const std::string& file);

// Markdown for the word: a provision's citation, text and dates; a rule's
// title; a definition's condition. nullopt when it names none.
std::optional<std::string> hover_of(const PackView& view, const std::string& word, const std::string& file);

struct CompletionItem {
    std::string label;
    int kind = 0;  // LSP CompletionItemKind: 5 field, 20 enum member, 18 reference
    std::string detail;
};
// Fact paths (`actor.status`, `act.type`), enum values and provision ids.
// `before` is the line up to the cursor: after `PATH ==` or `PATH in {…`
// only that fact's values are offered, in a word with `/` only provision ids.
std::vector<CompletionItem> completions(const PackView& view, std::string_view before = {});

}  // namespace netral::lsp
