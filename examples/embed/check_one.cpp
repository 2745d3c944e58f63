// Checks one incident report with the standard pack and prints its verdict
// as JSON (docs/verdict-format.md): netral from C++, through its public headers.
//
//   check_one REPORT_FILE
#include <fstream>
#include <iostream>
#include <iterator>

#include "netral/check.hpp"
#include "netral/pack.hpp"
#include "netral/render.hpp"
#include "netral/report.hpp"

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: check_one REPORT_FILE\n";
        return 2;
    }
    std::ifstream file(argv[1], std::ios::binary);
    if (!file) {
        std::cerr << "check_one: cannot read " << argv[1] << "\n";
        return 1;
    }
    std::string text((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());

    // Load the pack once; it is immutable and may be shared by threads.
    netral::PackLoad loaded = netral::load_pack(netral::embedded_standard_pack());
    if (!loaded.pack) {
        for (const netral::Diagnostic& d : loaded.diagnostics) std::cerr << netral::format_diagnostic(d, loaded.sources);
        return 1;
    }
    std::vector<netral::ReportInput> reports = netral::read_reports(
        text, argv[1], netral::input_format_for_path(argv[1]), *loaded.pack);
    for (const netral::ReportInput& report : reports)  // a report that cannot be read is an `invalid` verdict
        std::cout << netral::render_json_pretty(netral::check(*loaded.pack, report)) << "\n";
    return reports.empty() ? 1 : 0;
}
