// netral check: verdicts for the reports in one or more inputs, streamed and
// checked on every core, written in input order.
#include <CLI/CLI.hpp>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fmt/format.h>
#include <fcntl.h>
#include <unistd.h>

#include "cli.hpp"
#include "netral/batch.hpp"
#include "netral/descriptor_input.hpp"
#include "netral/render.hpp"
#include "netral/review.hpp"
#include "netral/summary.hpp"
#include "output_file.hpp"
#include "progress.hpp"

namespace netral::cli {
namespace {

struct CheckOptions {
    std::vector<std::string> inputs;
    std::vector<std::string> rules;
    std::string format = "text";
    std::string input_format;
    std::string output;
    unsigned threads = 0;
    std::size_t max_record_bytes = default_max_record_bytes;
    bool compact = false;
    bool explain = false;
    std::string csv_separator;  // "" = the input's (CSV), else ','
    std::string labels;         // "" = code
    bool summary = false;
    bool quiet = false;
};

// The CSV output's separator: --csv-separator, else that of the first input
// when it is CSV (told by run_batch once its header is read, before any row
// is rendered), else ','. Decided once, for every input: one output file has
// one separator.
class CsvSeparator {
public:
    explicit CsvSeparator(char requested) : requested_(requested), separator_(requested) {}
    // The first input's separator; ignored once decided.
    void offer(char input_separator) {
        char undecided = 0;
        separator_.compare_exchange_strong(undecided, csv_output_separator(requested_, input_separator));
    }
    // No CSV input decides it.
    void settle() { offer(0); }
    char get() const { return separator_.load(std::memory_order_relaxed); }

private:
    char requested_;
    std::atomic<char> separator_;
};

// Where the verdicts go: an OutputFile (output_file.hpp), or nowhere.
class Output {
public:
    // `discard`: the verdicts are not wanted (--summary without -o).
    Output(const std::string& path, bool discard) {
        if (!discard) file_ = std::make_unique<OutputFile>(path);
    }
    bool ok() const { return !file_ || file_->ok(); }
    const std::string& error() const { return file_->error(); }
    // Called once per batch.
    void write(std::string_view text) {
        if (file_) file_->write(text);
    }
    // Makes the file appear under its name; false (with error()) on failure.
    bool commit() { return !file_ || file_->commit(); }

private:
    std::unique_ptr<OutputFile> file_;
};

// How each verdict becomes output text, per --format.
RenderRecord renderer_for(const CheckOptions& options, const PackSet& packs, bool color,
                          const std::shared_ptr<CsvSeparator>& separator) {
    if (options.format == "jsonl") {
        // One renderer per pack: each encodes what its verdicts share with it.
        auto lines = std::make_shared<std::vector<std::pair<const Pack*, JsonLineRenderer>>>();
        for (const auto& pack : packs.packs()) lines->emplace_back(pack.get(), JsonLineRenderer(*pack, options.compact));
        return [lines](const ReportInput&, const Verdict& v, std::string& out) {
            for (const auto& [pack, renderer] : *lines)
                if (pack == v.pack) return renderer.append(out, v);
            lines->front().second.append(out, v);  // an invalid verdict: read by the first pack
        };
    }
    if (options.format == "json")  // elements of an array; the brackets are written around them
        return [](const ReportInput&, const Verdict& v, std::string& out) { out += ",\n" + render_json_pretty(v); };
    if (options.format == "csv") {
        CsvLabels labels = options.labels == "id" ? CsvLabels::id : CsvLabels::code;
        return [separator, labels](const ReportInput&, const Verdict& v, std::string& out) {
            append_csv_row(out, v, {separator->get(), labels});
        };
    }
    // Referrals name their recipient as the kajian does.
    Diagnostics wording_problems;
    auto recipients = std::make_shared<RecipientNames>(referral_recipient_names(packs, wording_problems));
    for (const Diagnostic& d : wording_problems) fmt::print(stderr, "{}", format_diagnostic(d, {}));
    TextOptions text{color, options.explain, recipients.get()};
    return [text, recipients](const ReportInput&, const Verdict& v, std::string& out) {
        out += "\n" + std::string(72, '-') + "\n\n" + render_text(v, text);
    };
}

// The first record's separator (",\n" for JSON, a rule line for text) is
// dropped, so separators stand only between records. CSV's header row comes
// with the first rows, once their separator is known (or at the end).
class Framing {
public:
    Framing(const std::string& format, Output& output, std::function<std::string()> csv_header)
        : format_(format), output_(output), csv_header_(std::move(csv_header)) {}
    void begin() {
        if (format_ == "json") output_.write("[");
    }
    void write(std::string_view text) {
        if (!text.empty()) header();
        if (first_ && !text.empty()) {
            first_ = false;
            std::size_t skip = format_ == "json" ? 1 : format_ == "text" ? 1 + 72 + 2 : 0;  // keep json's "\n"
            text.remove_prefix(std::min(skip, text.size()));
        }
        output_.write(text);
    }
    void end() {
        header();
        if (format_ == "json") output_.write(first_ ? "]\n" : "\n]\n");
    }

private:
    void header() {
        if (format_ != "csv" || header_written_) return;
        header_written_ = true;
        output_.write(csv_header_());
    }

