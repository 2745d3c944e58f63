// The DSL grammar: any text parses to a tree or to diagnostics, never a
// crash; loaded as a rule file of a small pack, it goes through the
// checks and the compiler too.
#include "../fuzz_common.hpp"
#include "netral/parse.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace netral;
    std::string text(fuzz::text_of(data, size));
    ParseResult parsed = parse_dsl(text, "fuzz.netral");
    for (const Diagnostic& d : parsed.diagnostics) fuzz::require_visible(format_diagnostic(d, {}));
    Diagnostics diagnostics;
    parse_expression(text, {"fuzz", 1, 1}, diagnostics);
    PackLoad loaded = load_pack(fuzz::mini_pack_with("fuzz.netral", text));
    for (const Diagnostic& d : loaded.diagnostics) fuzz::require_visible(format_diagnostic(d, {}));
    return 0;
}
