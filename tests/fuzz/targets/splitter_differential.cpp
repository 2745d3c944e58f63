// The streaming splitters against the whole-file readers: the same input
// gives the same records either way, whatever the reads' sizes. The first
// byte picks the format, the second the read size (1 to 256 bytes).
#include "../fuzz_common.hpp"

namespace {

using namespace netral;

void require_same(const Verdict& streamed, const ReportInput& input, const Verdict& whole) {
    if (streamed.incident != whole.incident) fuzz::found("a record named otherwise when streamed");
    if (streamed.status != whole.status) fuzz::found("a record with another status when streamed");
    if (streamed.diagnostics.size() != whole.diagnostics.size()) fuzz::found("other diagnostics when streamed");
    for (std::size_t i = 0; i < whole.diagnostics.size(); ++i) {
        const Diagnostic& a = streamed.diagnostics[i];
        const Diagnostic& b = whole.diagnostics[i];
        if (a.code != b.code || a.message != b.message || a.location.line != b.location.line ||
            a.location.column != b.location.column)
            fuzz::found("a diagnostic said otherwise when streamed");
    }
    (void)input;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 2) return 0;
    static const InputFormat formats[] = {InputFormat::yaml, InputFormat::json, InputFormat::jsonl, InputFormat::csv};
    InputFormat format = formats[data[0] % 4];
    std::size_t chunk = std::size_t{data[1]} + 1;
    std::string_view text = fuzz::text_of(data + 2, size - 2);
    if (unreadable_encoding(text)) return 0;  // refused whole by the command, before either reader
    const Pack& pack = fuzz::standard_pack();
    BatchResult result;
    std::vector<Verdict> streamed = fuzz::stream_verdicts(pack, text, format, chunk, &result);
    std::vector<ReportInput> inputs = read_reports(text, "in", format, pack);
    // A JSON array left open: the stream says so as an error of the input,
    // the whole-file reader as one more record.
    if (format == InputFormat::json && !result.error.empty() && !inputs.empty()) inputs.pop_back();
    if (streamed.size() != inputs.size()) fuzz::found("another number of records when streamed");
    for (std::size_t i = 0; i < inputs.size(); ++i) require_same(streamed[i], inputs[i], check(pack, inputs[i]));
    return 0;
}
