// One row per report, for a spreadsheet. Rows are appended straight into the
// batch's buffer: a list cell is gathered in one scratch string per thread,
// so a row allocates nothing once the first rows have passed.
#include <algorithm>
#include <fmt/format.h>

#include "netral/render.hpp"
#include "render/csv_cell.hpp"
#include "render/status_words.hpp"

namespace netral {
namespace {

class Row {
public:
    Row(std::string& out, char separator) : out_(out), separator_(separator) {}

    void cell(std::string_view text) {
        if (!first_) out_ += separator_;
        first_ = false;
        append_csv_cell(out_, text, separator_);
    }

    // A list cell: its items separated by `|`, each once.
    class List {
    public:
        explicit List(std::string& text) : text_(text) {
            text_.clear();
            items_.clear();
        }
        void add(std::string_view item) {
            if (std::find(items_.begin(), items_.end(), item) != items_.end()) return;
            items_.push_back(item);
            if (items_.size() > 1) text_ += '|';
            text_.append(item);
        }
        // Items that are not compared (each is different).
        void add_new(std::string_view item) {
            if (!text_.empty() || !items_.empty()) text_ += '|';
            items_.push_back({});
            text_.append(item);
        }
        const std::string& text() const { return text_; }

    private:
        std::string& text_;
        std::vector<std::string_view>& items_ = seen();
        static std::vector<std::string_view>& seen() {
            thread_local std::vector<std::string_view> items;
            return items;
        }
    };
    List list() { return List(scratch()); }
    void cell(const List& list) { cell(std::string_view(list.text())); }

private:
    static std::string& scratch() {
        thread_local std::string text;
        return text;
    }
    std::string& out_;
    char separator_;
    bool first_ = true;
};

// "in.csv:3:35 E202 `pnss` is not a value of `actor.status`": where and
// what, so an invalid row in a spreadsheet says why.
std::string diagnostic_cell(const Diagnostic& d) {
    std::string where = d.location.line
                            ? fmt::format("{}:{}:{} ", d.location.file, d.location.line, d.location.column)
                            : std::string();
    return fmt::format("{}{} {}", where, d.code, d.message);
}

}  // namespace

std::string render_csv_header(const CsvOptions& options) {
    static constexpr const char* columns[] = {"id",        "actor_name",      "actor_position", "actor_agency",
                                              "status",    "level",           "rules",          "provisions",
                                              "missing",   "referrals",       "recommendations", "classification",
                                              "admissibility", "diagnostics"};
    std::string out;
    for (const char* column : columns) {
        if (!out.empty()) out += options.separator;
        out += column;
    }
    return out + "\n";
}

void append_csv_row(std::string& out, const Verdict& verdict, const CsvOptions& options) {
    bool words = options.labels == CsvLabels::id;
    Row row(out, options.separator);
    row.cell(verdict.incident);
    row.cell(verdict.actor.name);
    row.cell(verdict.actor.position);
    row.cell(verdict.actor.agency);
    row.cell(words ? status_words(verdict.status) : to_string(verdict.status));
    const LevelInfo* level = verdict.sanction ? verdict.sanction->level : nullptr;
    row.cell(level ? std::string_view(words ? level->title : level->name) : words ? no_sanction_words : "none");
    {
        Row::List rules = row.list();
        for (const Finding& finding : verdict.findings)
            if (finding.status == FindingStatus::violation) rules.add(finding.rule->id);
        row.cell(rules);
    }
    {
        Row::List provisions = row.list();
        for (const Finding& finding : verdict.findings)
            if (finding.status == FindingStatus::violation)
                for (const ProvisionInfo* provision : finding.provisions) provisions.add(provision->id);
        row.cell(provisions);
    }
    {
        Row::List missing = row.list();
        for (const MissingFact& fact : verdict.missing) missing.add_new(fact.fact);
        row.cell(missing);
    }
    {
        Row::List referrals = row.list();
        for (const ReferralResult& referral : verdict.referrals) referrals.add(referral.to);
        row.cell(referrals);
    }
    {
        Row::List recommendations = row.list();
        for (const RecommendationResult& recommendation : verdict.recommendations)
            if (!recommendation.to.empty()) recommendations.add(recommendation.to);
        row.cell(recommendations);
    }
    {
        Row::List kinds = row.list();
        for (const KindInfo* kind : verdict.classification) kinds.add_new(words ? kind->title : kind->name);
        row.cell(kinds);
    }
    row.cell(words ? admissibility_words(verdict.admissibility.outcome) : to_string(verdict.admissibility.outcome));
    {
        Row::List diagnostics = row.list();
        for (const Diagnostic& d : verdict.diagnostics) diagnostics.add_new(diagnostic_cell(d));
        row.cell(diagnostics);
    }
    out += '\n';
}

std::string render_csv_row(const Verdict& verdict, const CsvOptions& options) {
    std::string out;
    append_csv_row(out, verdict, options);
    return out;
}

char csv_output_separator(char requested, char input_separator) {
    if (requested) return requested;
    return input_separator ? input_separator : ',';
}

char csv_separator_from_name(std::string_view name) {
    if (name == ",") return ',';
    if (name == ";") return ';';
    if (name == "\\t" || name == "tab" || name == "\t") return '\t';
    return 0;
}

}  // namespace netral
