#include "output_file.hpp"

#include "cli.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

namespace netral::cli {
namespace {

namespace fs = std::filesystem;

// The file a path stands for, its symbolic links followed (a dangling one
// to where it points); empty, with `error` set, for a loop of links.
std::string follow_links(const std::string& path, std::string& error) {
    fs::path at = path;
    for (int hops = 0; hops < 40; ++hops) {
        struct stat status {};
        if (::lstat(at.c_str(), &status) != 0 || !S_ISLNK(status.st_mode)) return at.string();
        std::error_code problem;
        fs::path target = fs::read_symlink(at, problem);
        if (problem) {
            error = problem.message();
            return {};
        }
        at = target.is_absolute() ? target : at.parent_path() / target;
    }
    error = "too many levels of symbolic links";
    return {};
}

mode_t creation_mode() {
    // The mode a new file gets from open(2): 0666 less the umask, read once.
    static const mode_t mode = [] {
        mode_t mask = ::umask(0);
        ::umask(mask);
        return static_cast<mode_t>(0666 & ~mask);
    }();
    return mode;
}

}  // namespace

OutputFile::OutputFile(const std::string& path) : path_(path) {
    creation_mode();  // read the umask now, before any thread runs
    if (path.empty() || path == "-") {
        file_ = stdout;
        to_stdout_ = true;
        return;
    }
    std::string problem;
    target_ = follow_links(path, problem);
    if (target_.empty()) {
        error_ = fmt::format("cannot write {}: {}", path, problem);
        return;
    }
    struct stat status {};
    if (::stat(target_.c_str(), &status) == 0 && !S_ISREG(status.st_mode)) {
        if (S_ISDIR(status.st_mode)) {
            error_ = fmt::format("cannot write {}: it is a folder", path);
            return;
        }
        // A device, a FIFO: written to as it is.
        int descriptor = ::open(target_.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
        if (descriptor < 0 || !(file_ = ::fdopen(descriptor, "wb"))) {
            if (descriptor >= 0) ::close(descriptor);
            fail("cannot write " + path);
        }
        return;
    }
    open_replacement(target_);
}

void OutputFile::open_replacement(const std::string& target) {
    // In the target's folder, so that the rename stays on one file system;
    // mkostemps opens with O_CREAT | O_EXCL: it never follows a link.
    std::string name = target + ".XXXXXX.partial";
    int descriptor = ::mkostemps(name.data(), 8, O_CLOEXEC);
    if (descriptor < 0) {
        fail("cannot write " + name);
        return;
    }
    temporary_ = name;
    guard_ = std::make_unique<TemporaryFileGuard>(temporary_);
    struct stat status {};
    if (::stat(target.c_str(), &status) == 0) {
        ::fchmod(descriptor, status.st_mode & 07777);
        if (::geteuid() == 0 && ::fchown(descriptor, status.st_uid, status.st_gid) != 0) {
            // Keeping the owner is a courtesy: the mode is what matters.
        }
    } else {
        ::fchmod(descriptor, creation_mode());
    }
    file_ = ::fdopen(descriptor, "wb");
    if (!file_) {
        ::close(descriptor);
        fail("cannot write " + name);
    }
}

void OutputFile::fail(const std::string& what) {
    if (error_.empty()) error_ = fmt::format("{}: {}", what, std::strerror(errno));
}

OutputFile::~OutputFile() {
    if (file_ && !to_stdout_) std::fclose(file_);
    if (!temporary_.empty()) ::unlink(temporary_.c_str());
}

bool OutputFile::write(std::string_view text) {
    if (!file_) return false;
    bool written = std::fwrite(text.data(), 1, text.size(), file_) == text.size();
    // On standard output each write is passed on at once, so that a reader
    // down a pipe sees each verdict when it is ready.
    if (to_stdout_) written = std::fflush(stdout) == 0 && written;
    if (!written) fail("cannot write " + (to_stdout_ ? std::string("standard output") : path_));
    return ok();
}

bool OutputFile::commit() {
    if (!file_) return ok();
    if (to_stdout_) {
        if (std::fflush(stdout) != 0) fail("cannot write standard output");
        return ok();
    }
    bool flushed = std::fflush(file_) == 0;
    if (!flushed) fail("cannot write " + path_);
    bool closed = std::fclose(file_) == 0;
    file_ = nullptr;
    if (!closed) fail("cannot write " + path_);
    if (temporary_.empty() || !ok()) return ok();
    if (::rename(temporary_.c_str(), target_.c_str()) != 0) {
        fail("cannot write " + path_);
        return false;
    }
    temporary_.clear();  // it is the output now
    guard_.reset();
    return true;
}

bool write_output(const std::string& path, const std::string& text) {
    OutputFile output(path);
    if (output.ok()) output.write(text);
    if (output.ok()) output.commit();
    if (!output.ok()) print_message(output.error());
    return output.ok();
}

}  // namespace netral::cli
