// The packs as the editor sees them: each pack folder's files from disk with
// the open, possibly unsaved, buffers laid over them; loaded by the same
// load_pack() as `netral lint`, and parsed for navigation even when it has
// errors.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "netral/ast.hpp"
#include "netral/pack.hpp"

namespace netral::lsp {

struct PackView {
    std::string root;                 // absolute folder path, holding pack.yaml
    PackSource source;                // disk + open buffers
    Diagnostics diagnostics;          // load_pack's, sorted
    std::vector<ast::File> syntax;    // every rule file parsed, errors or not
    std::shared_ptr<const Pack> pack;  // the last load without errors, if any
    std::set<std::string> published;  // files last sent diagnostics (to clear them)
};

class Workspace {
public:
    void set_root(std::string folder) { root_ = std::move(folder); }

    void open(const std::string& path, std::string text) { buffers_[path] = std::move(text); }
    void close(const std::string& path) { buffers_.erase(path); }
    // The open buffer's text, else the file's on disk; nullopt when neither.
    std::optional<std::string> text(const std::string& path) const;

    // The pack folder a file belongs to: the nearest folder above it with a
    // pack.yaml; else, for a file of a folder packs include (rules/bersama),
    // the first pack by name whose pack.yaml includes it; else the
    // workspace root when it has one; nullopt otherwise.
    std::optional<std::string> pack_root(const std::string& path) const;

    // Reloads the pack at `root` with the open buffers; null when its folder
    // cannot be read.
    PackView* reload(const std::string& root);
    PackView* view(const std::string& root);

private:
    std::optional<std::string> including_pack(const std::string& path) const;

    std::string root_;
    std::map<std::string, std::string> buffers_;  // by absolute path
    std::map<std::string, PackView> views_;
};

}  // namespace netral::lsp
