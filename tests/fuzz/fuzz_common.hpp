// What every fuzz target shares: the standard pack, loaded once; inputs as
// text; the invariants any output must keep, checked by crashing (a fuzz
// target's way of saying "found").
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdio>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "netral/batch.hpp"
#include "netral/pack.hpp"
#include "netral/render.hpp"
#include "netral/report.hpp"
#include "netral/utf8.hpp"

namespace netral::fuzz {

inline std::string_view text_of(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

// The standard pack, compiled once for the whole run.
inline const Pack& standard_pack() {
    static const std::shared_ptr<const Pack> pack = [] {
        PackLoad loaded = load_pack(embedded_standard_pack());
        if (!loaded.pack) std::abort();
        return loaded.pack;
    }();
    return *pack;
}

// The small pack of the golden tests (tests/golden/packs/mini) with one
// more file, the fuzz input: a rule pack loads in a millisecond this way,
// where the standard pack takes a hundred (too slow to fuzz).
inline PackSource mini_pack_with(const std::string& name, std::string text) {
    static const PackSource mini = [] {
        Diagnostics problems;
        auto read = read_pack_folder(NETRAL_SOURCE_DIR "/tests/golden/packs/mini", problems);
        if (!read) std::abort();
        return *read;
    }();
    PackSource source = mini;
    source.files.push_back({name, std::move(text)});
    return source;
}

// A failed invariant: crash, so that the fuzzer keeps the input.
[[noreturn]] inline void found(const char* what) {
    std::fprintf(stderr, "netral fuzz invariant broken: %s\n", what);
    std::abort();
}

// Text shown to a person holds no control character but line breaks and tabs.
inline void require_visible(std::string_view text) {
    for (char c : text) {
        auto byte = static_cast<unsigned char>(c);
        if ((byte < 0x20 && c != '\n' && c != '\t') || byte == 0x7F) found("a control character in text output");
    }
    if (text.find("\xE2\x80\xAE") != std::string_view::npos) found("a right-to-left override in text output");
    if (first_invalid_utf8(text) != std::string_view::npos) found("text output that is not UTF-8");
}

inline void require_utf8(std::string_view text) {
    if (first_invalid_utf8(text) != std::string_view::npos) found("JSON output that is not UTF-8");
}

// Every output of a verdict, with its invariants.
inline void render_every_way(const Verdict& verdict) {
    require_visible(render_text(verdict, false));
    require_visible(render_text(verdict, TextOptions{false, true}));
    require_visible(render_csv_row(verdict));
    require_visible(render_csv_row(verdict, {'\t', CsvLabels::id}));
    require_utf8(render_json(verdict));
    std::string line;
    append_json_line(line, verdict, true);
    require_utf8(line);
}

// A stream buffer that returns at most `chunk` bytes a read, like a pipe.
class ChunkedInput : public std::streambuf {
public:
    ChunkedInput(std::string_view text, std::size_t chunk) : text_(text), chunk_(chunk ? chunk : 1) {}

protected:
    int_type underflow() override {
        if (at_ >= text_.size()) return traits_type::eof();
        one_ = text_[at_++];
        setg(&one_, &one_, &one_ + 1);
        return traits_type::to_int_type(one_);
    }
    std::streamsize xsgetn(char* to, std::streamsize count) override {
        std::size_t n = 0;
        if (gptr() < egptr() && count > 0) {
            to[n++] = *gptr();
            gbump(1);
            return 1;
        }
        std::size_t take = std::min({static_cast<std::size_t>(count), chunk_, text_.size() - at_});
        for (; n < take; ++n) to[n] = text_[at_ + n];
        at_ += take;
        return static_cast<std::streamsize>(take);
    }

private:
    std::string_view text_;
    std::size_t chunk_;
    std::size_t at_ = 0;
    char one_ = 0;
};

// The verdicts of `text` read as a stream, in reads of `chunk` bytes.
inline std::vector<Verdict> stream_verdicts(const Pack& pack, std::string_view text, InputFormat format,
                                            std::size_t chunk, BatchResult* result = nullptr) {
    std::vector<Verdict> verdicts;
    ChunkedInput buffer(text, chunk);
    std::istream input(&buffer);
    BatchOptions options;
    options.format = format;
    options.threads = 1;
    BatchResult ran = run_batch(
        pack, input, "in", options, [](const ReportInput&, const Verdict&, std::string&) {}, [](std::string_view) {},
        [&](const Verdict& verdict) { verdicts.push_back(verdict); });
    if (ran.records != verdicts.size()) found("run_batch counted other records than it gave");
    if (result) *result = ran;
    return verdicts;
}

}  // namespace netral::fuzz
