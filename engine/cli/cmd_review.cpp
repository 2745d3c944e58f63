// netral review: the written case review (kajian) for each report of an
// input, as one document, or as one file per report plus an index page.
#include <CLI/CLI.hpp>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <iostream>
#include <set>

#include "cli.hpp"
#include "netral/check.hpp"
#include "netral/pack_set.hpp"
#include "netral/review.hpp"

namespace netral::cli {
namespace {

struct ReviewCommand {
    std::string input;
    std::vector<std::string> rules;
    std::string format;
    std::string input_format;
    std::string output;
    std::string out_dir;
    std::string stage = "pelanggaran";
    std::string office;
    std::string date;
    bool brief = false;
    std::size_t max_record_bytes = default_max_record_bytes;
};

// --format, else the extension of -o, else Markdown.
ReviewFormat format_for(const ReviewCommand& options) {
    if (!options.format.empty()) return *review_format_from_name(options.format);
    std::string extension = std::filesystem::path(options.output).extension().string();
    if (extension == ".html" || extension == ".htm") return ReviewFormat::html;
    return ReviewFormat::markdown;
}

// One file per report in `folder`, named from its id, and index.EXT.
int write_folder(const Reviewer& reviewer, const std::vector<ReviewCase>& cases, ReviewFormat format,
                 const std::string& folder, const netral::ReviewOptions& options) {
    std::error_code error;
    std::filesystem::create_directories(folder, error);
    if (error) {
        print_message(fmt::format("cannot create {}: {}", folder, error.message()));
        return exit_failed;
    }
    const std::string extension = review_extension(format);
    std::set<std::string> taken = {"index"};  // the index page's name
    std::vector<ReviewIndexEntry> index;
    for (const ReviewCase& review : cases) {
        std::string stem = review_file_stem(review.verdict->incident);
        std::string unique = stem;
        for (int n = 2; taken.count(unique); ++n) unique = fmt::format("{}-{}", stem, n);  // two reports, one id
        taken.insert(unique);
        std::string file = unique + "." + extension;
        if (!write_output((std::filesystem::path(folder) / file).string(), reviewer.render({review}, format, options)))
            return exit_failed;
        index.push_back({file, review.verdict, review.input});
    }
    std::string index_path = (std::filesystem::path(folder) / ("index." + extension)).string();
    if (!write_output(index_path, reviewer.render_index(index, format, options))) return exit_failed;
    print_message(fmt::format("{} review{} and {} written", cases.size(), cases.size() == 1 ? "" : "s", index_path));
    return exit_ok;
}

int run_review(const ReviewCommand& options) {
    if (!options.output.empty() && !options.out_dir.empty()) {
        print_message("give either -o FILE (one document) or --out-dir DIR (one file per report), not both");
        return exit_usage;
    }
    netral::ReviewOptions review_options;
    review_options.stage = *review_stage_from_name(options.stage);
    review_options.brief = options.brief;
    if (!options.date.empty()) {
        review_options.signed_on = parse_iso_date(options.date);
        if (!review_options.signed_on) {
            print_message(fmt::format("--date must be a date like 2024-10-20, found `{}`", options.date));
            return exit_usage;
        }
    }
    std::optional<Office> office;
    if (!options.office.empty()) {
        std::optional<std::string> text = read_input(options.office);  // says why when it cannot
        if (!text) return exit_failed;
        Diagnostics problems;
        office = read_office(*text, options.office, problems);
        SourceFiles sources;
        sources.add(options.office, *text);
        for (const Diagnostic& d : problems) fmt::print(stderr, "{}", format_diagnostic(d, sources));
        if (!office) return exit_failed;
        review_options.office = &*office;
    }
    std::shared_ptr<const PackSet> packs = load_packs_or_report(options.rules, true);
    if (!packs) return exit_failed;
    Diagnostics problems;
    std::shared_ptr<const Reviewer> reviewer = Reviewer::for_packs(*packs, problems);
    for (const Diagnostic& d : problems) fmt::print(stderr, "{}", format_diagnostic(d, {}));
    if (!reviewer) return exit_failed;

    std::optional<std::string> text = read_input(options.input);
    if (!text) return exit_failed;
    std::string path = options.input == "-" ? "<stdin>" : options.input;
    InputFormat input_format = !options.input_format.empty() ? *input_format_from_name(options.input_format)
                               : options.input == "-"        ? InputFormat::yaml
                                                             : input_format_for_path(options.input);
    std::vector<ReportInput> inputs = read_reports(*text, path, input_format, packs->reader(), options.max_record_bytes);
    if (inputs.empty()) {
        print_message(fmt::format("{} holds no report", path));
        return exit_failed;
    }
    std::vector<Verdict> verdicts;
    verdicts.reserve(inputs.size());
    for (const ReportInput& input : inputs) verdicts.push_back(check(*packs, input));
    std::vector<ReviewCase> cases;
    for (std::size_t i = 0; i < inputs.size(); ++i) cases.push_back({&inputs[i], &verdicts[i]});

    ReviewFormat format = format_for(options);
    if (!options.out_dir.empty()) return write_folder(*reviewer, cases, format, options.out_dir, review_options);
    return write_output(options.output, reviewer->render(cases, format, review_options)) ? exit_ok : exit_failed;
}

}  // namespace

void add_review_command(CLI::App& app) {
    auto options = std::make_shared<ReviewCommand>();
    CLI::App* command = app.add_subcommand(
        "review", "Write the case review (kajian awal or kajian dugaan pelanggaran) of each report, in Markdown or HTML");
    command->add_option("INPUT", options->input,
                        "A report file (YAML, JSON, JSON Lines or CSV, as for `check`); `-` reads standard input "
                        "(YAML unless --input-format says otherwise)")
        ->required();
    add_routed_rules_option(*command, options->rules);
    command->add_option("--format,-f", options->format, "md (Markdown) or html (default: from -o's extension, else md)")
        ->check(CLI::IsMember({"md", "markdown", "html"}));
    command->add_option("--input-format", options->input_format, "Input format, when the file extension does not say it")
        ->check(CLI::IsMember({"yaml", "json", "jsonl", "csv"}));
    command->add_option("--output,-o", options->output,
                        "Write the review(s) to this file, as one document with a page break between reports "
                        "(default: standard output)");
    command->add_option("--out-dir", options->out_dir,
                        "Write one file per report, named from its id, and an index page linking them");
    command->add_option("--stage", options->stage,
                        "awal: the kajian awal (can the report be registered?); pelanggaran: the kajian dugaan "
                        "pelanggaran (default)")
        ->check(CLI::IsMember({"awal", "pelanggaran"}));
    command->add_option("--office", options->office,
                        "An office file (YAML: name, address, place, signatories, register_prefix) for the letterhead "
                        "and signatures; without it the document has blank lines to fill in (see samples/kantor/bawaslu-solok-selatan.yaml)");
    command->add_option("--date", options->date, "The date above the signatures (YYYY-MM-DD; default: a blank to fill in)");
    command->add_flag("--brief", options->brief,
                      "Leave out the annex listing the provisions tested that do not apply (the count stays)");
    add_max_record_size_option(*command, options->max_record_bytes);
    command->footer(
        "Examples:\n"
        "  netral review samples/camat-kampanye-mobil-dinas.yaml\n"
        "  netral review samples/camat-kampanye-mobil-dinas.yaml --office samples/kantor/bawaslu-solok-selatan.yaml -o kajian.html\n"
        "  netral review samples/laporan-belum-lengkap.yaml --stage awal\n"
        "  chromium --headless --no-pdf-header-footer --print-to-pdf=kajian.pdf kajian.html\n"
        "  netral review samples/laporan-musim-pilkada.jsonl --format html --out-dir kajian/\n"
        "  pandoc kajian.md -o kajian.docx");
    command->callback([options] { exit_status() = run_review(*options); });
}

}  // namespace netral::cli
