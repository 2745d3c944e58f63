#include "progress.hpp"

#include <cstdio>
#include <fmt/format.h>

namespace netral::cli {
namespace {
std::string clock_text(double seconds) {
    auto total = static_cast<long>(seconds + 0.5);
    return fmt::format("{:d}:{:02d}:{:02d}", total / 3600, (total / 60) % 60, total % 60);
}
}  // namespace

ProgressBar::ProgressBar(bool enabled, std::size_t total_bytes)
    : enabled_(enabled), total_bytes_(total_bytes), start_(std::chrono::steady_clock::now()), last_draw_(start_) {}

void ProgressBar::update(const BatchProgress& progress) {
    last_ = progress;
    if (!enabled_) return;
    auto now = std::chrono::steady_clock::now();
    if (now - last_draw_ < std::chrono::milliseconds(200)) return;  // redraw 5 times a second at most
    last_draw_ = now;
    draw(progress, false);
}

void ProgressBar::finish() {
    if (enabled_ && drawn_) {
        draw(last_, true);
        std::fputc('\n', stderr);
    }
}

void ProgressBar::draw(const BatchProgress& progress, bool final) {
    double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    double rate = elapsed > 0 ? static_cast<double>(progress.records) / elapsed : 0;
    std::string line = fmt::format("{} reports  {:.0f}/s  {} elapsed", progress.records, rate, clock_text(elapsed));
    if (total_bytes_ > 0 && progress.bytes > 0) {
        double fraction = std::min(1.0, static_cast<double>(progress.bytes) / static_cast<double>(total_bytes_));
        constexpr int width = 24;
        int filled = static_cast<int>(fraction * width);
        line = fmt::format("[{}{}] {:3.0f}%  ", std::string(static_cast<std::size_t>(filled), '#'),
                           std::string(static_cast<std::size_t>(width - filled), '.'), fraction * 100) + line;
        if (!final && fraction > 0) line += fmt::format("  {} left", clock_text(elapsed / fraction - elapsed));
    }
    fmt::print(stderr, "\r{}\x1b[K", line);
    std::fflush(stderr);
    drawn_ = true;
}

}  // namespace netral::cli
