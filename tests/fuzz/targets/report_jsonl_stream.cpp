// JSON Lines as a stream, in reads of 1 to 256 bytes (the first byte picks
// the size): one verdict for each line that is not blank.
#include <algorithm>

#include "../fuzz_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace netral;
    if (size == 0) return 0;
    std::size_t chunk = std::size_t{data[0]} + 1;
    std::string_view text = fuzz::text_of(data + 1, size - 1);
    if (unreadable_encoding(text)) return 0;
    netral::BatchResult result;
    std::vector<Verdict> verdicts = fuzz::stream_verdicts(fuzz::standard_pack(), text, InputFormat::jsonl, chunk, &result);
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    std::size_t lines = 0;
    for (std::size_t start = 0; start < text.size();) {
        std::size_t end = std::min(text.find('\n', start), text.size());
        if (text.substr(start, end - start).find_first_not_of(" \t\r\n") != std::string_view::npos) ++lines;
        start = end + 1;
    }
    if (verdicts.size() != lines) fuzz::found("not one verdict per JSON line");
    for (const Verdict& verdict : verdicts) fuzz::render_every_way(verdict);
    return 0;
}
