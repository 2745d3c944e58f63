// run_batch(): one reader thread cuts the input into batches of records,
// worker threads read, check and render each batch, and the calling thread
// writes the batches out in input order. At most `max_in_flight` batches
// exist at once, which bounds memory whatever the input's size.
#include "netral/batch.hpp"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

#include "batch/json_lines_cutter.hpp"
#include "batch/record_splitter.hpp"
#include "report/read_one.hpp"

namespace netral {
namespace {

struct Batch {
    std::size_t sequence = 0;
    std::size_t first_number = 1;       // record number of records[0]
    RecordTexts records;                // to be read (jsonl, yaml, csv)
    std::vector<ReportInput> parsed;    // already read (a JSON array)
    std::string output;
    std::vector<Verdict> verdicts;      // kept only for an observer
    std::size_t count = 0;              // records checked
    std::size_t invalid = 0;
    std::size_t input_bytes = 0;

    // Empty again, keeping the memory of its buffers for the next batch.
    void reset() {
        records.clear();
        parsed.clear();
        output.clear();
        verdicts.clear();
        count = invalid = input_bytes = 0;
    }
};

class BatchPipeline {
public:
    BatchPipeline(const Pack& pack, const std::string& path, const BatchOptions& options, const RenderRecord& render,
                  bool keep_verdicts)
        : pack_(pack), path_(path), options_(options), render_(render), keep_verdicts_(keep_verdicts) {
        threads_ = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
        max_in_flight_ = threads_ * 4;
    }

    BatchResult run(std::istream& input, const WriteOutput& write, const ObserveVerdict& observe,
                    const std::function<void(const BatchProgress&)>& progress) {
        std::vector<std::thread> workers;
        for (unsigned i = 0; i < threads_; ++i) workers.emplace_back([this] { work(); });
        std::thread reader([this, &input] { read(input); });

        BatchResult result;
        BatchProgress seen;
        for (std::size_t next = 0;; ++next) {
            std::unique_ptr<Batch> batch;
            {
                std::unique_lock lock(mutex_);
                batch_done_.wait(lock, [&] { return finished_.count(next) || (reading_done_ && next == batches_made_); });
                if (!finished_.count(next)) break;
                batch = std::move(finished_[next]);
                finished_.erase(next);
            }
            write(batch->output);
            if (observe)
                for (const Verdict& verdict : batch->verdicts) observe(verdict);
            result.records += batch->count;
            result.invalid += batch->invalid;
            seen.records = result.records;
            seen.bytes += batch->input_bytes;
            if (progress) progress(seen);
            {
                std::lock_guard lock(mutex_);
                spare_.push_back(std::move(batch));
                --in_flight_;
            }
            room_.notify_one();
        }
        {
            std::lock_guard lock(mutex_);
            stopping_ = true;
        }
        room_.notify_all();
        work_ready_.notify_all();
        reader.join();
        for (std::thread& worker : workers) worker.join();
        result.error = read_error_;
        return result;
    }

private:
    // A batch written out earlier, whose buffers have the right size by
    // now, or a new one: memory is allocated while the first batches pass,
    // then reused.
    std::unique_ptr<Batch> new_batch() {
        std::lock_guard lock(mutex_);
        if (spare_.empty()) return std::make_unique<Batch>();
        std::unique_ptr<Batch> batch = std::move(spare_.back());
        spare_.pop_back();
        batch->reset();
        // A batch much larger than batches now are (a record with a huge
        // text) gives its memory back.
        if (batch->output.capacity() > 4 * batch_output_bytes) batch->output = std::string();
        return batch;
    }

    // Hands a batch to the workers, waiting while too many are in flight.
    void submit(std::unique_ptr<Batch> batch) {
        std::unique_lock lock(mutex_);
        room_.wait(lock, [&] { return in_flight_ < max_in_flight_ || stopping_; });
        batch->sequence = batches_made_++;
        ++in_flight_;
        todo_.push_back(std::move(batch));
        lock.unlock();
        work_ready_.notify_one();
    }

