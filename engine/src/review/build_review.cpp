// The content of a case review. The order of sections follows the kajian
// Bawaslu writes; every phrase comes from the template, every fact from the
// report or its verdict.
#include "review/build_review.hpp"

#include <algorithm>
#include <fmt/format.h>

#include "review/review_words.hpp"

namespace netral {
namespace {

Span plain(std::string text) { return {Span::Style::plain, std::move(text), {}}; }
Span strong(std::string text) { return {Span::Style::strong, std::move(text), {}}; }
Span emphasis(std::string text) { return {Span::Style::emphasis, std::move(text), {}}; }

Block block(Block::Kind kind, Line line) {
    Block b;
    b.kind = kind;
    b.lines.push_back(std::move(line));
    return b;
}
Block block(Block::Kind kind, std::string text) { return block(kind, Line{plain(std::move(text))}); }

std::string citations(ProvisionSpan provisions, const std::string& none) {
    std::string out;
    for (const ProvisionInfo* provision : provisions) out += (out.empty() ? "" : "; ") + provision->citation;
    return out.empty() ? none : out;
}

class ReviewBuilder {
public:
    ReviewBuilder(const ReviewTemplate& wording, const Pack& pack, const ReviewCase& review)
        : t_(wording), words_(wording), pack_(pack), input_(*review.input), verdict_(*review.verdict) {}

    Document build() {
        document_.title = t_.text("kepala.judul_halaman", {{"nomor", verdict_.incident}});
        heading();
        identity();
        events();
        admissibility();
        analysis();
        conclusion();
        recommendation();
        footer();
        return std::move(document_);
    }

private:
    // --- facts of the report ---
    std::vector<std::string> facts(std::string_view path) const { return fact_text(pack_, input_, path); }
    std::string fact(std::string_view path) const {
        auto items = facts(path);
        return items.empty() ? std::string() : items.front();
    }
    std::string act_path(std::size_t act, std::string_view field) const { return fmt::format("acts[{}].{}", act, field); }
    std::string or_empty(std::string text) const { return text.empty() ? t_.text("kosong") : text; }

    void add(Block b) { document_.blocks.push_back(std::move(b)); }
    void fields(std::vector<std::pair<std::string, std::string>> rows) {
        Block b;
        b.kind = Block::Kind::fields;
        for (auto& [label, value] : rows) b.fields.push_back({std::move(label), Line{plain(std::move(value))}});
        add(std::move(b));
    }
    void list(Block::Kind kind, std::vector<Line> items) {
        if (items.empty()) return;
        Block b;
        b.kind = kind;
        b.lines = std::move(items);
        add(std::move(b));
    }

    // --- heading and I. Identitas ---
    void heading() {
        add(block(Block::Kind::title, t_.text("judul")));
        std::string source = fact("source");
        fields({{t_.text("kepala.nomor"), verdict_.incident},
                {t_.text("kepala.tanggal"), or_empty(words_.date(fact("reported_on")))},
                {t_.text("kepala.wilayah"), or_empty(fact("region"))},
                {t_.text("kepala.sumber"), source.empty() ? t_.text("kosong") : words_.value("source", source)}});
    }

    void identity() {
        add(block(Block::Kind::heading, t_.text("identitas.judul")));
        std::string reporter = fact("reporter");
        fields({{t_.text("identitas.pelapor"), reporter.empty() ? t_.text("identitas.pelapor_kosong") : reporter}});
        add(block(Block::Kind::subheading, t_.text("identitas.terlapor")));
        std::string status = fact("actor.status");
        std::vector<std::pair<std::string, std::string>> rows = {
            {t_.text("identitas.nama"), or_empty(fact("actor.name"))},
            {t_.text("identitas.status"), status.empty() ? t_.text("kosong") : words_.value("actor.status", status)},
            {t_.text("identitas.jabatan"), or_empty(fact("actor.position"))},
            {t_.text("identitas.instansi"), or_empty(fact("actor.agency"))},
        };
        if (std::string official = fact("actor.official"); !official.empty())
            rows.push_back({t_.text("identitas.pejabat"), words_.value("actor.official", official)});
        std::string election = fact("election");
        rows.push_back({t_.text("identitas.pemilihan"), election.empty() ? t_.text("kosong") : words_.value("election", election)});
        fields(std::move(rows));
    }

