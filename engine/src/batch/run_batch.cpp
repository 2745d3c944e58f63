// run_batch(): worker threads each take the next batch of records from the
// input (one at a time, under a read lock), read, check and render it; the
// calling thread writes the batches out in input order. No thread of its own
// reads the input: with as many workers as cores, a reader thread would take
// a core's share from the workers and hand every batch over once more. At
// most `max_in_flight` batches exist at once, which bounds memory whatever
// the input's size.
#include "netral/batch.hpp"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <system_error>
#include <thread>

#include "batch/batch_source.hpp"
#include "report/read_one.hpp"

namespace netral {
namespace {

class BatchPipeline {
public:
    BatchPipeline(const PackSet& packs, std::istream& input, const std::string& path, const BatchOptions& options,
                  const RenderRecord& render, bool keep_verdicts)
        : packs_(packs),
          path_(path),
          options_(options),
          render_(render),
          keep_verdicts_(keep_verdicts),
          format_(options.format == InputFormat::automatic ? input_format_for_path(path) : options.format),
          source_(input, format_, options.max_record_bytes) {
        threads_ = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
        threads_ = std::min(threads_, max_batch_threads);
        // Each thread has a batch in hand and up to three more waiting, but
        // past eight threads only 24 wait in all: memory then grows with
        // the threads by one batch each, not four.
        max_in_flight_ = threads_ + std::min(threads_, 8u) * 3;
    }

    BatchResult run(const WriteOutput& write, const ObserveVerdict& observe,
                    const std::function<void(const BatchProgress&)>& progress) {
        BatchResult result;
        std::vector<std::thread> workers;
        try {
            for (unsigned i = 0; i < threads_; ++i) workers.emplace_back([this] { work(); });
        } catch (const std::system_error& problem) {
            // The system would not start so many threads: go on with those
            // that started; none at all is an error of the run.
            if (workers.empty()) {
                result.error = std::string("no thread could be started to check on (") + problem.what() + ")";
                return result;
            }
        }

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
        for (std::thread& worker : workers) worker.join();
        result.error = source_.error();
        return result;
    }

private:
    void work() {
        while (std::unique_ptr<Batch> batch = take_batch()) {
            process(*batch);
            std::size_t sequence = batch->sequence;
            {
                std::lock_guard lock(mutex_);
                finished_[sequence] = std::move(batch);
            }
            batch_done_.notify_one();
        }
    }

    // The input's next batch, once there is room for one; nullptr at its end.
    std::unique_ptr<Batch> take_batch() {
        std::unique_ptr<Batch> batch;
        {
            std::unique_lock lock(mutex_);
            room_.wait(lock, [&] { return in_flight_ < max_in_flight_ || reading_done_; });
            if (reading_done_) return nullptr;
            ++in_flight_;
            batch = spare_batch();
        }
        // Reading in input order: the read lock is held until the batch has
        // its sequence number.
        std::lock_guard read_lock(read_mutex_);
        bool any = !reading_done_ && source_.next(*batch, records_per_batch());
        if (format_ == InputFormat::csv && !separator_told_ && source_.has_columns()) {
            separator_told_ = true;  // before any row is checked: this batch has not been handed out
            if (options_.csv_separator) options_.csv_separator(source_.columns().separator);
        }
        {
            std::lock_guard lock(mutex_);
            if (any) {
                batch->sequence = batches_made_++;
                if (format_ == InputFormat::csv) columns_ = source_.columns();
                return batch;
            }
            reading_done_ = true;
            spare_.push_back(std::move(batch));
            --in_flight_;
        }
        batch_done_.notify_all();  // the writer may be waiting for a batch that will not come
        room_.notify_all();        // and the other workers for room
        return nullptr;
    }