    void read(std::istream& input) {
        InputFormat format = options_.format == InputFormat::automatic ? input_format_for_path(path_) : options_.format;
        if (format == InputFormat::json) {
            read_whole_json(input);
        } else if (format == InputFormat::jsonl) {
            read_json_lines(input);
        } else {
            read_records(input, format);
        }
        {
            std::lock_guard lock(mutex_);
            reading_done_ = true;
        }
        work_ready_.notify_all();
        batch_done_.notify_all();
    }

    // The fast path: each batch's lines read straight into its buffer.
    void read_json_lines(std::istream& input) {
        JsonLinesCutter cutter(input);
        std::size_t number = 1, bytes = 0;
        while (true) {
            auto batch = new_batch();
            bool any = cutter.fill(batch->records, records_per_batch());
            if (!any) break;
            batch->first_number = number;
            batch->input_bytes = cutter.bytes_read() - bytes;
            bytes = cutter.bytes_read();
            number += batch->records.size();
            submit(std::move(batch));
        }
        if (!cutter.error().empty()) {
            std::lock_guard lock(mutex_);
            read_error_ = cutter.error();
        }
    }

    // Cuts the input (YAML or CSV) into records as it arrives and hands them
    // out in batches of `batch_records`.
    void read_records(std::istream& input, InputFormat format) {
        RecordSplitter splitter(format);
        auto batch = new_batch();
        std::size_t number = 1, bytes = 0;
        bool have_columns = false;
        auto hand_out = [&] {
            batch->first_number = number;
            batch->input_bytes = bytes;
            number += batch->records.size();
            bytes = 0;
            batch->records.pad();
            submit(std::move(batch));
            batch = new_batch();
        };
        RecordSink sink = [&](std::string_view text, std::uint32_t first_line) {
            // A CSV's rows need its header, which comes before the first row.
            if (format == InputFormat::csv && !have_columns) {
                have_columns = true;
                std::lock_guard lock(mutex_);
                columns_ = read_csv_header(splitter.csv_header());
            }
            batch->records.add(text, first_line);
            if (batch->records.size() >= records_per_batch()) hand_out();
        };
        std::string chunk(1 << 20, '\0');
        bool first = true;
        while (input) {
            input.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
            std::streamsize got = input.gcount();
            if (got <= 0) break;
            std::string_view bytes_read(chunk.data(), static_cast<std::size_t>(got));
            if (first) {
                if (auto problem = unreadable_encoding(bytes_read)) {
                    std::lock_guard lock(mutex_);
                    read_error_ = *problem;
                    return;
                }
                first = false;
            }
            bytes += bytes_read.size();
            splitter.feed(bytes_read, sink);
        }
        if (input.bad()) {
            std::lock_guard lock(mutex_);
            read_error_ = "the input could not be read to its end";
        }
        splitter.finish(sink);
        if (batch->records.size() > 0) hand_out();
    }

    // A JSON array cannot be cut apart unparsed: read it whole, then share
    // its records out like any others.
    void read_whole_json(std::istream& input) {
        std::string text((std::istreambuf_iterator<char>(input)), std::istreambuf_iterator<char>());
        if (auto problem = unreadable_encoding(text)) {
            std::lock_guard lock(mutex_);
            read_error_ = *problem;
            return;
        }
        std::vector<ReportInput> all = read_reports(text, path_, InputFormat::json, pack_);
        std::size_t number = 1;
        for (std::size_t start = 0; start < all.size(); start += options_.batch_records) {
            auto batch = std::make_unique<Batch>();
            std::size_t end = std::min(all.size(), start + options_.batch_records);
            batch->parsed.assign(std::make_move_iterator(all.begin() + static_cast<long>(start)),
                                 std::make_move_iterator(all.begin() + static_cast<long>(end)));
            batch->first_number = number;
            batch->input_bytes = start == 0 ? text.size() : 0;
            number += end - start;
            submit(std::move(batch));
        }
    }

