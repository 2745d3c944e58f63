// The builder behind build_review(): one object per review, its sections in
// separate files (review_case_data.cpp, review_admissibility.cpp,
// review_analysis.cpp, review_conclusion.cpp, build_review.cpp).
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "netral/review.hpp"
#include "review/review_document.hpp"
#include "review/review_template.hpp"
#include "review/review_words.hpp"

namespace netral {

Span plain(std::string text);
Span strong(std::string text);
Span emphasis(std::string text);
Block block(Block::Kind kind, Line line);
Block block(Block::Kind kind, std::string text);
// "Pasal 5 …; Pasal 9 …", or `none` when there are none.
std::string citations(ProvisionSpan provisions, const std::string& none);
std::string joined(const std::vector<std::string>& items, std::string_view separator);
// The report as documents read it: for an invalid one, what could be read.
ReportInput readable(const ReportInput& input);
// "Hukuman disiplin berat" -> "hukuman disiplin berat" inside a sentence;
// an abbreviation ("PNS …") keeps its capitals.
std::string in_sentence(std::string title);

class ReviewBuilder {
public:
    ReviewBuilder(const ReviewTemplate& wording, const Pack& pack, const ReviewCase& review,
                  const ReviewOptions& options);

    Document build();

private:
    bool awal() const { return options_.stage == ReviewStage::awal; }

    // --- facts of the report (or what could be read of an invalid one)
    std::vector<std::string> facts(std::string_view path) const;
    std::string fact(std::string_view path) const;
    std::size_t count(std::string_view path) const;
    std::string value(std::string_view path) const;  // the fact in words, or "" when absent
    std::string or_empty(std::string text) const;
    static std::string act_path(std::size_t act, std::string_view field);
    std::string register_number() const;  // the number the kajian carries

    // --- output
    void add(Block b) { document_.blocks.push_back(std::move(b)); }
    void fields(std::vector<std::pair<std::string, std::string>> rows);  // rows with an empty value are left out
    void list(Block::Kind kind, std::vector<Line> items);
    void reasoning(const std::vector<DocumentNote>& notes);
    void reasoning(std::span<const DocumentNote> notes);

    // --- sections (build_review.cpp)
    void heading();
    void closing();

    // --- review_case_data.cpp
    void case_data();      // I. Kasus posisi (kajian dugaan pelanggaran)
    void reporter_data();  // I. Identitas pelapor (kajian awal)
    void event_data();     // II. Uraian peristiwa (kajian awal)
    void report_fields();
    void reporter_fields();
    void actor_fields();
    void acts();
    void witnesses(const std::string& heading);
    void evidence(const std::string& heading);
    void section(const std::string& heading, std::vector<Line> items, const char* none_key);
    std::string place(std::size_t act) const;
    std::string channel(std::size_t act) const;

    // --- review_admissibility.cpp
    void admissibility();
    void requirement_table();
    void completion_questions();
    void handling_deadlines();
    void suspected_kind();  // kajian awal: which violation the report may be

    // --- review_analysis.cpp
    void analysis();
    void unreadable();
    void analyse(const Finding& finding, int number);
    void overridden_findings();
    void quote_new(ProvisionSpan provisions);
    Line element_line(const Finding& finding, std::size_t index) const;
    std::string element_name(const Finding& finding, std::size_t index) const;
    std::string act_words(int act) const;
    std::string rule_title(std::string_view id) const;
    std::size_t near_miss_count() const;
    std::string failed_elements(const Finding& finding) const;
    void annex();

    // --- review_conclusion.cpp
    void conclusion();
    void conclusion_awal();
    void recommendation();
    void recommendation_awal();
    std::string referral_line(const ReferralResult& referral) const;

    const ReviewTemplate& t_;
    ReviewWords words_;
    const Pack& pack_;
    const ReportInput& input_;
    ReportInput readable_;  // input_, or for an invalid report what could be read of it
    const Verdict& verdict_;
    const ReviewOptions& options_;
    std::vector<const ProvisionInfo*> quoted_;  // provisions whose text is already in the document
    std::vector<std::string> reasoned_;         // reasoning already in the document, said once
    std::size_t last_empty_section_ = static_cast<std::size_t>(-2);  // index of the last one-line "none" section
    Document document_;
};

}  // namespace netral
