// How facts read in a review: labels for enum values and fact paths, dates
// in Indonesian ("3 Oktober 2024"), yes/no, all from the template.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "review/review_template.hpp"

namespace netral {

class ReviewWords {
public:
    explicit ReviewWords(const ReviewTemplate& wording) : wording_(wording) {}

    // "acts[2].type" -> "acts.type": the key labels are filed under.
    static std::string label_key(std::string_view path);

    // A value of the fact at `path` as the review writes it: its label from
    // `nilai`, a date in words, ya/tidak, or the value itself.
    std::string value(std::string_view path, const std::string& value) const;
    // Several values (a list fact), joined with commas; `kosong` when none.
    std::string values(std::string_view path, const std::vector<std::string>& values) const;
    // The name of the fact at `path` from `fakta`, or the path itself.
    std::string fact_name(std::string_view path) const;
    // "2024-10-03" -> "3 Oktober 2024"; other text unchanged.
    std::string date(const std::string& iso) const;

    const ReviewTemplate& wording() const { return wording_; }

private:
    const ReviewTemplate& wording_;
};

}  // namespace netral
