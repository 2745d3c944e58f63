// The wording of case reviews, read from a pack's templates/kajian.yaml: every
// heading and phrase of the document, so that analysts can change the
// language without recompiling. Keys are dotted paths ("analisis.judul");
// lists are flattened with their position ("bulan.0").
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "netral/diagnostic.hpp"

namespace netral {

using Placeholders = std::vector<std::pair<std::string_view, std::string>>;

class ReviewTemplate {
public:
    // Reads and checks `text` (the file `path`): YAML errors, missing keys and
    // unknown placeholders are errors; unknown keys are warnings. Null when
    // there are errors.
    static std::shared_ptr<const ReviewTemplate> read(const std::string& text, const std::string& path,
                                                      Diagnostics& diagnostics);

    // The text of a key every template has, with its placeholders filled in.
    std::string text(std::string_view key, const Placeholders& values = {}) const;

    // An optional key (a label in `nilai` or `fakta`, a list item): nullopt
    // when the template does not have it.
    std::optional<std::string> find(std::string_view key) const;

    // The items of an optional list ("kaki.tanda_tangan").
    std::vector<std::string> list(std::string_view key) const;

private:
    std::map<std::string, std::string, std::less<>> texts_;
};

// The file a pack keeps its review wording in, below templates/.
inline constexpr const char* review_template_name = "kajian.yaml";

}  // namespace netral
