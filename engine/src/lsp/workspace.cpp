#include "lsp/workspace.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "load/pack_includes.hpp"
#include "netral/parse.hpp"

namespace netral::lsp {
namespace fs = std::filesystem;

namespace {

bool is_rule_file(const std::string& relative) {
    auto ends_with = [&](std::string_view end) {
        return relative.size() >= end.size() && relative.compare(relative.size() - end.size(), end.size(), end) == 0;
    };
    // The wording of documents, in the pack's templates/ or an included folder's.
    if (relative == "pack.yaml" || relative.rfind("templates/", 0) == 0 ||
        relative.find("/templates/") != std::string::npos)
        return false;
    return ends_with(".netral") || ends_with(".yaml") || ends_with(".yml");
}

bool is_pack_file(const std::string& relative) {
    for (std::string_view end : {".netral", ".yaml", ".yml"})
        if (relative.size() >= end.size() && relative.compare(relative.size() - end.size(), end.size(), end) == 0)
            return true;
    return false;
}

}  // namespace

std::optional<std::string> Workspace::text(const std::string& path) const {
    auto open = buffers_.find(path);
    if (open != buffers_.end()) return open->second;
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::optional<std::string> Workspace::pack_root(const std::string& path) const {
    std::error_code error;
    fs::path folder = fs::path(path).parent_path();
    while (!folder.empty()) {
        if (fs::is_regular_file(folder / "pack.yaml", error) || buffers_.count((folder / "pack.yaml").string()))
            return folder.string();
        if (folder == folder.root_path()) break;
        folder = folder.parent_path();
    }
    if (auto including = including_pack(path)) return including;
    if (!root_.empty() && fs::is_regular_file(fs::path(root_) / "pack.yaml", error)) return root_;
    return std::nullopt;
}

// A shared folder is written beside the packs that include it (`include:
// [../bersama]`): for each folder above the file, its sibling folders with
// a pack.yaml are asked whether they include it. Read on every call: a
// pack.yaml edited in the editor counts at once, and it is a few small files.
std::optional<std::string> Workspace::including_pack(const std::string& path) const {
    std::error_code error;
    for (fs::path folder = fs::path(path).parent_path(); folder.has_relative_path(); folder = folder.parent_path()) {
        std::vector<fs::path> packs;
        for (fs::directory_iterator it(folder.parent_path(), error), end; !error && it != end; it.increment(error)) {
            std::error_code unreadable;  // an entry that cannot be read is not a pack, and the listing goes on
            if (it->is_directory(unreadable) && it->path() != folder &&
                fs::is_regular_file(it->path() / "pack.yaml", unreadable))
                packs.push_back(it->path());
        }
        std::sort(packs.begin(), packs.end());
        for (const fs::path& pack : packs) {
            std::optional<std::string> manifest = text((pack / "pack.yaml").string());
            if (!manifest) continue;
            Diagnostics ignored;  // the pack's own load reports them
            for (const IncludedFolder& included : manifest_includes(*manifest, "pack.yaml", ignored))
                if ((pack / included.folder).lexically_normal() == folder.lexically_normal()) return pack.string();
        }
        if (!root_.empty() && folder == fs::path(root_)) break;  // not above the workspace
    }
    return std::nullopt;
}

PackView* Workspace::view(const std::string& root) {
    auto found = views_.find(root);
    return found == views_.end() ? nullptr : &found->second;
}

PackView* Workspace::reload(const std::string& root) {
    Diagnostics read_errors;
    std::optional<PackSource> read = read_pack_folder(root, read_errors);
    if (!read) return nullptr;
    PackSource source = std::move(*read);
    source.root = root;
    // Open buffers replace their files, and count even when not yet saved:
    // the pack's own, and those of the folders its pack.yaml includes
    // ("../bersama/x.netral").
    std::string prefix = root + "/";
    std::vector<std::pair<std::string, std::string>> folders{{prefix, ""}};
    for (const std::string& included : source.included)
        folders.emplace_back((fs::path(root) / included).lexically_normal().string() + "/", included + "/");
    for (const auto& [path, text] : buffers_) {
        std::string relative;
        for (const auto& [folder, written] : folders)
            if (path.rfind(folder, 0) == 0) relative = written + path.substr(folder.size());
        if (relative.empty() || !is_pack_file(relative)) continue;
        auto file = std::find_if(source.files.begin(), source.files.end(),
                                 [&](const PackFile& f) { return f.path == relative; });
        if (file != source.files.end()) file->text = text;
        else source.files.push_back({relative, text});
    }
    std::sort(source.files.begin(), source.files.end(), [](const PackFile& a, const PackFile& b) { return a.path < b.path; });

    PackView& view = views_[root];
    view.root = root;
    PackLoad loaded = load_pack(source);
    view.diagnostics = std::move(loaded.diagnostics);
    view.diagnostics.insert(view.diagnostics.begin(), read_errors.begin(), read_errors.end());
    if (loaded.pack) view.pack = std::move(loaded.pack);
    view.syntax.clear();
    for (const PackFile& file : source.files) {
        if (!is_rule_file(file.path)) continue;
        std::string path = (fs::path(prefix) / file.path).lexically_normal().string();
        bool dsl = file.path.size() > 7 && file.path.compare(file.path.size() - 7, 7, ".netral") == 0;
        view.syntax.push_back(dsl ? parse_dsl(file.text, path).file : parse_rule_yaml(file.text, path).file);
    }
    view.source = std::move(source);
    return &view;
}

}  // namespace netral::lsp