    // --- II. Uraian Peristiwa ---
    void events() {
        add(block(Block::Kind::heading, t_.text("peristiwa.judul")));
        std::size_t acts = fact_count(pack_, input_, "acts");
        if (acts == 0) add(block(Block::Kind::paragraph, t_.text("peristiwa.tanpa_perbuatan")));
        for (std::size_t act = 0; act < acts; ++act) {
            add(block(Block::Kind::subheading, t_.text("peristiwa.perbuatan", {{"nomor", std::to_string(act + 1)}})));
            std::string type = fact(act_path(act, "type"));
            std::vector<std::pair<std::string, std::string>> rows = {
                {t_.text("peristiwa.waktu"), or_empty(words_.date(fact(act_path(act, "date"))))},
                {t_.text("peristiwa.tempat"), or_empty(place(act))},
                {t_.text("peristiwa.jenis"), type.empty() ? t_.text("kosong") : words_.value("acts.type", type)},
            };
            if (std::string contestant = fact(act_path(act, "contestant")); !contestant.empty())
                rows.push_back({t_.text("peristiwa.pihak"), contestant});
            rows.push_back({t_.text("peristiwa.uraian"), or_empty(fact(act_path(act, "description")))});
            std::string evidence;
            for (const std::string& item : facts(act_path(act, "evidence"))) evidence += (evidence.empty() ? "" : "; ") + item;
            rows.push_back({t_.text("peristiwa.bukti"), or_empty(evidence)});
            fields(std::move(rows));
        }
        if (std::string notes = fact("notes"); !notes.empty()) fields({{t_.text("peristiwa.catatan"), notes}});
    }

    // Where an act happened, as far as the report says: the region, then the
    // channel and platform.
    std::string place(std::size_t act) const {
        std::vector<std::string> parts;
        if (std::string region = fact("region"); !region.empty()) parts.push_back(region);
        std::string channel = fact(act_path(act, "channel"));
        std::string platform = fact(act_path(act, "platform"));
        if (!channel.empty()) parts.push_back(words_.value("acts.channel", channel));
        if (!platform.empty()) parts.push_back(platform);
        std::string out;
        for (const std::string& part : parts) out += (out.empty() ? "" : ", ") + part;
        return out;
    }

    // --- syarat formil dan materiil ---
    void admissibility() {
        const AdmissibilityResult& a = verdict_.admissibility;
        if (a.outcome == AdmissibilityOutcome::not_assessed) return;
        add(block(Block::Kind::subheading, t_.text("syarat.judul")));
        std::vector<Line> rows;
        for (const RequirementResult& requirement : a.requirements) {
            std::string status = t_.text(std::string("analisis.status_unsur.") + to_string(requirement.status));
            std::string line = t_.text("syarat.baris", {{"syarat", requirement.requirement->title},
                                                        {"kelompok", requirement.requirement->group_title},
                                                        {"status", status}});
            if (requirement.deadline && requirement.deadline->last_day)
                line += t_.text("syarat.batas_waktu", {{"batas", words_.date(format_iso_date(*requirement.deadline->last_day))}});
            rows.push_back(Line{plain(line)});
        }
        list(Block::Kind::bullets, std::move(rows));
        add(block(Block::Kind::paragraph, Line{strong(std::string(a.text))}));
        if (!a.missing.empty()) {
            add(block(Block::Kind::paragraph, t_.text("syarat.kurang")));
            std::vector<Line> questions;
            for (const MissingFact& missing : a.missing)
                questions.push_back(Line{plain(missing.question.empty() ? words_.fact_name(missing.fact) : missing.question)});
            list(Block::Kind::numbered, std::move(questions));
        }
        if (!verdict_.deadlines.empty()) {
            std::vector<Line> due;
            for (const HandlingDeadlineResult& deadline : verdict_.deadlines)
                if (deadline.deadline.last_day)
                    due.push_back(Line{plain(t_.text("syarat.tenggat", {{"tahap", std::string(deadline.title)},
                                                                       {"tanggal", words_.date(format_iso_date(*deadline.deadline.last_day))}}))});
            if (!due.empty()) {
                add(block(Block::Kind::paragraph, t_.text("syarat.tenggat_judul")));
                list(Block::Kind::bullets, std::move(due));
            }
        }
    }

    // --- III. Analisis ---
    static bool analysed_in_full(const Finding& finding) {
        return finding.status != FindingStatus::not_violation || !finding.exception.empty();
    }

    std::string act_words(int act) const {
        return act < 0 ? std::string() : t_.text("analisis.perbuatan", {{"nomor", std::to_string(act + 1)}});
    }

