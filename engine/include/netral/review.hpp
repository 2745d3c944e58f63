// Case reviews (kajian dugaan pelanggaran): the written document a case
// handler files for one report, built from its verdict and the report's own
// facts, in Markdown or self-contained HTML. The wording comes from the
// pack's templates/kajian.yaml.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "netral/diagnostic.hpp"
#include "netral/pack.hpp"
#include "netral/report.hpp"
#include "netral/verdict.hpp"

namespace netral {

enum class ReviewFormat { markdown, html };

// "md"/"markdown" or "html"; nullopt for anything else.
std::optional<ReviewFormat> review_format_from_name(std::string_view name);
const char* review_extension(ReviewFormat format);  // "md", "html"

// A report and its verdict, to be written up.
struct ReviewCase {
    const ReportInput* input = nullptr;
    const Verdict* verdict = nullptr;
};

// A line of the index page: the review's file (relative to the index) and
// the verdict it holds.
struct ReviewIndexEntry {
    std::string file;
    const Verdict* verdict = nullptr;
};

class ReviewTemplate;  // the wording; engine/src/review

class Reviewer {
public:
    // Reads the pack's templates/kajian.yaml. Null, with diagnostics, when the
    // pack has no such file or it has errors. Must not outlive `pack`.
    static std::shared_ptr<const Reviewer> for_pack(const Pack& pack, Diagnostics& diagnostics);

    // One document holding the review of each case, a page apart.
    std::string render(const std::vector<ReviewCase>& cases, ReviewFormat format) const;

    // A page listing reviews with their status and sanction level, each
    // linked to its file.
    std::string render_index(const std::vector<ReviewIndexEntry>& entries, ReviewFormat format) const;

    Reviewer(const Pack& pack, std::shared_ptr<const ReviewTemplate> wording);

private:
    const Pack& pack_;
    std::shared_ptr<const ReviewTemplate> wording_;
};

// A report id made safe as a file name: "050/Reg/LP/X/2024" -> "050-Reg-LP-X-2024".
std::string review_file_stem(std::string_view id);

// Checks a pack's templates/kajian.yaml (for lint); no diagnostics when fine.
Diagnostics check_review_template(const std::string& text, const std::string& path);

}  // namespace netral
