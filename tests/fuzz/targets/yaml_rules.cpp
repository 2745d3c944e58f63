// The YAML rule reader: any text gives a tree or diagnostics; loaded into a
// small pack, the checks and the compiler see it too.
#include "../fuzz_common.hpp"
#include "netral/parse.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace netral;
    std::string text(fuzz::text_of(data, size));
    ParseResult parsed = parse_rule_yaml(text, "fuzz.yaml");
    for (const Diagnostic& d : parsed.diagnostics) fuzz::require_visible(format_diagnostic(d, {}));
    PackLoad loaded = load_pack(fuzz::mini_pack_with("fuzz.yaml", text));
    for (const Diagnostic& d : loaded.diagnostics) fuzz::require_visible(format_diagnostic(d, {}));
    return 0;
}
