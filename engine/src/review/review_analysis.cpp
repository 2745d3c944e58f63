// III. Fakta dan analisis: the findings that decide the case, element by
// element, each provision quoted once where it is first needed; the rules
// that a more specific one set aside in a sentence each; the rules that do
// not apply as a count (and a table in the annex). An unreadable report gets
// a paragraph on what the reporter must correct instead.
#include <algorithm>
#include <fmt/format.h>

#include "review/review_builder.hpp"

namespace netral {
namespace {

// The findings set out in full: violated, not yet decided, or excepted.
bool decides(const Finding& finding) {
    return finding.status == FindingStatus::violation || finding.status == FindingStatus::unknown ||
           (finding.status == FindingStatus::not_violation && !finding.exception.empty());
}

bool near_miss(const Finding& finding) {
    return finding.status == FindingStatus::not_violation && finding.exception.empty();
}

// The template's words for a report diagnostic, by what went wrong.
const char* unreadable_key(const Diagnostic& d) {
    if (d.code == "E200") return "tidak_terbaca.susunan";
    if (d.code == "E201") return d.fact.empty() ? "tidak_terbaca.susunan" : "tidak_terbaca.bentuk";
    if (d.code == "E202") return "tidak_terbaca.nilai";
    if (d.code == "E203") return "tidak_terbaca.wajib";
    if (d.code == "E204") return "tidak_terbaca.kosong";
    if (d.code == "E206") return "tidak_terbaca.terlalu_banyak";
    if (d.code == "E207") return "tidak_terbaca.terlalu_besar";
    return "tidak_terbaca.lainnya";
}

}  // namespace

void ReviewBuilder::analysis() {
    add(block(Block::Kind::heading, t_.text("analisis.judul")));
    if (verdict_.status == VerdictStatus::invalid) {
        unreadable();
        return;
    }
    if (verdict_.status == VerdictStatus::out_of_scope) {
        add(block(Block::Kind::paragraph, t_.text("analisis.tidak_diuji")));
        std::vector<Line> reasons;
        for (const Diagnostic& d : verdict_.diagnostics)
            if (d.severity == Severity::note)
                reasons.push_back(Line{plain(d.code == "S003" ? t_.text("analisis.sebelum_cakupan") : d.message)});
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
        if (decides(finding)) analyse(finding, ++number);
    overridden_findings();
    if (near_miss_count() == 1 && !options_.brief) {
        // One rule that does not apply: its line here, no annex for it.
        for (const Finding& finding : verdict_.findings)
            if (near_miss(finding))
                add(block(Block::Kind::paragraph, t_.text("analisis.lainnya_satu", {{"judul", finding.rule->title},
                                                                                   {"unsur", failed_elements(finding)}})));
    } else if (std::size_t others = near_miss_count()) {
        bool in_annex = !options_.brief;
        add(block(Block::Kind::paragraph, t_.text(in_annex ? "analisis.lainnya" : "analisis.lainnya_ringkas",
                                                  {{"jumlah", std::to_string(others)}})));
    }
}

void ReviewBuilder::unreadable() {
    add(block(Block::Kind::paragraph, t_.text("analisis.tidak_dapat_dibaca")));
    std::vector<std::string> seen;
    std::vector<Line> reasons;
    for (const Diagnostic& d : verdict_.diagnostics) {
        if (d.severity != Severity::error) continue;
        std::string line = t_.text(unreadable_key(d), {{"isian", d.fact.empty() ? std::string() : words_.fact_name(d.fact)}});
        if (std::find(seen.begin(), seen.end(), line) != seen.end()) continue;
        seen.push_back(line);
        reasons.push_back(Line{plain(line)});
    }
    if (reasons.empty()) reasons.push_back(Line{plain(t_.text("tidak_terbaca.lainnya"))});
    list(Block::Kind::bullets, std::move(reasons));
    add(block(Block::Kind::paragraph, t_.text("analisis.perbaikan")));
}

std::string ReviewBuilder::act_words(int act) const {
    return act < 0 ? std::string() : t_.text("analisis.perbuatan", {{"nomor", std::to_string(act + 1)}});
}

void ReviewBuilder::analyse(const Finding& finding, int number) {
    const RuleInfo& rule = *finding.rule;
    bool several_acts = count("acts") > 1;
    add(block(Block::Kind::subheading,
              finding.act >= 0 && several_acts
                  ? t_.text("analisis.ketentuan_perbuatan", {{"nomor", std::to_string(number)},
                                                             {"judul", rule.title},
                                                             {"perbuatan", std::to_string(finding.act + 1)}})
                  : t_.text("analisis.ketentuan", {{"nomor", std::to_string(number)}, {"judul", rule.title}})));
    // A rule not yet decided names its provisions without quoting them and
    // only the elements still open: the others are met.
    bool open_only = finding.status == FindingStatus::unknown && finding.exception.empty();
    if (open_only)
        add(block(Block::Kind::paragraph, t_.text("analisis.diuji", {{"kutipan", citations(finding.provisions, t_.text("kosong"))}})));
    else
        quote_new(finding.provisions);
    add(block(Block::Kind::paragraph, t_.text(open_only ? "analisis.unsur_terbuka" : "analisis.unsur")));
    std::vector<Line> elements;
    for (std::size_t i = 0; i < finding.elements.size(); ++i)
        if (!open_only || finding.elements[i].status != ElementStatus::met) elements.push_back(element_line(finding, i));
    list(Block::Kind::numbered, std::move(elements));
    std::string outcome = !finding.exception.empty()
                              ? t_.text("analisis.hasil.excepted", {{"pengecualian", std::string(finding.exception)}})
                              : t_.text(finding.status == FindingStatus::violation ? "analisis.hasil.violation"
                                                                                  : "analisis.hasil.unknown");
    add(block(Block::Kind::paragraph, Line{strong(outcome)}));
    // A level without a basis (a pack that leaves the sanction to another
    // body) is named without "berdasarkan".
    if (rule.level && finding.status == FindingStatus::violation)
        add(block(Block::Kind::paragraph,
                  finding.sanction_basis.empty()
                      ? t_.text("analisis.sanksi_tanpa_dasar", {{"tingkat", in_sentence(rule.level->title)}})
                      : t_.text("analisis.sanksi", {{"tingkat", in_sentence(rule.level->title)},
                                                    {"dasar", citations(finding.sanction_basis, t_.text("kosong"))}})));
    reasoning(rule.reasoning);
}

// Provisions not yet quoted in this document are quoted; those already
// quoted are named, so each text appears once.
void ReviewBuilder::quote_new(ProvisionSpan provisions) {
    std::vector<const ProvisionInfo*> earlier;
    for (const ProvisionInfo* provision : provisions) {
        if (std::find(quoted_.begin(), quoted_.end(), provision) != quoted_.end()) {
            earlier.push_back(provision);
            continue;
        }
        quoted_.push_back(provision);
        add(block(Block::Kind::paragraph, Line{strong(t_.text("analisis.bunyi", {{"kutipan", provision->citation}}))}));
        add(block(Block::Kind::quote, provision->text));
        reasoning(provision->reasoning);
    }
    if (!earlier.empty())
        add(block(Block::Kind::paragraph, t_.text("analisis.sudah_dikutip",
                                                  {{"kutipan", citations(ProvisionSpan(earlier.data(), earlier.size()), "")}})));
}

// The rules a more specific one set aside, one list per rule that did.
void ReviewBuilder::overridden_findings() {
    std::vector<std::string_view> by;
    for (const Finding& finding : verdict_.findings)
        if (finding.status == FindingStatus::overridden &&
            std::find(by.begin(), by.end(), finding.overridden_by) == by.end())
            by.push_back(finding.overridden_by);
    for (std::string_view specific : by) {
        std::vector<std::string> titles;
        for (const Finding& finding : verdict_.findings)
            if (finding.status == FindingStatus::overridden && finding.overridden_by == specific &&
                std::find(titles.begin(), titles.end(), finding.rule->title) == titles.end())
                titles.push_back(finding.rule->title);
        add(block(Block::Kind::paragraph, t_.text("analisis.dikesampingkan", {{"aturan", rule_title(specific)}})));
        std::vector<Line> lines;
        for (std::string& title : titles) lines.push_back(Line{plain(std::move(title))});
        list(Block::Kind::bullets, std::move(lines));
    }
}

std::string ReviewBuilder::rule_title(std::string_view id) const {
    for (const Finding& other : verdict_.findings)
        if (other.rule->id == id) return other.rule->title;
    return std::string(id);
}

// The element's name; the subject element names the actor's own status
// ("Setiap PPPK") when the template has words for it.
std::string ReviewBuilder::element_name(const Finding& finding, std::size_t index) const {
    const ElementResult& element = finding.elements[index];
    if (static_cast<int>(index) == finding.rule->subject_element && element.status == ElementStatus::met)
        if (auto named = t_.find("analisis.subjek." + fact("actor.status"))) return *named;
    return *element.name;
}

Line ReviewBuilder::element_line(const Finding& finding, std::size_t index) const {
    const ElementResult& element = finding.elements[index];
    std::string status = t_.text(std::string("analisis.status_unsur.") + to_string(element.status));
    std::string name = element_name(finding, index);
    Line line{plain(t_.text("analisis.unsur_baris", {{"unsur", name}, {"status", status}}))};
    if (name != *element.name) return line;  // the subject named by the status says its fact
    std::vector<std::string> decided;
    for (const FactUse& use : element.facts) {
        // The verdict holds the value as JSON; the report holds it as it is.
        std::string shown = use.value == "null" ? t_.text("tidak_diketahui") : words_.values(use.path, facts(use.path));
        std::string fact_name = words_.fact_name(use.path);
        // A fact of another act than the one under test says which.
        std::string this_act = fmt::format("acts[{}]", finding.act);
        if (use.path.rfind("acts[", 0) == 0 && use.path.rfind(this_act, 0) != 0)
            fact_name = t_.text("analisis.fakta_perbuatan",
                                {{"fakta", fact_name}, {"perbuatan", act_words(std::atoi(use.path.c_str() + 5))}});
        decided.push_back(t_.text("analisis.fakta_baris", {{"fakta", fact_name}, {"nilai", shown}}));
    }
    if (!decided.empty()) line.push_back(emphasis(t_.text("analisis.fakta", {{"fakta", joined(decided, "; ")}})));
    return line;
}

// The elements of a rule that are not met, by name.
std::string ReviewBuilder::failed_elements(const Finding& finding) const {
    std::vector<std::string> failed;
    for (std::size_t i = 0; i < finding.elements.size(); ++i)
        if (finding.elements[i].status == ElementStatus::not_met) failed.push_back(element_name(finding, i));
    return joined(failed, "; ");
}

std::size_t ReviewBuilder::near_miss_count() const {
    return static_cast<std::size_t>(std::count_if(verdict_.findings.begin(), verdict_.findings.end(), near_miss));
}

// The rules tested that do not apply: one row each, naming what fails.
void ReviewBuilder::annex() {
    if (options_.brief || near_miss_count() <= 1 || verdict_.status == VerdictStatus::invalid ||
        verdict_.status == VerdictStatus::out_of_scope)
        return;
    add(block(Block::Kind::heading, t_.text("lampiran.judul")));
    add(block(Block::Kind::paragraph, t_.text("lampiran.judul_laporan", {{"nomor", register_number()}})));
    Block table;
    table.kind = Block::Kind::table;
    std::vector<Line> header;
    for (const std::string& column : t_.list("lampiran.kolom")) header.push_back(Line{plain(column)});
    table.rows.push_back(std::move(header));
    int number = 0;
    for (const Finding& finding : verdict_.findings) {
        if (!near_miss(finding)) continue;
        table.rows.push_back({Line{plain(std::to_string(++number))}, Line{plain(finding.rule->title)},
                              Line{plain(finding.act < 0 ? t_.text("lampiran.seluruh_laporan") : std::to_string(finding.act + 1))},
                              Line{plain(failed_elements(finding))}});
    }
    add(std::move(table));
}

}  // namespace netral
