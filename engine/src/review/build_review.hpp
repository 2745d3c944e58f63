// What a case review says, section by section, as a format-independent
// Document (see review_document.hpp).
#pragma once

#include <vector>

#include "netral/review.hpp"
#include "review/review_document.hpp"
#include "review/review_template.hpp"

namespace netral {

// The review of one report: heading, I. Identitas, II. Uraian Peristiwa,
// III. Analisis, IV. Kesimpulan, V. Rekomendasi, footer.
Document build_review(const ReviewTemplate& wording, const Pack& pack, const ReviewCase& review);

// The index of a batch of reviews.
Document build_review_index(const ReviewTemplate& wording, const std::vector<ReviewIndexEntry>& entries);

}  // namespace netral
