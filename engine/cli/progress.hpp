// A progress line on standard error while a batch runs: records done, rate,
// elapsed and, when the input's size is known, the time left.
#pragma once

#include <chrono>
#include <cstddef>

#include "netral/batch.hpp"

namespace netral::cli {

class ProgressBar {
public:
    // `total_bytes` 0: unknown (standard input). Draws only when `enabled`.
    ProgressBar(bool enabled, std::size_t total_bytes);
    void update(const BatchProgress& progress);
    void finish();

private:
    void draw(const BatchProgress& progress, bool final);

    bool enabled_;
    std::size_t total_bytes_;
    std::size_t bytes_before_ = 0;  // of earlier inputs
    std::chrono::steady_clock::time_point start_;
    std::chrono::steady_clock::time_point last_draw_;
    BatchProgress last_{};
    bool drawn_ = false;
};

}  // namespace netral::cli
