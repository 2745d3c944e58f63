// The review writers: any report (YAML when the first byte is even, JSON
// Lines when odd) gives Markdown and HTML without a control character.
#include "../fuzz_common.hpp"
#include "netral/review.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace netral;
    if (size == 0) return 0;
    const Pack& pack = fuzz::standard_pack();
    static const std::shared_ptr<const Reviewer> reviewer = [&] {
        Diagnostics problems;
        auto made = Reviewer::for_pack(pack, problems);
        if (!made) std::abort();
        return made;
    }();
    InputFormat format = data[0] % 2 ? InputFormat::jsonl : InputFormat::yaml;
    std::vector<ReportInput> inputs = read_reports(fuzz::text_of(data + 1, size - 1), "in", format, pack);
    std::vector<Verdict> verdicts;
    verdicts.reserve(inputs.size());
    std::vector<ReviewCase> cases;
    std::vector<ReviewIndexEntry> index;
    for (const ReportInput& input : inputs) verdicts.push_back(check(pack, input));
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        cases.push_back({&inputs[i], &verdicts[i]});
        index.push_back({review_file_stem(verdicts[i].incident) + ".html", &verdicts[i]});
        std::string stem = review_file_stem(verdicts[i].incident);
        if (stem.find('/') != std::string::npos || stem.front() == '.') fuzz::found("a review file name that leaves its folder");
    }
    for (ReviewFormat format : {ReviewFormat::markdown, ReviewFormat::html}) {
        fuzz::require_visible(reviewer->render(cases, format));
        fuzz::require_visible(reviewer->render_index(index, format));
    }
    return 0;
}
