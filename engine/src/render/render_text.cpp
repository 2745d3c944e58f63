// A verdict for a person at a terminal, in Indonesian (the language of the
// case file it feeds). Every text from the report or the pack goes through
// shown(): an id holding a line break or an escape sequence must not forge
// a line or act on the terminal.
#include <fmt/format.h>

#include "netral/render.hpp"
#include "netral/visible_text.hpp"

namespace netral {
namespace {

const char* verdict_words(VerdictStatus status) {
    switch (status) {
        case VerdictStatus::violation: return "PELANGGARAN";
        case VerdictStatus::no_violation: return "TIDAK ADA PELANGGARAN";
        case VerdictStatus::insufficient: return "FAKTA BELUM CUKUP";
        case VerdictStatus::out_of_scope: return "DI LUAR CAKUPAN";
        case VerdictStatus::invalid: return "LAPORAN TIDAK DAPAT DIBACA";
    }
    return "";
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

// One line of text as it may be shown (line breaks made visible too).
std::string shown(std::string_view text) { return visible_text(text); }

class TextRenderer {
public:
    TextRenderer(const Verdict& verdict, bool color) : verdict_(verdict), color_(color) {}

    std::string run() {
        header();
        classification();
        if (verdict_.sanction) sanction();
        referrals();
        recommendations();
        admissibility();
        deadlines();
        findings();
        missing();
        diagnostics();
        out_ += dim(fmt::format("Paket aturan: {} {} ({}) · {}\n", shown(verdict_.pack_name),
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

    // Wraps `text` at 96 columns, each line starting with `indent`.
    void wrapped(const std::string& raw, const std::string& indent) {
        std::string text = visible_text(raw, /*keep_line_breaks=*/true);
        std::string line;
        std::size_t start = 0;
        auto flush = [&] {
            out_ += indent + line + "\n";
            line.clear();
        };
        while (start < text.size()) {
            std::size_t end = text.find(' ', start);
            std::string word = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
            if (!line.empty() && indent.size() + line.size() + 1 + word.size() > 96) flush();
            line += (line.empty() ? "" : " ") + word;
            if (end == std::string::npos) break;
            start = end + 1;
        }
        if (!line.empty()) flush();
    }

    void header() {
        out_ += bold("Laporan " + shown(verdict_.incident)) + "\n";
        out_ += "Status: " + paint(verdict_words(verdict_.status), status_color()) +
                dim(fmt::format(" ({})", to_string(verdict_.status))) + "\n";
    }

    void sanction() {
        const SanctionResult& sanction = *verdict_.sanction;
        if (!sanction.level) return;
        out_ += fmt::format("Sanksi: {} — {}\n", bold(shown(sanction.level->name)), shown(sanction.level->title));
        if (sanction.measures)
            for (const std::string& measure : *sanction.measures) wrapped("- " + measure, "    ");
        out_ += "  Dasar: " + citations(sanction.basis) + "\n";
        for (const std::string& note : sanction.notes) wrapped(note, "  ");
    }

    void referrals() {
        for (const ReferralResult& referral : verdict_.referrals) {
            wrapped(fmt::format("Rujukan kepada {}: {} ({})", referral.to, referral.reason, citations(referral.basis)), "");
            if (!referral.deadline.empty()) wrapped(std::string(referral.deadline), "  ");
        }
    }

    void classification() {
        std::string kinds;
        for (const KindInfo* kind : verdict_.classification) kinds += (kinds.empty() ? "" : "; ") + kind->title;
        if (!kinds.empty()) wrapped("Jenis pelanggaran: " + kinds, "");
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

    // Whether the report can be registered: the outcome, the requirements
    // that are not met or not known, and the reporting deadline.
    void admissibility() {
        const AdmissibilityResult& a = verdict_.admissibility;
        if (a.outcome == AdmissibilityOutcome::not_assessed) return;
        out_ += "\n";
        wrapped(bold("Syarat laporan: ") + std::string(a.text), "");
        for (const RequirementResult& requirement : a.requirements) {
            if (requirement.status != ElementStatus::met) {
                std::string open;
                for (const ElementResult& element : requirement.elements)
                    if (element.status != ElementStatus::met) open += (open.empty() ? "" : "; ") + *element.name;
                wrapped(fmt::format("- {}: {}{}", requirement.requirement->title, requirement_words(requirement.status),
                                    open.empty() ? "" : " (" + open + ")"),
                        "  ");
            }
            if (requirement.deadline) time_limit(*requirement.requirement, *requirement.deadline);
        }
        if (!a.missing.empty()) {
            out_ += "  Yang perlu dilengkapi pelapor:\n";
            for (const MissingFact& fact : a.missing)
                wrapped("- " + (fact.question.empty() ? fact.fact : fact.question), "    ");
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
        wrapped(line + ".", "  ");
    }

    void deadlines() {
        if (verdict_.deadlines.empty()) return;
        out_ += "Tenggat penanganan:\n";
        for (const HandlingDeadlineResult& deadline : verdict_.deadlines) {
            std::string when = deadline.deadline.last_day
                                   ? date_words(deadline.deadline.last_day)
                                   : fmt::format("{} {}; tanggal awal penghitungan belum disebutkan",
                                                 deadline.deadline.limit, deadline.deadline.unit);
            wrapped(fmt::format("- {}: {}", deadline.title, when), "  ");
        }
    }

    void recommendations() {
        for (const RecommendationResult& recommendation : verdict_.recommendations) {
            std::string basis = recommendation.basis.empty() ? "" : " (" + citations(recommendation.basis) + ")";
            wrapped(fmt::format("Rekomendasi: {}{}", recommendation.words(), basis), "");
            for (const DocumentNote& note : recommendation.reasoning)
                if (note.applies_to(verdict_.election)) wrapped(note.text, "  ");
        }
    }

    void findings() {
        if (verdict_.findings.empty()) {
            // Say why, so "no violation" is not mistaken for "not checked".
            if (verdict_.status == VerdictStatus::no_violation)
                out_ += "Tidak ada aturan dalam paket yang mengatur perbuatan yang dilaporkan.\n";
            return;
        }
        out_ += "\n" + bold("Analisis") + "\n";
        for (const Finding& finding : verdict_.findings) {
            const RuleInfo& rule = *finding.rule;
            std::string act = finding.act >= 0 ? fmt::format(", perbuatan #{}", finding.act + 1) : std::string();
            if (finding.status == FindingStatus::not_violation) {
                near_miss(finding, act);
                continue;
            }
            out_ += fmt::format("\n[{}] {}{}\n", finding_words(finding.status), bold(shown(rule.id)), act);
            wrapped(rule.title, "  ");
            for (const ProvisionInfo* provision : finding.provisions) {
                out_ += "  " + shown(provision->citation) + ":\n";
                wrapped("\"" + provision->text + "\"", "    ");
                for (const DocumentNote& note : provision->reasoning)
                    if (note.applies_to(verdict_.election)) wrapped("Catatan: " + note.text, "    ");
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
                out_ += fmt::format("  Sanksi: {} ({})\n", shown(rule.level->name), citations(finding.sanction_basis));
            for (const DocumentNote& note : rule.reasoning)
                if (note.applies_to(verdict_.election)) wrapped("Catatan: " + note.text, "  ");
        }
    }

    // A rule that does not apply needs only the element that fails, not the
    // whole analysis: one line, so the violations stand out.
    void near_miss(const Finding& finding, const std::string& act) {
        std::string failed;
        for (const ElementResult& element : finding.elements)
            if (element.status == ElementStatus::not_met) failed += (failed.empty() ? "" : "; ") + shown(*element.name);
        if (!finding.exception.empty()) failed = fmt::format("pengecualian: {}", shown(finding.exception));
        if (finding.nothing_in_force) failed = "tidak ada ketentuan yang dikutip yang berlaku pada tanggal perbuatan";
        out_ += dim(fmt::format("\n[{}] {}{}: tidak terpenuhi — {}\n", finding_words(finding.status),
                                shown(finding.rule->id), act, failed));
    }

    void missing() {
        if (verdict_.missing.empty()) return;
        out_ += "\n" + bold("Fakta yang belum diketahui (pertanyaan klarifikasi)") + "\n";
        int number = 1;
        for (const MissingFact& fact : verdict_.missing)
            out_ += fmt::format("  {}. {}{}\n", number++, shown(fact.question.empty() ? fact.fact : fact.question),
                                fact.question.empty() ? "" : dim(" [" + shown(fact.fact) + "]"));
    }

    void diagnostics() {
        if (verdict_.diagnostics.empty()) return;
        out_ += "\n" + bold("Diagnostik") + "\n";
        for (const Diagnostic& d : verdict_.diagnostics) {
            std::string where;
            if (!d.location.file.empty() && d.location.line > 0)
                where = fmt::format("{}:{}:{}: ", shown(d.location.file), d.location.line, d.location.column);
            out_ += fmt::format("  {}{}[{}]: {}\n", where, severity_name(d.severity), d.code, shown(d.message));
            for (const std::string& note : d.notes) out_ += "    = " + shown(note) + "\n";
        }
    }

    const Verdict& verdict_;
    bool color_;
    std::string out_;
};

}  // namespace

std::string render_text(const Verdict& verdict, bool color) { return TextRenderer(verdict, color).run(); }

}  // namespace netral
