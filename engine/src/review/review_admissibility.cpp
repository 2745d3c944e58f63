// The syarat formil and materiil: each requirement with its basis and
// result, the time limit of the report, what the reporter must still give,
// the handling deadlines; in a kajian awal also the kind of violation the
// report may be.
#include <algorithm>
#include <fmt/format.h>

#include "review/review_builder.hpp"

namespace netral {

void ReviewBuilder::admissibility() {
    add(block(Block::Kind::heading, t_.text(awal() ? "syarat.judul_awal" : "syarat.judul")));
    if (verdict_.admissibility.outcome == AdmissibilityOutcome::not_assessed) {
        add(block(Block::Kind::paragraph, t_.text("syarat.tidak_dinilai")));
    } else {
        requirement_table();
        // What the reporter must still give is the kajian awal's list.
        // The outcome in a sentence: the pack's full words are the kajian awal's.
        if (!awal())
            add(block(Block::Kind::paragraph,
                      Line{strong(t_.text(std::string("kesimpulan.awal.") + to_string(verdict_.admissibility.outcome)))}));
    }
    handling_deadlines();
    if (awal()) suspected_kind();
}

// The kajian awal sets out every requirement in a table per group (syarat
// formil, syarat materiil) with its basis. The kajian dugaan pelanggaran,
// written after it, says in a sentence each which were met, not met, or not
// yet certain.
void ReviewBuilder::requirement_table() {
    const auto& requirements = verdict_.admissibility.requirements;
    if (!awal()) {
        for (ElementStatus status : {ElementStatus::met, ElementStatus::not_met, ElementStatus::unknown}) {
            std::vector<std::string> titles;
            for (const RequirementResult& r : requirements) {
                if (r.status != status) continue;
                std::string title = in_sentence(r.requirement->title);
                if (r.deadline && r.deadline->last_day && status != ElementStatus::met)
                    title += t_.text("syarat.batas", {{"batas", words_.date(format_iso_date(*r.deadline->last_day))}});
                titles.push_back(std::move(title));
            }
            if (!titles.empty())
                add(block(Block::Kind::paragraph, t_.text(std::string("syarat.ringkas.") + to_string(status),
                                                          {{"syarat", joined(titles, "; ")}})));
        }
        return;
    }
    std::vector<std::string_view> groups;
    for (const RequirementResult& r : requirements)
        if (std::find(groups.begin(), groups.end(), r.requirement->group_title) == groups.end())
            groups.push_back(r.requirement->group_title);
    for (std::string_view group : groups) {
        add(block(Block::Kind::subheading, std::string(group)));
        Block table;
        table.kind = Block::Kind::table;
        std::vector<Line> header;
        for (const std::string& column : t_.list("syarat.kolom")) header.push_back(Line{plain(column)});
        table.rows.push_back(std::move(header));
        int number = 0;
        for (const RequirementResult& r : requirements) {
            if (r.requirement->group_title != group) continue;
            std::string status = t_.text(std::string("analisis.status_unsur.") + to_string(r.status));
            std::string result = r.deadline && r.deadline->last_day
                                     ? t_.text("syarat.batas_waktu", {{"status", status},
                                                                      {"batas", words_.date(format_iso_date(*r.deadline->last_day))}})
                                     : t_.text("syarat.hasil", {{"status", status}});
            table.rows.push_back({Line{plain(std::to_string(++number))}, Line{plain(r.requirement->title)},
                                  Line{plain(citations(r.provisions, t_.text("syarat.tanpa_dasar")))},
                                  Line{plain(result)}});
        }
        add(std::move(table));
        for (const RequirementResult& r : requirements)
            if (r.requirement->group_title == group) reasoning(r.requirement->reasoning);
    }
}

void ReviewBuilder::completion_questions() {
    const AdmissibilityResult& a = verdict_.admissibility;
    if (a.missing.empty()) return;
    add(block(Block::Kind::paragraph, t_.text("syarat.kurang")));
    std::vector<Line> questions;
    for (const MissingFact& missing : a.missing)
        questions.push_back(Line{plain(missing.question.empty() ? words_.fact_name(missing.fact) : missing.question)});
    list(Block::Kind::numbered, std::move(questions));
}

void ReviewBuilder::handling_deadlines() {
    std::vector<Line> due;
    for (const HandlingDeadlineResult& deadline : verdict_.deadlines)
        if (deadline.deadline.last_day)
            due.push_back(Line{plain(t_.text("syarat.tenggat", {{"tahap", std::string(deadline.title)},
                                                                {"tanggal", words_.date(format_iso_date(*deadline.deadline.last_day))}}))});
    if (due.empty()) return;
    add(block(Block::Kind::paragraph, t_.text("syarat.tenggat_judul")));
    list(Block::Kind::bullets, std::move(due));
    for (const HandlingDeadlineResult& deadline : verdict_.deadlines)
        if (deadline.deadline.last_day) reasoning(deadline.reasoning);
}

// The kinds of violation of the rules the report may have broken (violated
// or not yet decided), with their provisions, without the analysis.
void ReviewBuilder::suspected_kind() {
    if (verdict_.status == VerdictStatus::invalid || verdict_.status == VerdictStatus::out_of_scope) return;
    add(block(Block::Kind::subheading, t_.text("syarat.jenis_judul")));
    std::vector<std::string> kinds, cited;
    auto add_unique = [](std::vector<std::string>& list, const std::string& item) {
        if (std::find(list.begin(), list.end(), item) == list.end()) list.push_back(item);
    };
    for (const KindInfo* kind : verdict_.classification) add_unique(kinds, kind->title);
    for (const Finding& finding : verdict_.findings) {
        if (finding.status != FindingStatus::violation && finding.status != FindingStatus::unknown) continue;
        if (finding.rule->kind) add_unique(kinds, finding.rule->kind->title);
        for (const ProvisionInfo* provision : finding.provisions) add_unique(cited, provision->citation);
    }
    if (cited.empty()) {
        add(block(Block::Kind::paragraph, t_.text("syarat.jenis_tanpa_ketentuan")));
        return;
    }
    add(block(Block::Kind::paragraph, t_.text("syarat.jenis", {{"jenis", joined(kinds, "; ")}, {"ketentuan", joined(cited, "; ")}})));
}

}  // namespace netral
