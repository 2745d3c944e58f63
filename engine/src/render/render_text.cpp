// A verdict for a person at a terminal, in Indonesian (the language of the
// case file it feeds). It leads with what a case handler acts on; the whole
// analysis comes only with TextOptions::explain. Every text from the report
// or the pack goes through shown() (or wrapped(), which does the same): an id
// holding a line break or an escape sequence must not forge a line or act on
// the terminal. The pack's `note`s are for its authors and never shown; its
// `reasoning` is, for the report's election.
#include <fmt/format.h>

#include "netral/render.hpp"
#include "netral/visible_text.hpp"
#include "render/status_words.hpp"

namespace netral {
namespace {

std::string capitals(std::string_view words) {
    std::string out(words);
    for (char& c : out)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return out;
}

const char* finding_words(FindingStatus status) {
    switch (status) {
        case FindingStatus::violation: return "melanggar";
        case FindingStatus::not_violation: return "tidak melanggar";
        case FindingStatus::unknown: return "belum dapat dipastikan";
        case FindingStatus::overridden: return "dikesampingkan";
    }
    return "";
}

const char* element_words(ElementStatus status) {
    switch (status) {
        case ElementStatus::met: return "terpenuhi";
        case ElementStatus::not_met: return "tidak terpenuhi";
        case ElementStatus::unknown: return "belum dapat dipastikan";
    }
    return "";
}

const char* severity_words(Severity severity) {
    switch (severity) {
        case Severity::error: return "kesalahan";
        case Severity::warning: return "peringatan";
        case Severity::note: return "catatan";
    }
    return "";
}

// One line of text as it may be shown (line breaks made visible too).
std::string shown(std::string_view text) { return visible_text(text); }

// A finding that did not apply and says nothing more: its elements are not
// met (or nothing it cites is in force), and no exception was needed.
bool near_miss(const Finding& finding) {
    return finding.status == FindingStatus::not_violation && finding.exception.empty();
}

class TextRenderer {
public:
    TextRenderer(const Verdict& verdict, const TextOptions& options)
        : verdict_(verdict), color_(options.color), explain_(options.explain), recipients_(options.recipients) {
        for (const Finding& finding : verdict_.findings) several_acts_ |= finding.act > 0;
    }

    std::string run() {
        header();
        bool unreadable = verdict_.status == VerdictStatus::invalid || verdict_.status == VerdictStatus::out_of_scope;
        if (unreadable) diagnostics();  // they say why: what cannot be read, or where the case belongs
        provisions_in_question();
        if (verdict_.sanction) sanction();
        classification();
        recommendations();
        referrals();
        missing();
        exceptions();
        admissibility();
        deadlines();
        other_findings();
        if (explain_) findings();
        if (!unreadable) diagnostics();
        out_ += "\n" + dim(fmt::format("Aturan yang dipakai: {} {} ({}) · {}\n", shown(verdict_.pack_name),
                                       shown(verdict_.pack_version), verdict_.pack_digest, verdict_.engine));
        return out_;
    }

private:
    std::string paint(const std::string& text, const char* code) const {
        return color_ ? fmt::format("\x1b[{}m{}\x1b[0m", code, text) : text;
    }
    std::string bold(const std::string& text) const { return paint(text, "1"); }
    std::string dim(const std::string& text) const { return paint(text, "2"); }

    const char* status_color() const {
        switch (verdict_.status) {
            case VerdictStatus::violation: return "1;31";
            case VerdictStatus::no_violation: return "1;32";
            case VerdictStatus::insufficient: return "1;33";
            default: return "1;35";
        }
    }

    static std::string citations(ProvisionSpan provisions) {
        std::string out;
        for (const ProvisionInfo* provision : provisions) out += (out.empty() ? "" : "; ") + shown(provision->citation);
        return out.empty() ? "-" : out;
    }

