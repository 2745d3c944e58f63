#include "temporary_files.hpp"

#include <array>
#include <atomic>
#include <csignal>
#include <cstring>
#include <limits.h>
#include <unistd.h>

namespace netral::cli {
namespace {

// A signal handler may only use what is async-signal-safe: fixed slots
// (no allocation), lock-free atomics, unlink(2), signal(2) and raise(3).
struct Slot {
    std::atomic<bool> taken{false};  // by a guard
    std::atomic<bool> ready{false};  // `path` is complete: the handler may remove it
    char path[PATH_MAX] = {};
};
std::array<Slot, 8> slots;
static_assert(std::atomic<bool>::is_always_lock_free);

extern "C" void remove_and_end(int signal_number) {
    for (Slot& slot : slots)
        if (slot.ready.load()) ::unlink(slot.path);
    std::signal(signal_number, SIG_DFL);
    std::raise(signal_number);
}

}  // namespace

void remove_temporary_files_on_signal() {
    for (int signal_number : {SIGINT, SIGTERM, SIGHUP}) {
        struct sigaction action {};
        action.sa_handler = remove_and_end;
        sigemptyset(&action.sa_mask);
        sigaction(signal_number, &action, nullptr);
    }
}

TemporaryFileGuard::TemporaryFileGuard(const std::string& path) {
    if (path.size() >= PATH_MAX) return;
    for (int i = 0; i < static_cast<int>(slots.size()); ++i) {
        bool expected = false;
        if (!slots[i].taken.compare_exchange_strong(expected, true)) continue;
        std::memcpy(slots[i].path, path.c_str(), path.size() + 1);
        slots[i].ready.store(true);
        slot_ = i;
        return;
    }
}

TemporaryFileGuard::~TemporaryFileGuard() {
    if (slot_ < 0) return;
    slots[static_cast<std::size_t>(slot_)].ready.store(false);
    slots[static_cast<std::size_t>(slot_)].taken.store(false);
}

}  // namespace netral::cli