    void work() {
        while (true) {
            std::unique_ptr<Batch> batch;
            CsvColumns columns;
            InputFormat format;
            {
                std::unique_lock lock(mutex_);
                work_ready_.wait(lock, [&] { return !todo_.empty() || stopping_ || reading_done_; });
                if (todo_.empty()) {
                    if (stopping_ || reading_done_) return;
                    continue;
                }
                batch = std::move(todo_.front());
                todo_.pop_front();
                columns = columns_;
                format = options_.format == InputFormat::automatic ? input_format_for_path(path_) : options_.format;
            }
            process(*batch, columns, format);
            std::size_t sequence = batch->sequence;
            {
                std::lock_guard lock(mutex_);
                finished_[sequence] = std::move(batch);
            }
            batch_done_.notify_one();
        }
    }

    // Full explanations are ten times the bytes of compact output: a batch
    // holds fewer records when its output is large, so that the batches in
    // flight hold a bounded number of bytes, not of records.
    std::size_t records_per_batch() const {
        std::size_t per_record = output_per_record_.load(std::memory_order_relaxed);
        // Until the first batch is checked, small batches: the first ones
        // are cut before any output size is known.
        if (per_record == 0) return std::min<std::size_t>(options_.batch_records, 64);
        return std::clamp<std::size_t>(batch_output_bytes / per_record, 1, options_.batch_records);
    }

    void process(Batch& batch, const CsvColumns& columns, InputFormat format) {
        // Room for the output at once: growing a string of megabytes by
        // doubling copies it over and over.
        if (std::size_t per_record = output_per_record_.load(std::memory_order_relaxed))
            batch.output.reserve((batch.records.size() + batch.parsed.size()) * per_record * 5 / 4);
        Verdict verdict;  // one for the whole batch: its memory is reused record after record
        auto one = [&](const ReportInput& input) {
            check(pack_, input, options_.check, verdict);
            if (verdict.status == VerdictStatus::invalid) ++batch.invalid;
            render_(input, verdict, batch.output);
            if (keep_verdicts_) batch.verdicts.push_back(verdict);
            ++batch.count;
        };
        auto report = std::make_shared<Report>();  // read into record after record
        for (std::size_t i = 0; i < batch.records.size(); ++i) {
            if (report.use_count() > 1) report = std::make_shared<Report>();  // still held: start afresh
            one(read_record_text(batch.records.text(i), format, columns, batch.records.first_line(i),
                                 batch.first_number + i, path_, pack_, report, /*text_is_padded=*/true));
        }
        for (const ReportInput& input : batch.parsed) one(input);
        if (batch.count) output_per_record_.store(batch.output.size() / batch.count + 1, std::memory_order_relaxed);
    }

    const Pack& pack_;
    const std::string& path_;
    const BatchOptions& options_;
    const RenderRecord& render_;
    bool keep_verdicts_;
    unsigned threads_ = 1;
    std::size_t max_in_flight_ = 4;
    static constexpr std::size_t batch_output_bytes = 256 << 10;  // what a batch's output aims at
    std::atomic<std::size_t> output_per_record_{0};             // bytes, as the last batch checked wrote

    std::mutex mutex_;
    // Separate wake-ups, so that a change wakes only the thread it concerns:
    std::condition_variable work_ready_;  // a batch to check, or the end (workers)
    std::condition_variable batch_done_;  // a batch checked, or the end of reading (the writer)
    std::condition_variable room_;        // a batch written: room for another (the reader)
    std::deque<std::unique_ptr<Batch>> todo_;
    std::map<std::size_t, std::unique_ptr<Batch>> finished_;
    std::vector<std::unique_ptr<Batch>> spare_;  // written out, for reuse
    std::size_t in_flight_ = 0;
    std::size_t batches_made_ = 0;
    bool reading_done_ = false;
    bool stopping_ = false;
    CsvColumns columns_;
    std::string read_error_;
};

}  // namespace

BatchResult run_batch(const Pack& pack, std::istream& input, const std::string& path, const BatchOptions& options,
                      const RenderRecord& render, const WriteOutput& write, const ObserveVerdict& observe,
                      const std::function<void(const BatchProgress&)>& progress) {
    BatchPipeline pipeline(pack, path, options, render, static_cast<bool>(observe));
    return pipeline.run(input, write, observe, progress);
}

}  // namespace netral