    // Wraps `raw` at 96 columns: the first line starts with `indent`, the
    // others with `hanging` (by default the same). Its line breaks are made
    // visible: texts filled with the report's facts (a recommendation naming
    // the terlapor) must not start a line of their own.
    void wrapped(const std::string& raw, const std::string& indent, const std::string* hanging = nullptr) {
        std::string text = visible_text(raw);
        std::string line;
        const std::string* current = &indent;
        std::size_t start = 0;
        auto flush = [&] {
            out_ += *current + line + "\n";
            line.clear();
            if (hanging) current = hanging;
        };
        while (start < text.size()) {
            std::size_t end = text.find(' ', start);
            std::string word = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
            if (!line.empty() && current->size() + line.size() + 1 + word.size() > 96) flush();
            line += (line.empty() ? "" : " ") + word;
            if (end == std::string::npos) break;
            start = end + 1;
        }
        if (!line.empty()) flush();
    }
    // `label` (in bold) and `text`, wrapped as one: the label is painted
    // after wrapping, so its escape sequences are neither counted nor shown.
    void labelled(const std::string& label, const std::string& text, const std::string& indent,
                  const std::string* hanging = nullptr) {
        std::size_t start = out_.size() + indent.size();
        wrapped(label + text, indent, hanging);
        if (color_ && out_.compare(start, label.size(), label) == 0) out_.replace(start, label.size(), bold(label));
    }
    // "- item" under `indent`, its other lines under the item's text.
    void item(const std::string& text, const std::string& indent) {
        std::string hanging = indent + "  ";
        wrapped("- " + text, indent, &hanging);
    }

    std::string act_words(const Finding& finding) const {
        return several_acts_ && finding.act >= 0 ? fmt::format(" (perbuatan ke-{})", finding.act + 1) : std::string();
    }

    // The reasoning the pack gives documents for this report's election.
    void reasoning(std::span<const DocumentNote> notes, const std::string& indent) {
        for (const DocumentNote& note : notes)
            if (note.applies_to(verdict_.election) && !note.text.empty()) {
                std::string hanging = indent + "  ";
                wrapped("Pertimbangan: " + note.text, indent, &hanging);
            }
    }

    void header() {
        out_ += bold("Laporan " + shown(verdict_.incident)) + "\n";
        const ActorSummary& actor = verdict_.actor;
        std::string who = actor.name;
        for (const std::string* part : {&actor.position, &actor.agency})
            if (!part->empty()) who += (who.empty() ? "" : ", ") + *part;
        if (!who.empty()) wrapped("Terlapor: " + who, "", &under_);
        out_ += "Status: " + paint(capitals(status_words(verdict_.status)), status_color()) + "\n";
    }

    // The rules violated, with the provisions they cite; when the facts do
    // not yet decide the case, the rules that may be violated.
    void provisions_in_question() {
        auto list = [&](FindingStatus status, const char* heading) {
            bool any = false;
            for (const Finding& finding : verdict_.findings) {
                if (finding.status != status) continue;
                if (!any) out_ += std::string(heading) + "\n";
                any = true;
                item(finding.rule->title + act_words(finding) + ":", "  ");
                for (const ProvisionInfo* provision : finding.provisions) wrapped(provision->citation, "    ", &deep_);
            }
        };
        list(FindingStatus::violation, "Ketentuan yang dilanggar:");
        if (verdict_.status == VerdictStatus::insufficient)
            list(FindingStatus::unknown, "Ketentuan yang mungkin dilanggar (fakta belum cukup):");
    }

    void sanction() {
        const SanctionResult& sanction = *verdict_.sanction;
        if (!sanction.level) return;
        // Wrapped like every other line, unless in bold (a colour terminal
        // wraps by itself).
        if (color_) out_ += "Sanksi: " + bold(shown(sanction.level->title)) + "\n";
        else wrapped("Sanksi: " + sanction.level->title, "", &under_);
        if (sanction.measures)
            for (const std::string& measure : *sanction.measures) item(measure, "  ");
        // A level without a basis (the TNI and Polri pack's: the institution
        // decides) gets no "Dasar" line rather than an empty one.
        if (!sanction.basis.empty()) wrapped("Dasar: " + citations(sanction.basis), "  ", &under2_);
        for (const std::string& note : sanction.notes) wrapped(note, "  ");  // the engine's words and reasoning
    }