    std::string format_;
    Output& output_;
    std::function<std::string()> csv_header_;
    bool first_ = true;
    bool header_written_ = false;
};

// An input's file descriptor: standard input for `-`, else the file opened
// for reading and closed again at the end of the scope.
class InputDescriptor {
public:
    explicit InputDescriptor(const std::string& path)
        : descriptor_(path == "-" ? STDIN_FILENO : ::open(path.c_str(), O_RDONLY | O_CLOEXEC)), owned_(path != "-") {}
    ~InputDescriptor() {
        if (owned_ && descriptor_ >= 0) ::close(descriptor_);
    }
    InputDescriptor(const InputDescriptor&) = delete;
    InputDescriptor& operator=(const InputDescriptor&) = delete;
    int get() const { return descriptor_; }

private:
    int descriptor_;
    bool owned_;
};

std::size_t file_size(const std::string& path) {
    std::error_code error;
    auto size = std::filesystem::file_size(path, error);
    return error ? 0 : static_cast<std::size_t>(size);
}

int run_check(const CheckOptions& options) {
    auto only_for = [&](bool given, const char* option, const char* format) {
        if (!given || options.format == format) return true;
        print_message(fmt::format("{} applies to --format {} only", option, format));
        return false;
    };
    if (!only_for(options.explain, "--explain", "text") ||
        !only_for(!options.csv_separator.empty(), "--csv-separator", "csv") ||
        !only_for(!options.labels.empty(), "--labels", "csv"))
        return exit_usage;
    std::shared_ptr<const PackSet> packs = load_packs_or_report(options.rules, true, /*writes_reviews=*/false);
    if (!packs) return exit_failed;
    Output output(options.output, options.summary && options.output.empty());
    if (!output.ok()) {
        print_message(output.error());
        return exit_failed;
    }
    bool color = options.output.empty() && isatty(STDOUT_FILENO) && !std::getenv("NO_COLOR");
    auto separator = std::make_shared<CsvSeparator>(csv_separator_from_name(options.csv_separator));
    CsvOptions csv{0, options.labels == "id" ? CsvLabels::id : CsvLabels::code};
    Framing framing(options.format, output, [&] {
        separator->settle();
        csv.separator = separator->get();
        return render_csv_header(csv);
    });
    RenderRecord render = renderer_for(options, *packs, color, separator);
    Summary summary;
    ObserveVerdict observe;
    if (options.summary) observe = [&summary](const Verdict& verdict) { summary.add(summary_record(verdict)); };

    std::size_t total_bytes = 0;
    for (const std::string& path : options.inputs) total_bytes += path == "-" ? 0 : file_size(path);
    if (std::find(options.inputs.begin(), options.inputs.end(), "-") != options.inputs.end()) total_bytes = 0;
    ProgressBar progress(!options.quiet && isatty(STDERR_FILENO), total_bytes);
    std::size_t bytes_done = 0;

    int status = exit_ok;
    framing.begin();
    for (std::size_t path_index = 0; path_index < options.inputs.size(); ++path_index) {
        const std::string& path = options.inputs[path_index];
        if (path != "-") {
            std::error_code ignored;
            if (std::filesystem::is_directory(path, ignored)) {
                print_message(fmt::format("{} is a folder; give the report files in it (e.g. {}/*.jsonl)", path, path));
                status = exit_failed;
                continue;
            }
        }
        // Read through a DescriptorInput: from a pipe (standard input, a
        // FIFO, <(...)) the reports that have arrived are checked and written
        // while the rest is still coming.
        InputDescriptor descriptor(path);
        if (descriptor.get() < 0) {
            print_message(fmt::format("cannot read {}: {}", path, std::strerror(errno)));
            status = exit_failed;
            continue;
        }
        DescriptorInput buffer(descriptor.get());
        std::istream in(&buffer);
        BatchOptions batch;
        batch.threads = options.threads;
        batch.max_record_bytes = options.max_record_bytes;
        // Only text, JSON and full JSON Lines show which facts decided an element.
        batch.check.element_detail = options.format == "text" || options.format == "json" ||
                                    (options.format == "jsonl" && !options.compact);
        batch.check.handling_detail = batch.check.element_detail;  // shown by the same outputs
        batch.format = !options.input_format.empty() ? *input_format_from_name(options.input_format)
                       : path == "-"                 ? InputFormat::jsonl
                                                     : input_format_for_path(path);
        // CSV output follows the separator of the first input when it is CSV.
        if (path_index > 0 || batch.format != InputFormat::csv) separator->settle();
        batch.csv_separator = [&separator](char input_separator) { separator->offer(input_separator); };
        BatchResult result = run_batch(
            *packs, in, path == "-" ? "<stdin>" : path, batch, render,
            [&](std::string_view text) { framing.write(text); }, observe,
            [&](const BatchProgress& p) { progress.update({p.records, bytes_done + p.bytes}); });
        bytes_done += path == "-" ? 0 : file_size(path);
        if (!result.error.empty()) {
            print_message(fmt::format("{}: {}", path, result.error));
            status = exit_failed;
        }
    }
    framing.end();
    progress.finish();
    if (!output.commit()) {
        print_message(output.error());
        return exit_failed;
    }
    if (options.summary) {
        std::string text = options.format == "json" || options.format == "jsonl" ? summary.json()
                           : options.format == "csv"                             ? summary.csv()
                                                                                 : summary.table();
        std::fwrite(text.data(), 1, text.size(), stdout);
    }
    return status;
}

}  // namespace

void add_check_command(CLI::App& app) {
    auto options = std::make_shared<CheckOptions>();
    CLI::App* command = app.add_subcommand("check", "Check incident reports and print a verdict for each");
    command->add_option("INPUT", options->inputs,
                        "Report files: YAML (one or more documents), JSON (an object or an array), JSON Lines, CSV "
                        "(a header row of dotted fact paths); `-` reads standard input (JSON Lines unless "
                        "--input-format says otherwise)")
        ->required();
    add_routed_rules_option(*command, options->rules);
    command->add_option("--format,-f", options->format,
                        "Output: text (for a person), json, jsonl (verdict-format v1), csv (one row per report)")
        ->check(CLI::IsMember({"text", "json", "jsonl", "csv"}))
        ->capture_default_str();
    command->add_option("--input-format", options->input_format, "Input format, when the file extension does not say it")
        ->check(CLI::IsMember({"yaml", "json", "jsonl", "csv"}));
    command->add_option("--output,-o", options->output,
                        "Write the verdicts to this file; it appears only when complete (written to a temporary "
                        "FILE.*.partial, then renamed); a device or FIFO is written to directly");
    command->add_option("-j,--jobs", options->threads, "Threads to check on, at most 256 (default: one per core)")
        ->check(CLI::Range(0u, max_batch_threads));
    add_max_record_size_option(*command, options->max_record_bytes);
    command->add_flag("--compact", options->compact, "jsonl without provision texts, element detail and not_violation findings");
    command->add_flag("--explain", options->explain,
                      "Text format only: add the whole analysis after the verdict: every rule tested with its "
                      "provisions' texts, its elements and the facts they read, and each requirement of the report "
                      "(by default the rules that do not apply are only counted)");
    command->add_option("--csv-separator", options->csv_separator,
                        "CSV format only: the separator of the output, `,` `;` `\\t` or `tab` (default: the "
                        "separator of the first input when it is CSV, else `,`)")
        ->check(CLI::Validator(
            [](std::string& value) {
                return csv_separator_from_name(value) ? std::string() : "give , ; \\t or tab";
            },
            "SEP"));
    command->add_option("--labels", options->labels,
                        "CSV format only: `code` (default) writes status, level, admissibility and classification "
                        "as the verdict format's codes (violation, berat, incomplete, lainnya); `id` as Indonesian "
                        "words (pelanggaran, Hukuman disiplin berat, belum lengkap, the pack's titles of the kinds)")
        ->check(CLI::IsMember({"code", "id"}));
    command->add_flag("--summary", options->summary,
                      "Print counts by status, level, rule, provision, region, election and month (as a table, or "
                      "JSON/CSV with --format); the verdicts go to -o FILE if given, else nowhere");
    command->add_flag("--quiet,-q", options->quiet, "No progress line on standard error");
    command->footer(
        "Examples:\n"
        "  netral check samples/camat-kampanye-mobil-dinas.yaml\n"
        "  netral check --explain samples/camat-kampanye-mobil-dinas.yaml\n"
        "  netral check --format jsonl reports.jsonl -o verdicts.jsonl\n"
        "  netral check --format csv --labels id rekap.csv -o hasil.csv\n"
        "  netral gen --count 100000 | netral check - --summary");
    command->callback([options] { exit_status() = run_check(*options); });
}

}  // namespace netral::cli
