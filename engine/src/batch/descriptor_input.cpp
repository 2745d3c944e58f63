#include "netral/descriptor_input.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <system_error>
#include <unistd.h>

namespace netral {

DescriptorInput::DescriptorInput(int descriptor, std::size_t buffer_size)
    : descriptor_(descriptor), buffer_(buffer_size ? buffer_size : 1) {}

std::size_t DescriptorInput::read_some(char* to, std::size_t count) {
    for (;;) {
        ssize_t got = ::read(descriptor_, to, count);
        if (got >= 0) return static_cast<std::size_t>(got);
        if (errno != EINTR) throw std::system_error(errno, std::generic_category(), "read");
    }
}

DescriptorInput::int_type DescriptorInput::underflow() {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    std::size_t got = read_some(buffer_.data(), buffer_.size());
    if (got == 0) return traits_type::eof();
    setg(buffer_.data(), buffer_.data(), buffer_.data() + got);
    return traits_type::to_int_type(*gptr());
}

std::streamsize DescriptorInput::xsgetn(char* to, std::streamsize count) {
    if (count <= 0) return 0;
    // Bytes an earlier underflow() buffered come first, alone: reading on
    // could wait for input that has not been written yet.
    if (std::streamsize buffered = egptr() - gptr(); buffered > 0) {
        std::streamsize taken = std::min(buffered, count);
        std::memcpy(to, gptr(), static_cast<std::size_t>(taken));
        gbump(static_cast<int>(taken));
        return taken;
    }
    return static_cast<std::streamsize>(read_some(to, static_cast<std::size_t>(count)));
}

}  // namespace netral