    void analysis() {
        add(block(Block::Kind::heading, t_.text("analisis.judul")));
        if (verdict_.status == VerdictStatus::out_of_scope || verdict_.status == VerdictStatus::invalid) {
            bool invalid = verdict_.status == VerdictStatus::invalid;
            add(block(Block::Kind::paragraph, t_.text(invalid ? "analisis.tidak_dapat_dibaca" : "analisis.tidak_diuji")));
            std::vector<Line> reasons;
            for (const Diagnostic& d : verdict_.diagnostics) {
                if (!invalid && d.severity != Severity::note) continue;
                std::string where = d.location.line > 0 ? fmt::format("{}:{}:{}: ", d.location.file, d.location.line,
                                                                      d.location.column)
                                                        : std::string();
                reasons.push_back(Line{plain(where + d.message)});
            }
            list(Block::Kind::bullets, std::move(reasons));
            return;
        }
        if (verdict_.findings.empty()) {
            add(block(Block::Kind::paragraph, t_.text("analisis.tanpa_ketentuan")));
            return;
        }
        add(block(Block::Kind::paragraph, t_.text("analisis.pengantar")));
        int number = 0;
        for (const Finding& finding : verdict_.findings)
            if (analysed_in_full(finding)) analyse(finding, ++number);
        near_misses(number > 0 ? "analisis.lainnya" : "analisis.tidak_terpenuhi");
    }

    void analyse(const Finding& finding, int number) {
        const RuleInfo& rule = *finding.rule;
        std::string act = act_words(finding.act);
        add(block(Block::Kind::subheading,
                  act.empty() ? t_.text("analisis.ketentuan", {{"nomor", std::to_string(number)}, {"judul", rule.title}})
                              : t_.text("analisis.ketentuan_perbuatan",
                                        {{"nomor", std::to_string(number)}, {"judul", rule.title}, {"perbuatan", act}})));
        for (const ProvisionInfo* provision : finding.provisions) {
            add(block(Block::Kind::paragraph, Line{strong(t_.text("analisis.bunyi", {{"kutipan", provision->citation}}))}));
            add(block(Block::Kind::quote, provision->text));
            if (!provision->note.empty())
                add(block(Block::Kind::note, t_.text("analisis.catatan_ketentuan", {{"catatan", provision->note}})));
        }
        add(block(Block::Kind::paragraph, t_.text("analisis.unsur")));
        std::vector<Line> elements;
        for (const ElementResult& element : finding.elements) elements.push_back(element_line(element, finding.act));
        list(Block::Kind::numbered, std::move(elements));
        add(block(Block::Kind::paragraph, Line{strong(outcome(finding))}));
        if (rule.level && finding.status != FindingStatus::unknown)
            add(block(Block::Kind::paragraph,
                      t_.text("analisis.sanksi", {{"tingkat", rule.level->title},
                                                  {"dasar", citations(finding.sanction_basis, t_.text("kosong"))}})));
        for (const std::string& note : rule.notes)
            add(block(Block::Kind::note, t_.text("analisis.catatan_aturan", {{"catatan", note}})));
    }

    Line element_line(const ElementResult& element, int act) const {
        std::string status = t_.text(std::string("analisis.status_unsur.") + to_string(element.status));
        Line line{plain(t_.text("analisis.unsur_baris", {{"unsur", *element.name}, {"status", status}}))};
        std::string decided;
        for (const FactUse& use : element.facts) {
            // The verdict holds the value as JSON; the report holds it as it is.
            std::string value = use.value == "null" ? t_.text("tidak_diketahui") : words_.values(use.path, facts(use.path));
            std::string name = words_.fact_name(use.path);
            // A fact of another act than the one under test says which.
            std::string other_act = fmt::format("acts[{}]", act);
            if (use.path.rfind("acts[", 0) == 0 && use.path.rfind(other_act, 0) != 0) {
                int index = std::atoi(use.path.c_str() + 5);
                name = t_.text("analisis.fakta_perbuatan", {{"fakta", name}, {"perbuatan", act_words(index)}});
            }
            decided += (decided.empty() ? "" : "; ") + t_.text("analisis.fakta_baris", {{"fakta", name}, {"nilai", value}});
        }
        if (!decided.empty()) line.push_back(emphasis(t_.text("analisis.fakta", {{"fakta", decided}})));
        return line;
    }

    std::string rule_title(std::string_view id) const {
        for (const Finding& other : verdict_.findings)
            if (other.rule->id == id) return other.rule->title;
        return std::string(id);
    }

