// Case reviews (kajian): the written document a Bawaslu office signs for one
// report, built from its verdict and the report's own facts, in Markdown or
// self-contained HTML: the kajian awal (can the report be registered?) or
// the kajian dugaan pelanggaran (is it a violation, and where does it go?).
// The wording comes from the pack's templates/kajian.yaml; the office that
// writes and signs it from an office file.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "netral/date.hpp"
#include "netral/diagnostic.hpp"
#include "netral/pack.hpp"
#include "netral/report.hpp"
#include "netral/verdict.hpp"

namespace netral {

enum class ReviewFormat { markdown, html };

// "md"/"markdown" or "html"; nullopt for anything else.
std::optional<ReviewFormat> review_format_from_name(std::string_view name);
const char* review_extension(ReviewFormat format);  // "md", "html"

enum class ReviewStage { awal, pelanggaran };
// "awal" or "pelanggaran"; nullopt for anything else.
std::optional<ReviewStage> review_stage_from_name(std::string_view name);

// Who writes and signs the kajian (an office file, docs/reviews.md).
struct Signatory {
    std::string name;      // may be empty: a line to sign on
    std::string position;  // Ketua, Anggota, Staf Penanganan Pelanggaran
};
struct Office {
    std::string name;             // the letterhead: BAWASLU KABUPATEN SOLOK SELATAN
    std::string address;          // under it
    std::string place;            // where it is signed: Padang Aro
    std::vector<Signatory> signatories;
    std::string register_prefix;  // for a report not yet registered: Reg/LP/PB/Kab/13.06
};

// Reads an office file; nullopt, with diagnostics (file, line, column), when
// it is not valid YAML, has an unknown key or a value of the wrong shape.
std::optional<Office> read_office(const std::string& text, const std::string& path, Diagnostics& diagnostics);

struct ReviewOptions {
    ReviewStage stage = ReviewStage::pelanggaran;
    bool brief = false;              // leave out the annex of provisions that do not apply
    const Office* office = nullptr;  // none: blank lines to fill in
    std::optional<Date> signed_on;   // the date above the signatures; none: a blank to fill in
};

// A report and its verdict, to be written up.
struct ReviewCase {
    const ReportInput* input = nullptr;
    const Verdict* verdict = nullptr;
};

// A line of the index page: the review's file (relative to the index) and
// the case it holds.
struct ReviewIndexEntry {
    std::string file;
    const Verdict* verdict = nullptr;
    const ReportInput* input = nullptr;  // for the terlapor's name and agency
};

class ReviewTemplate;  // the wording; engine/src/review

class Reviewer {
public:
    // Reads the pack's templates/kajian.yaml. Null, with diagnostics, when the
    // pack has no such file or it has errors. Must not outlive `pack`.
    static std::shared_ptr<const Reviewer> for_pack(const Pack& pack, Diagnostics& diagnostics);

    // One document holding the review of each case, one after another.
    std::string render(const std::vector<ReviewCase>& cases, ReviewFormat format,
                       const ReviewOptions& options = {}) const;

    // A page listing reviews with their status and sanction level, each
    // linked to its file.
    std::string render_index(const std::vector<ReviewIndexEntry>& entries, ReviewFormat format,
                             const ReviewOptions& options = {}) const;

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