    // A batch written out earlier, whose buffers have the right size by
    // now, or a new one: memory is allocated while the first batches pass,
    // then reused. Called with mutex_ held.
    std::unique_ptr<Batch> spare_batch() {
        if (spare_.empty()) return std::make_unique<Batch>();
        std::unique_ptr<Batch> batch = std::move(spare_.back());
        spare_.pop_back();
        batch->reset();
        // A batch much larger than batches now are (a record with a huge
        // text) gives its memory back.
        if (batch->output.capacity() > 4 * batch_output_bytes) batch->output = std::string();
        return batch;
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

    void process(Batch& batch) {
        CsvColumns columns;
        if (format_ == InputFormat::csv) {
            std::lock_guard lock(mutex_);
            columns = columns_;
        }
        // Room for the output at once: growing a string of megabytes by
        // doubling copies it over and over.
        if (std::size_t per_record = output_per_record_.load(std::memory_order_relaxed))
            batch.output.reserve(batch.records.size() * per_record * 5 / 4);
        Verdict verdict;  // one for the whole batch: its memory is reused record after record
        auto one = [&](const ReportInput& input) {
            check(packs_, input, options_.check, verdict);
            if (verdict.status == VerdictStatus::invalid) ++batch.invalid;
            render_(input, verdict, batch.output);
            if (keep_verdicts_) batch.verdicts.push_back(verdict);
            ++batch.count;
        };
        auto report = std::make_shared<Report>();  // read into record after record
        for (std::size_t i = 0; i < batch.records.size(); ++i) {
            if (report.use_count() > 1) report = std::make_shared<Report>();  // still held: start afresh
            const RecordTexts& records = batch.records;
            RecordPlace place{records.first_line(i), records.first_column(i), records.last_line(i),
                              records.cut_short(i)};
            if (std::size_t bytes = records.too_large_bytes(i)) {
                one(too_large_record(bytes, options_.max_record_bytes, place, batch.first_number + i, path_));
                continue;
            }
            one(read_record_text(records.text(i), format_, columns, place, batch.first_number + i, path_, packs_.reader(),
                                 report, /*text_is_padded=*/true));
        }
        if (batch.count) output_per_record_.store(batch.output.size() / batch.count + 1, std::memory_order_relaxed);
    }

    const PackSet& packs_;  // reads each report with the first pack, checks it with the one it routes to
    const std::string& path_;
    const BatchOptions& options_;
    const RenderRecord& render_;
    bool keep_verdicts_;
    InputFormat format_;
    unsigned threads_ = 1;
    std::size_t max_in_flight_ = 4;
    static constexpr std::size_t batch_output_bytes = 256 << 10;  // what a batch's output aims at
    std::atomic<std::size_t> output_per_record_{0};              // bytes, as the last batch checked wrote

    std::mutex read_mutex_;  // taken before mutex_ when both are held
    BatchSource source_;     // guarded by read_mutex_
    bool separator_told_ = false;  // guarded by read_mutex_

    std::mutex mutex_;
    // Separate wake-ups, so that a change wakes only the threads it concerns:
    std::condition_variable batch_done_;  // a batch checked, or the end of the input (the writer)
    std::condition_variable room_;        // a batch written: room for another (the workers)
    std::map<std::size_t, std::unique_ptr<Batch>> finished_;
    std::vector<std::unique_ptr<Batch>> spare_;  // written out, for reuse
    std::size_t in_flight_ = 0;
    std::size_t batches_made_ = 0;
    bool reading_done_ = false;
    CsvColumns columns_;
};

}  // namespace

BatchResult run_batch(const PackSet& packs, std::istream& input, const std::string& path, const BatchOptions& options,
                      const RenderRecord& render, const WriteOutput& write, const ObserveVerdict& observe,
                      const std::function<void(const BatchProgress&)>& progress) {
    BatchPipeline pipeline(packs, input, path, options, render, static_cast<bool>(observe));
    return pipeline.run(write, observe, progress);
}

BatchResult run_batch(const Pack& pack, std::istream& input, const std::string& path, const BatchOptions& options,
                      const RenderRecord& render, const WriteOutput& write, const ObserveVerdict& observe,
                      const std::function<void(const BatchProgress&)>& progress) {
    // A set of one, which does not own the pack (the caller keeps it alive).
    PackSet one({std::shared_ptr<const Pack>(std::shared_ptr<const Pack>(), &pack)});
    return run_batch(one, input, path, options, render, write, observe, progress);
}

}  // namespace netral