    std::string outcome(const Finding& finding) const {
        if (!finding.exception.empty())
            return t_.text("analisis.hasil.excepted", {{"pengecualian", std::string(finding.exception)}});
        switch (finding.status) {
            case FindingStatus::violation: return t_.text("analisis.hasil.violation");
            case FindingStatus::overridden:
                return t_.text("analisis.hasil.overridden", {{"aturan", rule_title(finding.overridden_by)}});
            default: return t_.text("analisis.hasil.unknown");
        }
    }

    // Rules tested that do not apply: one line each, naming what fails.
    void near_misses(std::string_view introduction) {
        std::vector<Line> lines;
        for (const Finding& finding : verdict_.findings) {
            if (analysed_in_full(finding)) continue;
            std::string failed;
            for (const ElementResult& element : finding.elements)
                if (element.status == ElementStatus::not_met)
                    failed += (failed.empty() ? "" : "; ") + t_.text("analisis.alasan_unsur", {{"unsur", *element.name}});
            std::string act = act_words(finding.act);
            lines.push_back(Line{plain(
                act.empty() ? t_.text("analisis.lainnya_baris_laporan", {{"judul", finding.rule->title}, {"alasan", failed}})
                            : t_.text("analisis.lainnya_baris",
                                      {{"judul", finding.rule->title}, {"perbuatan", act}, {"alasan", failed}}))});
        }
        if (lines.empty()) return;
        add(block(Block::Kind::paragraph, t_.text(introduction)));
        list(Block::Kind::bullets, std::move(lines));
    }

    // --- IV. Kesimpulan ---
    void conclusion() {
        add(block(Block::Kind::heading, t_.text("kesimpulan.judul")));
        add(block(Block::Kind::paragraph, t_.text(std::string("kesimpulan.status.") + to_string(verdict_.status))));
        if (verdict_.status == VerdictStatus::violation) {
            std::vector<Line> breached;
            std::vector<std::string> seen;
            for (const Finding& finding : verdict_.findings) {
                if (finding.status != FindingStatus::violation) continue;
                std::string line = t_.text("kesimpulan.pelanggaran", {{"kutipan", citations(finding.provisions, t_.text("kosong"))},
                                                                      {"judul", finding.rule->title}});
                if (std::find(seen.begin(), seen.end(), line) != seen.end()) continue;  // the same rule, another act
                seen.push_back(line);
                breached.push_back(Line{plain(line)});
            }
            list(Block::Kind::numbered, std::move(breached));
            std::string kinds;
            for (const KindInfo* kind : verdict_.classification) kinds += (kinds.empty() ? "" : "; ") + kind->title;
            if (!kinds.empty()) add(block(Block::Kind::paragraph, t_.text("kesimpulan.jenis", {{"jenis", kinds}})));
        }
        if (verdict_.sanction && verdict_.sanction->level && verdict_.status == VerdictStatus::violation) {
            const SanctionResult& sanction = *verdict_.sanction;
            add(block(Block::Kind::paragraph,
                      Line{strong(t_.text("kesimpulan.sanksi", {{"tingkat", sanction.level->name},
                                                                 {"judul", sanction.level->title},
                                                                 {"dasar", citations(sanction.basis, t_.text("kosong"))}}))}));
            if (sanction.measures && !sanction.measures->empty()) {
                add(block(Block::Kind::paragraph, t_.text("kesimpulan.tindakan")));
                std::vector<Line> measures;
                for (const std::string& measure : *sanction.measures) measures.push_back(Line{plain(measure)});
                list(Block::Kind::bullets, std::move(measures));
            }
            for (const std::string& note : sanction.notes) add(block(Block::Kind::paragraph, note));
        }
        if (!verdict_.missing.empty()) {
            add(block(Block::Kind::paragraph, t_.text("kesimpulan.pertanyaan")));
            std::vector<Line> questions;
            for (const MissingFact& missing : verdict_.missing)
                questions.push_back(Line{plain(missing.question.empty() ? words_.fact_name(missing.fact) : missing.question)});
            list(Block::Kind::numbered, std::move(questions));
        }
    }

