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
#include "netral/pack.hpp"

namespace netral {

using Placeholders = std::vector<std::pair<std::string_view, std::string>>;
struct TemplateParseCache;  // review/template_cache.hpp

class ReviewTemplate {
public:
    // Reads and checks the layers, each overriding the keys it has (a list
    // whole): YAML errors, missing keys and unknown placeholders are errors;
    // unknown keys are warnings. Null when there are errors. With `cache`,
    // a layer read before (same path and text) is not read again.
    static std::shared_ptr<const ReviewTemplate> read(const std::vector<TemplateLayer>& layers,
                                                      Diagnostics& diagnostics, TemplateParseCache* cache = nullptr);
    // One file alone.
    static std::shared_ptr<const ReviewTemplate> read(const std::string& text, const std::string& path,
                                                      Diagnostics& diagnostics) {
        return read({{path, text}}, diagnostics);
    }

    // The text of a key every template has, with its placeholders filled in.
    std::string text(std::string_view key, const Placeholders& values = {}) const;

    // An optional key (a label in `nilai` or `fakta`, a list item): nullopt
    // when the template does not have it.
    std::optional<std::string> find(std::string_view key) const;

    // The items of an optional list ("kaki.tanda_tangan").
    std::vector<std::string> list(std::string_view key) const;

    // Every key below `prefix` ("nilai.") with its text, the prefix removed:
    // the labels a form shows for facts and their values.
    std::vector<std::pair<std::string, std::string>> below(std::string_view prefix) const;

private:
    std::map<std::string, std::string, std::less<>> texts_;
};

// The file a pack keeps its review wording in, below templates/.
inline constexpr const char* review_template_name = "kajian.yaml";

}  // namespace netral