    void classification() {
        std::string kinds;
        for (const KindInfo* kind : verdict_.classification) kinds += (kinds.empty() ? "" : "; ") + kind->title;
        if (!kinds.empty()) wrapped("Jenis pelanggaran: " + kinds, "", &under_);
    }

    void recommendations() {
        for (const RecommendationResult& recommendation : verdict_.recommendations) {
            std::string basis = recommendation.basis.empty() ? "" : " (" + citations(recommendation.basis) + ")";
            wrapped(fmt::format("Rekomendasi: {}{}", recommendation.words(), basis), "", &under_);
            reasoning(recommendation.reasoning, "  ");
        }
    }

    void referrals() {
        for (const ReferralResult& referral : verdict_.referrals) {
            wrapped(fmt::format("Rujukan kepada {}: {} ({})", recipient(referral.to), referral.reason,
                                citations(referral.basis)),
                    "", &under_);
            if (!referral.deadline.empty()) wrapped("Tenggat: " + std::string(referral.deadline), "  ", &under2_);
        }
    }

    std::string_view recipient(const std::string& id) const {
        if (!recipients_) return id;
        auto found = recipients_->find(id);
        return found == recipients_->end() ? std::string_view(id) : std::string_view(found->second);
    }

    // The questions for klarifikasi, in the order to ask them.
    void missing() {
        if (verdict_.missing.empty()) return;
        out_ += "\n" + bold("Pertanyaan klarifikasi (fakta yang belum diketahui)") + "\n";
        int number = 1;
        for (const MissingFact& fact : verdict_.missing) {
            std::string label = fmt::format("  {}. ", number++);
            std::string hanging(label.size(), ' ');
            // A pack without a question for the fact: its path is all there is.
            wrapped(fact.question.empty() ? fact.fact : fact.question, label, &hanging);
            if (explain_ && !fact.question.empty()) out_ += hanging + dim("[" + shown(fact.fact) + "]") + "\n";
        }
    }

    // A rule whose elements are met but whose exception applies (an official
    // duty, leave outside the state's account): no violation, and the reason
    // belongs in the case file.
    void exceptions() {
        bool any = false;
        for (const Finding& finding : verdict_.findings) {
            if (finding.status != FindingStatus::not_violation || finding.exception.empty()) continue;
            if (!any) out_ += "\nPengecualian yang berlaku:\n";
            any = true;
            item(fmt::format("{}{}: {}", finding.rule->title, act_words(finding), finding.exception), "  ");
        }
    }

    static std::string date_words(std::optional<Date> date) {
        static const char* months[] = {"Januari", "Februari", "Maret",     "April",   "Mei",      "Juni",
                                       "Juli",    "Agustus",  "September", "Oktober", "November", "Desember"};
        if (!date) return "-";
        std::string iso = format_iso_date(*date);
        int day = std::stoi(iso.substr(8, 2)), month = std::stoi(iso.substr(5, 2));
        return fmt::format("{} {} {}", day, months[month - 1], iso.substr(0, 4));
    }

    static const char* requirement_words(ElementStatus status) {
        return status == ElementStatus::not_met ? "tidak terpenuhi" : "belum dapat dipastikan";
    }

