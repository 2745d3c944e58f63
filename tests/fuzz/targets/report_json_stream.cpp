// A JSON array (or values one after another) as a stream, in reads of 1 to
// 256 bytes (the first byte picks the size).
#include "../fuzz_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace netral;
    if (size == 0) return 0;
    std::string_view text = fuzz::text_of(data + 1, size - 1);
    if (unreadable_encoding(text)) return 0;
    for (const Verdict& verdict :
         fuzz::stream_verdicts(fuzz::standard_pack(), text, InputFormat::json, std::size_t{data[0]} + 1))
        fuzz::render_every_way(verdict);
    return 0;
}
