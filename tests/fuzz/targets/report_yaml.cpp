// The YAML report reader, whole-file (as `netral review` reads): every
// record a verdict, every verdict rendered with its invariants.
#include "../fuzz_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace netral;
    const Pack& pack = fuzz::standard_pack();
    for (const ReportInput& input : read_reports(fuzz::text_of(data, size), "in", InputFormat::yaml, pack)) {
        Verdict verdict = check(pack, input);
        fuzz::render_every_way(verdict);
    }
    return 0;
}
