// The public face of case reviews: a pack's wording, reports and verdicts in;
// a Markdown or HTML document out.
#include <algorithm>
#include <map>

#include "compile/compiled_pack.hpp"
#include "netral/review.hpp"
#include "review/build_review.hpp"
#include "review/review_template.hpp"
#include "render/json_text.hpp"
#include "review/write_review.hpp"

namespace netral {

std::optional<ReviewFormat> review_format_from_name(std::string_view name) {
    if (name == "md" || name == "markdown") return ReviewFormat::markdown;
    if (name == "html" || name == "htm") return ReviewFormat::html;
    return std::nullopt;
}

const char* review_extension(ReviewFormat format) { return format == ReviewFormat::html ? "html" : "md"; }

namespace {

std::shared_ptr<const ReviewTemplate> read_wording(const Pack& pack, Diagnostics& diagnostics) {
    std::vector<TemplateLayer> layers = pack_template_layers(pack, review_template_name);
    if (layers.empty()) {
        diagnostics.push_back({Severity::error, "E314", {},
                               "the rule pack " + pack.identity.name + " has no templates/" + review_template_name +
                                   " with the wording of case reviews",
                               {"include ../bersama in pack.yaml (it has the shared wording), or copy "
                                "rules/bersama/templates/kajian.yaml into the pack and adapt it"}});
        return nullptr;
    }
    return ReviewTemplate::read(layers, diagnostics);
}

}  // namespace

std::shared_ptr<const Reviewer> Reviewer::for_pack(const Pack& pack, Diagnostics& diagnostics) {
    auto wording = read_wording(pack, diagnostics);
    if (!wording) return nullptr;
    return std::make_shared<Reviewer>(std::vector<Wording>{{&pack, std::move(wording)}}, nullptr);
}

std::shared_ptr<const Reviewer> Reviewer::for_packs(const PackSet& packs, Diagnostics& diagnostics) {
    std::vector<Wording> wordings;
    for (const auto& pack : packs.packs()) {
        auto wording = read_wording(*pack, diagnostics);
        if (!wording) return nullptr;
        wordings.push_back({pack.get(), std::move(wording)});
    }
    // An index of several packs' cases speaks in the words they share: the
    // first layer, when it is an included folder's.
    std::shared_ptr<const ReviewTemplate> shared;
    std::vector<TemplateLayer> layers = pack_template_layers(packs.reader(), review_template_name);
    if (packs.packs().size() > 1 && layers.size() > 1) shared = ReviewTemplate::read({layers.front()}, diagnostics);
    return std::make_shared<Reviewer>(std::move(wordings), std::move(shared));
}

Reviewer::Reviewer(std::vector<Wording> packs, std::shared_ptr<const ReviewTemplate> shared)
    : packs_(std::move(packs)), shared_(std::move(shared)) {}

const Reviewer::Wording& Reviewer::wording_for(const Verdict* verdict) const {
    for (const Wording& wording : packs_)
        if (verdict && wording.pack == verdict->pack) return wording;
    return packs_.front();
}

namespace {
std::string write(const std::vector<Document>& documents, ReviewFormat format) {
    return format == ReviewFormat::html ? write_html(documents) : write_markdown(documents);
}
}  // namespace

std::string Reviewer::render(const std::vector<ReviewCase>& cases, ReviewFormat format,
                             const ReviewOptions& options) const {
    std::vector<Document> documents;
    documents.reserve(cases.size());
    for (const ReviewCase& review : cases) {
        const Wording& wording = wording_for(review.verdict);
        documents.push_back(build_review(*wording.wording, *wording.pack, review, options));
    }
    return write(documents, format);
}

std::string Reviewer::render_index(const std::vector<ReviewIndexEntry>& entries, ReviewFormat format,
                                   const ReviewOptions& options) const {
    // One pack's cases in its words; several packs' in the words they share.
    const Wording& first = wording_for(entries.empty() ? nullptr : entries.front().verdict);
    bool one_pack = std::all_of(entries.begin(), entries.end(), [&](const ReviewIndexEntry& entry) {
        return &wording_for(entry.verdict) == &first;
    });
    const ReviewTemplate& wording = one_pack || !shared_ ? *first.wording : *shared_;
    return write({build_review_index(wording, *first.pack, entries, options)}, format);
}

std::string Reviewer::labels_json() const {
    std::string out = "{\"facts\":{";
    bool first = true;
    for (const auto& [path, label] : packs_.front().wording->below("fakta.")) {
        if (!first) out += ',';
        first = false;
        append_json_quoted(out, path);
        out += ':';
        append_json_quoted(out, label);
    }
    // nilai.PATH.VALUE: values never hold a dot, so the last one splits them.
    std::map<std::string, std::vector<std::pair<std::string, std::string>>> values;
    for (auto& [key, label] : packs_.front().wording->below("nilai.")) {
        std::size_t dot = key.rfind('.');
        if (dot != std::string::npos) values[key.substr(0, dot)].emplace_back(key.substr(dot + 1), std::move(label));
    }
    out += "},\"values\":{";
    first = true;
    for (const auto& [path, labels] : values) {
        if (!first) out += ',';
        first = false;
        append_json_quoted(out, path);
        out += ":{";
        for (std::size_t i = 0; i < labels.size(); ++i) {
            if (i) out += ',';
            append_json_quoted(out, labels[i].first);
            out += ':';
            append_json_quoted(out, labels[i].second);
        }
        out += '}';
    }
    out += "}}";
    return out;
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

RecipientNames referral_recipient_names(const PackSet& packs, Diagnostics& diagnostics) {
    RecipientNames names;
    for (const auto& pack : packs.packs()) {
        std::vector<TemplateLayer> layers = pack_template_layers(*pack, review_template_name);
        if (layers.empty()) continue;
        auto wording = ReviewTemplate::read(layers, diagnostics);
        if (!wording) continue;
        for (auto& [id, name] : wording->below("penerima.")) names.emplace(std::move(id), std::move(name));
    }
    return names;
}

}  // namespace netral
