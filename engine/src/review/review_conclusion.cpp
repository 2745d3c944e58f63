// IV. Kesimpulan and V. Rekomendasi: for a kajian dugaan pelanggaran, the
// status, the provisions breached, the kind of violation and the sanction,
// then what is forwarded to whom; for a kajian awal, whether the report can
// be registered and what follows.
#include <algorithm>

#include "review/review_builder.hpp"

namespace netral {
namespace {

// "… (Pasal 188 …)." -> a clause without its final full stop.
std::string clause(std::string text) {
    while (!text.empty() && (text.back() == '.' || text.back() == ' ')) text.pop_back();
    return in_sentence(std::move(text));
}

}  // namespace

void ReviewBuilder::conclusion() {
    add(block(Block::Kind::heading, t_.text("kesimpulan.judul")));
    add(block(Block::Kind::paragraph, t_.text(std::string("kesimpulan.status.") + to_string(verdict_.status))));
    if (verdict_.status == VerdictStatus::violation) {
        std::vector<std::string> seen;
        std::vector<Line> breached;
        for (const Finding& finding : verdict_.findings) {
            if (finding.status != FindingStatus::violation) continue;
            std::string line = t_.text("kesimpulan.pelanggaran", {{"kutipan", citations(finding.provisions, t_.text("kosong"))},
                                                                  {"judul", finding.rule->title}});
            if (std::find(seen.begin(), seen.end(), line) != seen.end()) continue;  // the same rule, another act
            seen.push_back(line);
            breached.push_back(Line{plain(line)});
        }
        list(Block::Kind::numbered, std::move(breached));
        std::vector<std::string> kinds;
        for (const KindInfo* kind : verdict_.classification) kinds.push_back(kind->title);
        if (!kinds.empty()) add(block(Block::Kind::paragraph, t_.text("kesimpulan.jenis", {{"jenis", joined(kinds, "; ")}})));
        if (verdict_.sanction && verdict_.sanction->level) {
            const SanctionResult& sanction = *verdict_.sanction;
            std::string line =
                sanction.basis.empty()
                    ? t_.text("kesimpulan.sanksi_tanpa_dasar", {{"judul", in_sentence(sanction.level->title)}})
                    : t_.text("kesimpulan.sanksi",
                              {{"judul", in_sentence(sanction.level->title)},
                               {"dasar", citations(ProvisionSpan(sanction.basis.data(), sanction.basis.size()),
                                                   t_.text("kosong"))}});
            add(block(Block::Kind::paragraph, Line{strong(line)}));
            if (sanction.measures && !sanction.measures->empty()) {
                add(block(Block::Kind::paragraph, t_.text("kesimpulan.tindakan")));
                std::vector<Line> measures;
                for (const std::string& measure : *sanction.measures) measures.push_back(Line{plain(measure)});
                list(Block::Kind::bullets, std::move(measures));
            }
            for (const std::string& note : sanction.notes) add(block(Block::Kind::paragraph, note));
        }
    }
    if (!verdict_.missing.empty()) {
        add(block(Block::Kind::paragraph, t_.text("kesimpulan.pertanyaan")));
        std::vector<Line> questions;
        for (const MissingFact& missing : verdict_.missing)
            questions.push_back(Line{plain(missing.question.empty() ? words_.fact_name(missing.fact) : missing.question)});
        list(Block::Kind::numbered, std::move(questions));
    }
}

std::string ReviewBuilder::referral_line(const ReferralResult& referral) const {
    return t_.text("rekomendasi.rujukan", {{"perihal", t_.text("rekomendasi.rujukan_perihal")},
                                           {"kepada", t_.find("penerima." + referral.to).value_or(referral.to)},
                                           {"alasan", clause(referral.reason)},
                                           {"dasar", citations(ProvisionSpan(referral.basis.data(), referral.basis.size()),
                                                               t_.text("kosong"))}});
}

void ReviewBuilder::recommendation() {
    add(block(Block::Kind::heading, t_.text("rekomendasi.judul")));
    std::vector<Line> items;
    switch (verdict_.status) {
        case VerdictStatus::violation:
            // The pack's recommendations, to the body in charge on their date.
            for (const RecommendationResult& recommendation : verdict_.recommendations)
                items.push_back(Line{plain(std::string(recommendation.words()))});
            if (items.empty()) items.push_back(Line{plain(t_.text("rekomendasi.violation"))});
            break;
        case VerdictStatus::out_of_scope: {
            auto text = t_.find("rekomendasi.out_of_scope." + fact("actor.status"));
            items.push_back(Line{plain(text ? *text : t_.text("rekomendasi.out_of_scope.lainnya"))});
            break;
        }
        default: items.push_back(Line{plain(t_.text(std::string("rekomendasi.") + to_string(verdict_.status)))});
    }
    for (const ReferralResult& referral : verdict_.referrals) items.push_back(Line{plain(referral_line(referral))});
    list(Block::Kind::numbered, std::move(items));
    if (verdict_.status == VerdictStatus::violation)
        for (const RecommendationResult& recommendation : verdict_.recommendations) reasoning(recommendation.reasoning);
}

void ReviewBuilder::conclusion_awal() {
    add(block(Block::Kind::heading, t_.text("kesimpulan.awal.judul")));
    const AdmissibilityResult& a = verdict_.admissibility;
    std::string outcome = to_string(a.outcome);
    // The pack's words for the outcome, else the template's.
    add(block(Block::Kind::paragraph, Line{strong(a.text.empty() ? t_.text("kesimpulan.awal." + outcome) : std::string(a.text))}));
    if (verdict_.status == VerdictStatus::invalid) unreadable();
    completion_questions();
}

void ReviewBuilder::recommendation_awal() {
    add(block(Block::Kind::heading, t_.text("rekomendasi.judul")));
    std::string outcome = to_string(verdict_.admissibility.outcome);
    list(Block::Kind::numbered, {Line{plain(t_.text("rekomendasi.awal." + outcome))}});
}

}  // namespace netral
