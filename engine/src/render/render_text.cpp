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
        if (verdict_.sanction) sanction();
        referrals();
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
        for (const std::string& measure : sanction.level->measures) wrapped("- " + measure, "    ");
        out_ += "  Dasar: " + citations(sanction.basis) + "\n";
        for (const std::string& note : sanction.notes) wrapped(note, "  ");
    }

    void referrals() {
        for (const ReferralResult& referral : verdict_.referrals)
            wrapped(fmt::format("Rujukan kepada {}: {} ({})", referral.to, referral.reason, citations(referral.basis)), "");
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
                if (!provision->note.empty()) wrapped("Catatan: " + provision->note, "    ");
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
            for (const std::string& note : rule.notes) wrapped("Catatan: " + note, "  ");
        }
    }

    // A rule that does not apply needs only the element that fails, not the
    // whole analysis: one line, so the violations stand out.
    void near_miss(const Finding& finding, const std::string& act) {
        std::string failed;
        for (const ElementResult& element : finding.elements)
            if (element.status == ElementStatus::not_met) failed += (failed.empty() ? "" : "; ") + shown(*element.name);
        if (!finding.exception.empty()) failed = fmt::format("pengecualian: {}", shown(finding.exception));
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