    // Whether the report can be registered: the outcome and what the
    // reporter must still say; briefly, the requirements not met or not
    // known by title, and a reporting deadline whose start is known. With
    // --explain, each requirement with its elements and every deadline.
    void admissibility() {
        const AdmissibilityResult& a = verdict_.admissibility;
        if (a.outcome == AdmissibilityOutcome::not_assessed) return;
        out_ += "\n";
        labelled("Syarat laporan: ", std::string(a.text), "", &under_);
        if (explain_) {
            for (const RequirementResult& requirement : a.requirements) {
                if (requirement.status != ElementStatus::met) {
                    std::string open;
                    for (const ElementResult& element : requirement.elements)
                        if (element.status != ElementStatus::met) open += (open.empty() ? "" : "; ") + *element.name;
                    item(fmt::format("{}: {}{}", requirement.requirement->title, requirement_words(requirement.status),
                                     open.empty() ? "" : " (" + open + ")"),
                         "  ");
                    reasoning(requirement.requirement->reasoning, "    ");
                }
                if (requirement.deadline) time_limit(*requirement.requirement, *requirement.deadline);
            }
        } else {
            for (ElementStatus status : {ElementStatus::not_met, ElementStatus::unknown}) {
                std::string titles;
                for (const RequirementResult& requirement : a.requirements)
                    if (requirement.status == status)
                        titles += (titles.empty() ? "" : "; ") + requirement.requirement->title;
                if (titles.empty()) continue;
                std::string label = status == ElementStatus::not_met ? "Tidak terpenuhi: " : "Belum dapat dipastikan: ";
                std::string hanging = "    ";
                wrapped(label + titles, "  ", &hanging);
            }
            for (const RequirementResult& requirement : a.requirements)
                if (requirement.deadline && requirement.deadline->start)
                    time_limit(*requirement.requirement, *requirement.deadline);
        }
        if (!a.missing.empty()) {
            out_ += "  Yang perlu dilengkapi pelapor:\n";
            for (const MissingFact& fact : a.missing) item(fact.question.empty() ? fact.fact : fact.question, "    ");
        }
    }

    void time_limit(const RequirementInfo& requirement, const DeadlineResult& deadline) {
        std::string line = fmt::format("Batas waktu ({}): {} {}", requirement.title, deadline.limit, deadline.unit);
        if (deadline.start) line += " sejak " + date_words(deadline.start);
        else line += "; tanggal awal penghitungan belum disebutkan";
        if (deadline.last_day) line += ", berakhir " + date_words(deadline.last_day);
        if (deadline.end && deadline.elapsed)
            line += fmt::format("; {} adalah {} ke-{}", date_words(deadline.end), deadline.unit, *deadline.elapsed);
        if (deadline.ambiguous) line += "; tepat waktu atau tidak bergantung pada cara penghitungan hari";
        std::string hanging = "    ";
        wrapped(line + ".", "  ", &hanging);
    }

    void deadlines() {
        if (verdict_.deadlines.empty()) return;
        out_ += "Tenggat penanganan:\n";
        for (const HandlingDeadlineResult& deadline : verdict_.deadlines) {
            std::string when = deadline.deadline.last_day
                                   ? date_words(deadline.deadline.last_day)
                                   : fmt::format("{} {}; tanggal awal penghitungan belum disebutkan",
                                                 deadline.deadline.limit, deadline.deadline.unit);
            item(fmt::format("{}: {}", deadline.title, when), "  ");
            if (explain_) reasoning(deadline.reasoning, "    ");
        }
    }

    // The rules tested that the lines above do not name, counted in one line.
    void other_findings() {
        if (verdict_.findings.empty()) {
            // Say why, so "no violation" is not mistaken for "not checked".
            if (verdict_.status == VerdictStatus::no_violation)
                out_ += "\nTidak ada ketentuan yang dikaji yang mengatur perbuatan yang dilaporkan.\n";
            return;
        }
        std::size_t missed = 0, overridden = 0, unknown = 0, named = 0;
        for (const Finding& finding : verdict_.findings) {
            if (near_miss(finding)) ++missed;
            else if (finding.status == FindingStatus::overridden) ++overridden;
            else if (finding.status == FindingStatus::unknown && verdict_.status != VerdictStatus::insufficient) ++unknown;
            else ++named;
        }
        std::string counts;
        auto add = [&](std::size_t count, const char* words) {
            if (count) counts += fmt::format("{}{} {}", counts.empty() ? "" : ", ", count, words);
        };
        add(missed, "tidak terpenuhi");
        add(overridden, "dikesampingkan oleh ketentuan yang lebih khusus");
        add(unknown, "belum dapat dipastikan");
        if (counts.empty()) return;
        std::string line = fmt::format("{}: {}", named ? "Ketentuan lain yang diuji" : "Ketentuan yang diuji", counts);
        out_ += "\n";
        wrapped(explain_ ? line + "." : line + "; lihat --explain.", "", &under_);
    }

