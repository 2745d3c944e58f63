// Batch checking: a stream of reports in, one output record per report out,
// in input order, checked on several threads. Memory stays flat however long
// the input: only a bounded number of batches is in flight at once.
#pragma once

#include <cstddef>
#include <functional>
#include <istream>
#include <string>
#include <string_view>

#include "netral/check.hpp"
#include "netral/pack.hpp"
#include "netral/pack_set.hpp"
#include "netral/report.hpp"

namespace netral {

// More threads than this are not started: past the cores they add memory
// (a batch each), not speed.
inline constexpr unsigned max_batch_threads = 256;

struct BatchOptions {
    InputFormat format = InputFormat::jsonl;  // automatic is resolved from `path`
    unsigned threads = 0;                     // 0: one per core; at most max_batch_threads
    std::size_t batch_records = 1024;         // records handed to a thread at a time (at least)
    std::size_t max_record_bytes = default_max_record_bytes;  // a larger record is invalid (E207), not read
    CheckOptions check;                       // e.g. no element facts when the output has none
    // CSV input: called once the header row is read, with the separator the
    // input uses (',' or ';'), before any of its rows is checked; not called
    // when the input has no header. Called on the thread that reads the
    // input, under its read lock: keep it short.
    std::function<void(char separator)> csv_separator;
};

struct BatchProgress {
    std::size_t records = 0;  // written so far
    std::size_t bytes = 0;    // of input read so far
};

// Called on worker threads, in any order: append this report's output to `out`.
using RenderRecord = std::function<void(const ReportInput& input, const Verdict& verdict, std::string& out)>;
// Called on the calling thread, in input order.
using WriteOutput = std::function<void(std::string_view text)>;
using ObserveVerdict = std::function<void(const Verdict& verdict)>;  // in input order, e.g. for a summary

struct BatchResult {
    std::size_t records = 0;
    std::size_t invalid = 0;
    std::string error;  // the input could not be read at all (then records may be 0)
};

// Reads `input` through its stream buffer's sgetn(). A read that returns
// less than it asked for closes the batch being read, so that the reports
// that have arrived are checked at once: give a DescriptorInput
// (netral/descriptor_input.hpp) to read a pipe or a socket that way.
BatchResult run_batch(const PackSet& packs, std::istream& input, const std::string& path, const BatchOptions& options,
                      const RenderRecord& render, const WriteOutput& write, const ObserveVerdict& observe = {},
                      const std::function<void(const BatchProgress&)>& progress = {});
// The same with one pack.
BatchResult run_batch(const Pack& pack, std::istream& input, const std::string& path, const BatchOptions& options,
                      const RenderRecord& render, const WriteOutput& write, const ObserveVerdict& observe = {},
                      const std::function<void(const BatchProgress&)>& progress = {});

}  // namespace netral
