// The public face of case reviews: a pack's wording, reports and verdicts in;
// a Markdown or HTML document out.
#include <algorithm>

#include "compile/compiled_pack.hpp"
#include "netral/review.hpp"
#include "review/build_review.hpp"
#include "review/review_template.hpp"
#include "review/write_review.hpp"

namespace netral {

std::optional<ReviewFormat> review_format_from_name(std::string_view name) {
    if (name == "md" || name == "markdown") return ReviewFormat::markdown;
    if (name == "html" || name == "htm") return ReviewFormat::html;
    return std::nullopt;
}

const char* review_extension(ReviewFormat format) { return format == ReviewFormat::html ? "html" : "md"; }

std::shared_ptr<const Reviewer> Reviewer::for_pack(const Pack& pack, Diagnostics& diagnostics) {
    const std::string* text = pack_template(pack, review_template_name);
    if (!text) {
        diagnostics.push_back({Severity::error, "E314", {},
                               "the rule pack " + pack.identity.name + " has no templates/" + review_template_name +
                                   " with the wording of case reviews",
                               {"copy rules/asn-netralitas/templates/kajian.yaml into the pack and adapt it"}});
        return nullptr;
    }
    auto wording = ReviewTemplate::read(*text, "templates/" + std::string(review_template_name), diagnostics);
    if (!wording) return nullptr;
    return std::make_shared<Reviewer>(pack, std::move(wording));
}

Reviewer::Reviewer(const Pack& pack, std::shared_ptr<const ReviewTemplate> wording)
    : pack_(pack), wording_(std::move(wording)) {}

namespace {
std::string write(const std::vector<Document>& documents, ReviewFormat format) {
    return format == ReviewFormat::html ? write_html(documents) : write_markdown(documents);
}
}  // namespace

std::string Reviewer::render(const std::vector<ReviewCase>& cases, ReviewFormat format,
                             const ReviewOptions& options) const {
    std::vector<Document> documents;
    documents.reserve(cases.size());
    for (const ReviewCase& review : cases) documents.push_back(build_review(*wording_, pack_, review, options));
    return write(documents, format);
}

std::string Reviewer::render_index(const std::vector<ReviewIndexEntry>& entries, ReviewFormat format,
                                   const ReviewOptions& options) const {
    return write({build_review_index(*wording_, pack_, entries, options)}, format);
}

std::optional<ReviewStage> review_stage_from_name(std::string_view name) {
    if (name == "awal") return ReviewStage::awal;
    if (name == "pelanggaran") return ReviewStage::pelanggaran;
    return std::nullopt;
}

std::string review_file_stem(std::string_view id) {
    std::string stem;
    for (char c : id) {
        bool safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
                    c == '_' || c == '-';
        char out = safe ? c : '-';
        if (out == '-' && !stem.empty() && stem.back() == '-') continue;  // "a / b" -> "a-b"
        stem += out;
    }
    while (!stem.empty() && (stem.back() == '-' || stem.back() == '.')) stem.pop_back();
    while (!stem.empty() && (stem.front() == '-' || stem.front() == '.')) stem.erase(0, 1);  // no hidden files
    if (stem.size() > 120) stem.resize(120);
    return stem.empty() ? "laporan" : stem;
}

Diagnostics check_review_template(const std::string& text, const std::string& path) {
    Diagnostics diagnostics;
    ReviewTemplate::read(text, path, diagnostics);
    return diagnostics;
}

}  // namespace netral
