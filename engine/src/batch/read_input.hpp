// One bulk read from an input stream's buffer, as the batch readers make
// them: a file gives what was asked until its end; a DescriptorInput over a
// pipe gives what has arrived, so that a short read means "nothing more for
// now" and the reports read so far can be checked without waiting.
#pragma once

#include <cstddef>
#include <istream>
#include <string>

namespace netral {

// The number of bytes read into `to` (at most `count`): 0 at the end of the
// input, or when it could not be read (then `error` says why).
std::size_t read_input(std::istream& input, char* to, std::size_t count, std::string& error);

}  // namespace netral
