#include "load/digest.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <memory>
#include <openssl/evp.h>

namespace netral {

std::string pack_digest(const PackSource& source) {
    std::vector<const PackFile*> files;
    for (const PackFile& file : source.files) files.push_back(&file);
    std::sort(files.begin(), files.end(), [](const PackFile* a, const PackFile* b) { return a->path < b->path; });

    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr);
    for (const PackFile* file : files) {
        // Length-prefixed, so no two different packs hash the same bytes.
        std::string header = fmt::format("{}\n{}\n", file->path, file->text.size());
        EVP_DigestUpdate(context.get(), header.data(), header.size());
        EVP_DigestUpdate(context.get(), file->text.data(), file->text.size());
    }
    unsigned char hash[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(context.get(), hash, &length);
    std::string out = "sha256:";
    for (unsigned int i = 0; i < length; ++i) out += fmt::format("{:02x}", hash[i]);
    return out;
}

}  // namespace netral
