// Loading a rule pack: read its files, parse, check and compile them once into
// an immutable Pack that any number of threads may use at the same time.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "netral/diagnostic.hpp"

namespace netral {

struct PackFile {
    std::string path;  // relative to the pack folder, '/'-separated
    std::string text;
};

// The files of a pack, from a folder or from the copy built into netral.
struct PackSource {
    std::string root;  // shown in diagnostics before each file's path
    std::vector<PackFile> files;
};

// Reads pack.yaml and every .netral and .yaml file below `folder`.
// nullopt (with a diagnostic) when the folder cannot be read.
std::optional<PackSource> read_pack_folder(const std::filesystem::path& folder, Diagnostics& diagnostics);

// The standard pack rules/asn-netralitas as it was when netral was built.
PackSource embedded_standard_pack();

class Pack;  // compiled; defined in engine/src/compile

struct PackLoad {
    std::shared_ptr<const Pack> pack;  // null when there are errors
    Diagnostics diagnostics;           // errors and warnings, sorted by location
    SourceFiles sources;               // for printing diagnostics with their line
};

PackLoad load_pack(const PackSource& source);

struct PackIdentity {
    std::string name;
    std::string version;
    std::string title;
    std::string digest;  // "sha256:<hex>" over every file's path and text
};

const PackIdentity& identity(const Pack& pack);

// A file under the pack's templates/ folder ("kajian.yaml"), or null. The
// wording of documents such as case reviews lives there, so an analyst can
// change it without recompiling.
const std::string* pack_template(const Pack& pack, const std::string& name);

// A note of the pack (`note`: for its authors, sources and certainty) or a
// reasoning (`reasoning`: for documents, for some elections or all), with
// where it is written: what `netral lint --notes` lists, in file order.
struct PackNote {
    Location location;  // a reasoning's own; for a note, what it is written on
    std::string owner;  // "rule kampanye.ikut.calon", "provision pp-94-2021/pasal-8/ayat-4"
    bool reasoning = false;
    std::vector<std::string> elections;  // a reasoning's; none = every election
    std::string text;
};
std::vector<PackNote> pack_notes(const Pack& pack);

}  // namespace netral
