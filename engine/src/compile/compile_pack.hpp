// The compile stage: checked syntax trees to the immutable Pack.
#pragma once

#include <memory>
#include <vector>

#include "compile/compiled_pack.hpp"

namespace netral {

// Compiles every declaration; errors in conditions (unknown fields, wrong
// types, unknown enum values) are added to `diagnostics`. References that the
// check stage already reported as unknown are skipped here.
std::shared_ptr<Pack> compile_pack(std::vector<ast::File> files, PackIdentity identity, Diagnostics& diagnostics);

// "Pasal 5 huruf n angka 4 Peraturan Pemerintah Nomor 94 Tahun 2021" from the
// provision's path and its regulation's title.
std::string derive_citation(const std::string& provision_id, const std::string& regulation_id,
                            const std::string& regulation_title);

}  // namespace netral
