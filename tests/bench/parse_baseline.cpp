// The benchmark's baseline: read the same JSON Lines with the same JSON
// parser (simdjson) and touch the same fields netral reads, but apply no
// rules and write nothing. netral's throughput is reported as a ratio to this.
#include <cstdio>
#include <iostream>
#include <simdjson.h>
#include <string>

int main() {
    simdjson::dom::parser parser;
    std::string line, padded;
    std::size_t records = 0, touched = 0;
    std::ios::sync_with_stdio(false);
    while (std::getline(std::cin, line)) {
        padded.assign(line);
        padded.resize(line.size() + simdjson::SIMDJSON_PADDING);
        simdjson::dom::element report;
        if (parser.parse(padded.data(), line.size(), false).get(report)) continue;
        ++records;
        // Every field of every object, as the reader visits them.
        auto visit = [&](auto&& self, simdjson::dom::element element) -> void {
            switch (element.type()) {
                case simdjson::dom::element_type::OBJECT:
                    for (auto field : simdjson::dom::object(element)) {
                        touched += field.key.size();
                        self(self, field.value);
                    }
                    break;
                case simdjson::dom::element_type::ARRAY:
                    for (simdjson::dom::element item : simdjson::dom::array(element)) self(self, item);
                    break;
                case simdjson::dom::element_type::STRING: touched += std::string_view(element).size(); break;
                default: ++touched;
            }
        };
        visit(visit, report);
    }
    std::fprintf(stderr, "baseline: %zu records, %zu units touched\n", records, touched);
    return records == 0;
}