    // --explain: every finding, with its provisions' texts and its elements
    // and the facts they read.
    void findings() {
        if (verdict_.findings.empty()) return;
        out_ += "\n" + bold("Analisis") + "\n";
        for (const Finding& finding : verdict_.findings) {
            const RuleInfo& rule = *finding.rule;
            std::string act = finding.act >= 0 ? fmt::format(", perbuatan ke-{}", finding.act + 1) : std::string();
            if (near_miss(finding)) {
                near_miss_line(finding, act);
                continue;
            }
            out_ += fmt::format("\n[{}] {}{}\n", finding_words(finding.status), bold(shown(rule.id)), act);
            wrapped(rule.title, "  ");
            for (const ProvisionInfo* provision : finding.provisions) {
                out_ += "  " + shown(provision->citation) + ":\n";
                wrapped("\"" + provision->text + "\"", "    ");
                reasoning(provision->reasoning, "    ");
            }
            out_ += "  Unsur:\n";
            for (const ElementResult& element : finding.elements) {
                std::string facts;
                for (const FactUse& fact : element.facts)
                    facts += (facts.empty() ? "" : ", ") + shown(fact.path) + " = " + shown(fact.value);
                out_ += fmt::format("    - {}: {}{}\n", shown(*element.name), element_words(element.status),
                                    facts.empty() ? "" : dim(" [" + facts + "]"));
            }
            if (!finding.exception.empty()) out_ += fmt::format("  Pengecualian berlaku: {}\n", shown(finding.exception));
            if (!finding.overridden_by.empty())
                out_ += fmt::format("  Dikesampingkan oleh ketentuan yang lebih khusus: {}\n", shown(finding.overridden_by));
            if (rule.level)
                out_ += fmt::format("  Sanksi: {} ({})\n", shown(rule.level->title), citations(finding.sanction_basis));
            reasoning(rule.reasoning, "  ");
        }
    }

    // A rule that does not apply needs only the element that fails, not the
    // whole analysis: one line, so the violations stand out.
    void near_miss_line(const Finding& finding, const std::string& act) {
        std::string failed;
        for (const ElementResult& element : finding.elements)
            if (element.status == ElementStatus::not_met) failed += (failed.empty() ? "" : "; ") + shown(*element.name);
        if (finding.nothing_in_force) failed = "tidak ada ketentuan yang dikutip yang berlaku pada tanggal perbuatan";
        out_ += dim(fmt::format("\n[{}] {}{}: tidak terpenuhi — {}\n", finding_words(finding.status),
                                shown(finding.rule->id), act, failed));
    }

    void diagnostics() {
        if (verdict_.diagnostics.empty()) return;
        out_ += "\n" + bold("Diagnostik") + "\n";
        for (const Diagnostic& d : verdict_.diagnostics) {
            std::string where;
            if (!d.location.file.empty() && d.location.line > 0)
                where = fmt::format("{}:{}:{}: ", shown(d.location.file), d.location.line, d.location.column);
            wrapped(fmt::format("{}{} [{}]: {}", where, severity_words(d.severity), d.code, d.message), "  ", &under2_);
            for (const std::string& note : d.notes) out_ += "    = " + shown(note) + "\n";
        }
    }

    // Hanging indents: a paragraph's other lines under its first word.
    const std::string under_ = "  ", under2_ = "    ", deep_ = "      ";

    const Verdict& verdict_;
    bool color_;
    bool explain_;
    const RecipientNames* recipients_;
    bool several_acts_ = false;
    std::string out_;
};

}  // namespace

std::string render_text(const Verdict& verdict, const TextOptions& options) { return TextRenderer(verdict, options).run(); }

std::string render_text(const Verdict& verdict, bool color) { return render_text(verdict, TextOptions{color, false}); }

}  // namespace netral