    // --- V. Rekomendasi ---
    void recommendation() {
        add(block(Block::Kind::heading, t_.text("rekomendasi.judul")));
        std::vector<Line> items;
        switch (verdict_.status) {
            case VerdictStatus::violation: {
                // The pack's recommendations, to the body in charge on their date.
                for (const RecommendationResult& recommendation : verdict_.recommendations) {
                    std::string text(recommendation.words());
                    if (!recommendation.note.empty()) text += " " + std::string(recommendation.note);
                    items.push_back(Line{plain(text)});
                }
                if (!verdict_.recommendations.empty()) break;
                std::string agency = fact("actor.agency");
                std::string level = verdict_.sanction && verdict_.sanction->level ? verdict_.sanction->level->name : "";
                items.push_back(Line{plain(t_.text(
                    "rekomendasi.violation",
                    {{"instansi", agency.empty() ? t_.text("rekomendasi.instansi_kosong")
                                                 : t_.text("rekomendasi.instansi_terlapor", {{"instansi", agency}})},
                     {"tingkat", level}}))});
                break;
            }
            case VerdictStatus::out_of_scope: {
                std::string status = fact("actor.status");
                auto text = t_.find("rekomendasi.out_of_scope." + status);
                items.push_back(Line{plain(text ? *text : t_.text("rekomendasi.out_of_scope.lainnya"))});
                break;
            }
            default: items.push_back(Line{plain(t_.text(std::string("rekomendasi.") + to_string(verdict_.status)))});
        }
        for (const ReferralResult& referral : verdict_.referrals)
            items.push_back(Line{plain(t_.text("rekomendasi.rujukan", {{"kepada", t_.find("penerima." + referral.to).value_or(referral.to)},
                                                                      {"alasan", referral.reason},
                                                                      {"dasar", citations(referral.basis, t_.text("kosong"))}}))});
        list(Block::Kind::numbered, std::move(items));
    }

    // --- footer: the rules that produced the review, and signatures ---
    void footer() {
        document_.footer_start = document_.blocks.size();
        add(block(Block::Kind::note, t_.text("kaki.jejak", {{"mesin", std::string(verdict_.engine)},
                                                           {"paket", std::string(verdict_.pack_name)},
                                                           {"versi", std::string(verdict_.pack_version)},
                                                           {"digest", std::string(verdict_.pack_digest)}})));
        add(block(Block::Kind::note, t_.text("kaki.periksa")));
        std::vector<Line> captions;
        for (const std::string& caption : t_.list("kaki.tanda_tangan")) captions.push_back(Line{plain(caption)});
        list(Block::Kind::signatures, std::move(captions));
    }

    const ReviewTemplate& t_;
    ReviewWords words_;
    const Pack& pack_;
    const ReportInput& input_;
    const Verdict& verdict_;
    Document document_;
};

}  // namespace

Document build_review(const ReviewTemplate& wording, const Pack& pack, const ReviewCase& review) {
    return ReviewBuilder(wording, pack, review).build();
}

Document build_review_index(const ReviewTemplate& t, const std::vector<ReviewIndexEntry>& entries) {
    Document document;
    document.title = t.text("indeks.judul");
    document.blocks.push_back(block(Block::Kind::title, t.text("indeks.judul")));
    document.blocks.push_back(block(Block::Kind::paragraph, t.text("indeks.jumlah", {{"jumlah", std::to_string(entries.size())}})));
    Block table;
    table.kind = Block::Kind::table;
    std::vector<Line> header;
    for (int column = 0; column < 5; ++column) header.push_back(Line{plain(t.text(fmt::format("indeks.kolom.{}", column)))});
    table.rows.push_back(std::move(header));
    int number = 0;
    for (const ReviewIndexEntry& entry : entries) {
        const Verdict& verdict = *entry.verdict;
        std::string level = verdict.status == VerdictStatus::violation && verdict.sanction && verdict.sanction->level
                                ? verdict.sanction->level->name
                                : t.text("kosong");
        std::vector<std::string> cited;
        for (const Finding& finding : verdict.findings) {
            if (finding.status != FindingStatus::violation) continue;
            for (const ProvisionInfo* provision : finding.provisions)
                if (std::find(cited.begin(), cited.end(), provision->citation) == cited.end()) cited.push_back(provision->citation);
        }
        std::string provisions;
        for (const std::string& citation : cited) provisions += (provisions.empty() ? "" : "; ") + citation;
        table.rows.push_back({Line{plain(std::to_string(++number))},
                              Line{Span{Span::Style::plain, verdict.incident, entry.file}},
                              Line{plain(t.text(std::string("indeks.status.") + to_string(verdict.status)))},
                              Line{plain(level)},
                              Line{plain(provisions.empty() ? t.text("kosong") : provisions)}});
    }
    document.blocks.push_back(std::move(table));
    return document;
}

}  // namespace netral
