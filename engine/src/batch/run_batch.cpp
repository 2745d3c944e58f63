// run_batch(): one reader thread cuts the input into batches of records,
// worker threads read, check and render each batch, and the calling thread
// writes the batches out in input order. At most `max_in_flight` batches
// exist at once, which bounds memory whatever the input's size.
#include "netral/batch.hpp"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

#include "batch/record_splitter.hpp"
#include "report/read_one.hpp"

namespace netral {
namespace {

struct Batch {
    std::size_t sequence = 0;
    std::size_t first_number = 1;       // record number of records[0]
    std::vector<RecordText> records;    // to be read (jsonl, yaml, csv)
    std::vector<ReportInput> parsed;    // already read (a JSON array)
    std::string output;
    std::vector<Verdict> verdicts;      // kept only for an observer
    std::size_t count = 0;              // records checked
    std::size_t invalid = 0;
    std::size_t input_bytes = 0;
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
                changed_.wait(lock, [&] { return finished_.count(next) || (reading_done_ && next == batches_made_); });
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
                --in_flight_;
            }
            changed_.notify_all();
        }
        {
            std::lock_guard lock(mutex_);
            stopping_ = true;
        }
        changed_.notify_all();
        reader.join();
        for (std::thread& worker : workers) worker.join();
        result.error = read_error_;
        return result;
    }

private:
    // Hands a batch to the workers, waiting while too many are in flight.
    void submit(std::unique_ptr<Batch> batch) {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return in_flight_ < max_in_flight_ || stopping_; });
        batch->sequence = batches_made_++;
        ++in_flight_;
        todo_.push_back(std::move(batch));
        lock.unlock();
        changed_.notify_all();
    }

    void read(std::istream& input) {
        InputFormat format = options_.format == InputFormat::automatic ? input_format_for_path(path_) : options_.format;
        if (format == InputFormat::json) {
            read_whole_json(input);
        } else {
            RecordSplitter splitter(format);
            std::vector<RecordText> records;
            std::string chunk(1 << 20, '\0');
            std::size_t number = 1, bytes = 0;
            CsvColumns columns;
            auto flush = [&](bool all) {
                while (records.size() >= options_.batch_records || (all && !records.empty())) {
                    auto batch = std::make_unique<Batch>();
                    std::size_t take = std::min(records.size(), options_.batch_records);
                    batch->records.assign(std::make_move_iterator(records.begin()),
                                          std::make_move_iterator(records.begin() + static_cast<long>(take)));
                    records.erase(records.begin(), records.begin() + static_cast<long>(take));
                    batch->first_number = number;
                    batch->input_bytes = bytes;
                    bytes = 0;
                    number += take;
                    submit(std::move(batch));
                }
            };
            bool first = true;
            while (input) {
                input.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
                std::streamsize got = input.gcount();
                if (got <= 0) break;
                if (first) {
                    if (auto problem = unreadable_encoding(std::string_view(chunk.data(), static_cast<std::size_t>(got)))) {
                        std::lock_guard lock(mutex_);
                        read_error_ = *problem;
                        break;
                    }
                }
                first = false;
                bytes += static_cast<std::size_t>(got);
                splitter.feed(std::string_view(chunk.data(), static_cast<std::size_t>(got)), records);
                if (format == InputFormat::csv && columns.paths.empty() && !splitter.csv_header().empty()) {
                    columns = read_csv_header(splitter.csv_header());
                    std::lock_guard lock(mutex_);
                    columns_ = columns;
                }
                flush(false);
            }
            if (input.bad()) {
                std::lock_guard lock(mutex_);
                read_error_ = "the input could not be read to its end";
            }
            splitter.finish(records);
            if (format == InputFormat::csv && columns.paths.empty() && !splitter.csv_header().empty()) {
                std::lock_guard lock(mutex_);
                columns_ = read_csv_header(splitter.csv_header());
            }
            flush(true);
        }
        {
            std::lock_guard lock(mutex_);
            reading_done_ = true;
        }
        changed_.notify_all();
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
                changed_.wait(lock, [&] { return !todo_.empty() || stopping_ || (reading_done_ && todo_.empty()); });
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
            changed_.notify_all();
        }
    }

    void process(Batch& batch, const CsvColumns& columns, InputFormat format) {
        auto one = [&](const ReportInput& input) {
            Verdict verdict = check(pack_, input, options_.check);
            if (verdict.status == VerdictStatus::invalid) ++batch.invalid;
            render_(input, verdict, batch.output);
            if (keep_verdicts_) batch.verdicts.push_back(std::move(verdict));
            ++batch.count;
        };
        for (std::size_t i = 0; i < batch.records.size(); ++i) {
            const RecordText& record = batch.records[i];
            one(read_record_text(record.text, format, columns, record.first_line, batch.first_number + i, path_, pack_));
        }
        for (const ReportInput& input : batch.parsed) one(input);
        batch.records = {};  // the texts are no longer needed; free them before the batch waits its turn
    }

    const Pack& pack_;
    const std::string& path_;
    const BatchOptions& options_;
    const RenderRecord& render_;
    bool keep_verdicts_;
    unsigned threads_ = 1;
    std::size_t max_in_flight_ = 4;

    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<std::unique_ptr<Batch>> todo_;
    std::map<std::size_t, std::unique_ptr<Batch>> finished_;
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
