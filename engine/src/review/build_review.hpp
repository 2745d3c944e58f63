// What a case review says, section by section, as a format-independent
// Document (see review_document.hpp).
#pragma once

#include <vector>

#include "netral/review.hpp"
#include "review/review_document.hpp"
#include "review/review_template.hpp"

namespace netral {

// The review of one report at the options' stage: the kajian dugaan
// pelanggaran (kasus posisi, syarat, fakta dan analisis, kesimpulan,
// rekomendasi, signatures, annex) or the kajian awal (pelapor, peristiwa,
// analisis of the syarat, kesimpulan, rekomendasi, signatures).
Document build_review(const ReviewTemplate& wording, const Pack& pack, const ReviewCase& review,
                      const ReviewOptions& options);

// The index of a batch of reviews.
Document build_review_index(const ReviewTemplate& wording, const Pack& pack,
                            const std::vector<ReviewIndexEntry>& entries, const ReviewOptions& options);

}  // namespace netral
