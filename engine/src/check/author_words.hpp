// Words only a pack's authors should read: what a `note` may say and a
// document may not. `netral lint` warns (W170) when a `reasoning` — or the
// text of an `outside`, which documents show too — contains one: a
// confidence label, a file name, a row of the research matrix, an
// interpretive-choice marker, or the name of a news outlet or other
// secondary source. The list of outlets is kept here and nowhere else.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace netral {

// The secondary sources a pack's notes name. Matched as whole words,
// ignoring case; a name that is also an ordinary Indonesian word ("antara",
// "detik") is matched only when capitalised and not at the start of a
// sentence.
struct SourceName {
    std::string_view name;
    bool common_word = false;
};
const std::vector<SourceName>& secondary_source_names();

// What `text` holds that only authors should read, each as written there
// ("C2", "legal-basis.md", "baris", "[pilihan]", "Kompas"), in order of
// appearance, each once.
std::vector<std::string> author_only_words(std::string_view text);

}  // namespace netral
