// How long loading the standard packs takes, in-process and repeated so that
// the figure is steady: one by one (load_pack), together (load_packs, which
// parses the shared folder once), and together without reading the examples
// (as check, review and serve load them). Prints the median of each in ms.
//
//   build/netral_bench_load [RUNS]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "netral/pack.hpp"

namespace {

template <class Work>
double median_ms(int runs, Work work) {
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        auto start = std::chrono::steady_clock::now();
        work();
        times.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
    int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 30;
    std::vector<netral::PackSource> sources = netral::embedded_standard_packs();
    bool ok = true;
    double one = median_ms(runs, [&] {
        for (const netral::PackSource& source : sources) ok = ok && netral::load_pack(source).pack != nullptr;
    });
    double together = median_ms(runs, [&] {
        for (const netral::PackLoad& load : netral::load_packs(sources)) ok = ok && load.pack != nullptr;
    });
    netral::LoadOptions for_checking;
    for_checking.check_examples = false;
    double checking = median_ms(runs, [&] {
        for (const netral::PackLoad& load : netral::load_packs(sources, for_checking)) ok = ok && load.pack != nullptr;
    });
    double first = median_ms(runs, [&] { ok = ok && netral::load_pack(sources.front()).pack != nullptr; });
    if (!ok) {
        std::fprintf(stderr, "a standard pack did not load\n");
        return 1;
    }
    std::printf("%zu packs one by one: %.1f ms\n%zu packs together: %.1f ms\n"
                "%zu packs together, examples not read: %.1f ms\nthe first pack alone: %.1f ms\n",
                sources.size(), one, sources.size(), together, sources.size(), checking, first);
    return 0;
}
