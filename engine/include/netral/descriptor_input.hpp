// A stream buffer over a file descriptor (standard input, a pipe, a socket)
// whose bulk reads return what the descriptor has now rather than wait until
// the caller's buffer is full. Given to run_batch() through a std::istream,
// it lets the reports that have arrived be checked and written while the
// rest of a slow input is still coming: `tail -f reports.jsonl | netral
// check -` answers each report as it comes, not once 64 KiB have gathered.
#pragma once

#include <cstddef>
#include <streambuf>
#include <vector>

namespace netral {

class DescriptorInput : public std::streambuf {
public:
    // Does not take ownership of `descriptor`.
    explicit DescriptorInput(int descriptor, std::size_t buffer_size = 64 * 1024);

protected:
    int_type underflow() override;
    // One read(2) at most: what is buffered, else what the descriptor has
    // (waiting only while it has nothing); 0 at the end of the input.
    std::streamsize xsgetn(char* to, std::streamsize count) override;

private:
    // Throws std::system_error when the descriptor cannot be read.
    std::size_t read_some(char* to, std::size_t count);

    int descriptor_;
    std::vector<char> buffer_;
};

}  // namespace netral
