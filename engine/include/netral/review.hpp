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
#include "netral/pack_set.hpp"
#include "netral/render.hpp"
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
    // The same for every pack of a set: each case is written in the wording
    // of the pack that decided it. Must not outlive `packs`.
    static std::shared_ptr<const Reviewer> for_packs(const PackSet& packs, Diagnostics& diagnostics);

    // One document holding the review of each case, one after another.
    std::string render(const std::vector<ReviewCase>& cases, ReviewFormat format,
                       const ReviewOptions& options = {}) const;

    // A page listing reviews with their status and sanction level, each
    // linked to its file.
    std::string render_index(const std::vector<ReviewIndexEntry>& entries, ReviewFormat format,
                             const ReviewOptions& options = {}) const;

    // The template's Indonesian names of facts and of enum values, as JSON:
    // {"facts": {"actor.status": "status kepegawaian", …},
    //  "values": {"actor.status": {"pns": "Pegawai Negeri Sipil (PNS)", …}, …}}
    // (fact paths without list positions): what a form shows a person. The
    // first pack's wording: every standard pack shares these labels.
    std::string labels_json() const;


    struct Wording {
        const Pack* pack = nullptr;
        std::shared_ptr<const ReviewTemplate> wording;
    };
    // `shared`: the wording of an index over several packs' cases (the layer
    // the packs share), or null to use the first pack's.
    Reviewer(std::vector<Wording> packs, std::shared_ptr<const ReviewTemplate> shared);

private:
    const Wording& wording_for(const Verdict* verdict) const;
    std::vector<Wording> packs_;  // the first reads the reports
    std::shared_ptr<const ReviewTemplate> shared_;
};

// A report id made safe as a file name: "050/Reg/LP/X/2024" -> "050-Reg-LP-X-2024".
std::string review_file_stem(std::string_view id);

// The names of referral recipients (`penerima.` in each pack's review
// wording), for verdicts written as text (TextOptions::recipients): the
// first pack's name of an id wins. Mistakes in the wording go to
// `diagnostics` and leave their pack's names out.
RecipientNames referral_recipient_names(const PackSet& packs, Diagnostics& diagnostics);

}  // namespace netral
