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
    // The folders pack.yaml includes ("../bersama"); their files are in
    // `files` with that prefix.
    std::vector<std::string> included;
};

// Reads pack.yaml and every .netral and .yaml file below `folder`, and those
// of the folders pack.yaml's `include` lists. nullopt (with a diagnostic)
// when the folder cannot be read.
std::optional<PackSource> read_pack_folder(const std::filesystem::path& folder, Diagnostics& diagnostics);

// The standard pack rules/asn-netralitas as it was when netral was built.
PackSource embedded_standard_pack();

// Every standard pack (each folder of rules/ with a pack.yaml) as it was when
// netral was built, in the order of their folder names: the first is the one
// a report goes to when no pack's subjects cover its actor.
std::vector<PackSource> embedded_standard_packs();

// Every pack folder (one holding pack.yaml) directly inside `folder`, such as
// an installed share/netral/rules, in the order of their names.
std::vector<std::filesystem::path> pack_folders_in(const std::filesystem::path& folder);

class Pack;  // compiled; defined in engine/src/compile

struct PackLoad {
    std::shared_ptr<const Pack> pack;  // null when there are errors
    Diagnostics diagnostics;           // errors and warnings, sorted by location
    SourceFiles sources;               // for printing diagnostics with their line
};

struct LoadOptions {
    // Read each example's report against the compiled pack, so that a broken
    // example is an error of the pack: what lint, test and the language
    // server need. A program that only checks reports (check, review,
    // serve) runs no example and may skip it: reading them is about half
    // the time of loading the standard packs.
    bool check_examples = true;
    // Read the review wording (templates/kajian.yaml over its layers) and
    // report its mistakes now, rather than when the first kajian is written.
    // Only a program that writes no kajian (check) has a reason to skip it.
    bool check_review_wording = true;
};

PackLoad load_pack(const PackSource& source, const LoadOptions& options = {});

// load_pack() for each source, in order. Files that several of them include
// (rules/bersama) are parsed once: loading the three standard packs this
// way costs less than loading them one by one.
std::vector<PackLoad> load_packs(const std::vector<PackSource>& sources, const LoadOptions& options = {});

struct PackIdentity {
    std::string name;
    std::string version;
    std::string title;
    std::string digest;  // "sha256:<hex>" over every file's path and text
};

const PackIdentity& identity(const Pack& pack);

// A file under templates/ ("kajian.yaml"): the wording of documents such as
// case reviews, so an analyst can change it without recompiling. An
// included folder's file comes first and the pack's own last: each layer
// overrides the keys it has.
struct TemplateLayer {
    std::string path;  // as diagnostics show it
    std::string text;
};
// The layers of the template `name`; none when neither the pack nor its
// included folders have it.
std::vector<TemplateLayer> pack_template_layers(const Pack& pack, const std::string& name);

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
