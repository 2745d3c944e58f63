// Where a command writes: standard output, or the file named by -o, without
// ever harming what the name already stands for.
//
//  - A regular file (or no file yet) is written to a new temporary file in
//    the same folder, created with O_EXCL (so never through a symbolic link
//    planted there), and renamed over the name only when everything was
//    written; an existing file's mode (and, as root, its owner) is kept.
//    Until then the old file stays as it was.
//  - A symbolic link is followed: what it points to is written, the link
//    stays a link.
//  - A device or a FIFO (-o /dev/null, a named pipe) is written straight
//    through, never replaced by a regular file.
#pragma once

#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

#include "temporary_files.hpp"

namespace netral::cli {

class OutputFile {
public:
    // "" or "-": standard output.
    explicit OutputFile(const std::string& path);
    ~OutputFile();  // not committed: the temporary file is removed
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;

    bool ok() const { return error_.empty(); }
    const std::string& error() const { return error_; }

    // False (with error()) when writing failed, now or earlier.
    bool write(std::string_view text);
    // Everything is written: the file takes its name. False (with error()) if not.
    bool commit();

private:
    void open_replacement(const std::string& target);
    void fail(const std::string& what);

    std::string path_;       // as given, for messages
    std::string target_;     // the file replaced, symbolic links followed
    std::string temporary_;  // empty when writing straight through
    std::unique_ptr<TemporaryFileGuard> guard_;
    std::FILE* file_ = nullptr;
    bool to_stdout_ = false;
    std::string error_;
};

}  // namespace netral::cli
