#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "compile/compiled_pack.hpp"
#include "netral/report.hpp"

namespace netral {

// One record per data row; a row that cannot be read becomes an invalid record.
std::vector<ReportInput> read_csv(std::string_view text, const std::string& path, const Pack& pack);

}  // namespace netral
