#include "batch/read_input.hpp"

#include <exception>

namespace netral {

std::size_t read_input(std::istream& input, char* to, std::size_t count, std::string& error) {
    std::streambuf* buffer = input.rdbuf();
    if (!buffer || !input.good()) return 0;
    try {
        std::streamsize got = buffer->sgetn(to, static_cast<std::streamsize>(count));
        return got > 0 ? static_cast<std::size_t>(got) : 0;
    } catch (const std::exception& problem) {
        // Called on worker threads: nothing may escape to end the program.
        error = std::string("the input could not be read to its end (") + problem.what() + ")";
        return 0;
    }
}

}  // namespace netral
