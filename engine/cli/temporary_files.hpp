// Temporary output files that must not outlive an interrupted run: Ctrl-C
// or SIGTERM while `-o` is being written would otherwise leave a
// half-written FILE.*.partial of any size behind.
#pragma once

#include <string>

namespace netral::cli {

// Installs the handlers of SIGINT, SIGTERM and SIGHUP: they remove every
// registered temporary file, then end the program as the signal would have.
void remove_temporary_files_on_signal();

// A temporary file the handlers remove; unregistered when it is renamed or
// removed. At most a few exist at once (one per output being written).
class TemporaryFileGuard {
public:
    explicit TemporaryFileGuard(const std::string& path);
    ~TemporaryFileGuard();
    TemporaryFileGuard(const TemporaryFileGuard&) = delete;
    TemporaryFileGuard& operator=(const TemporaryFileGuard&) = delete;

private:
    int slot_ = -1;
};

}  // namespace netral::cli
