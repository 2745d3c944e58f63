// load_pack(): the whole pipeline for a pack, in order — parse every file,
// check the declarations, compile, then (unless told not to) read each
// example report against the compiled vocabulary so a broken example is an
// error in the pack, not a failure at test time.
#include <algorithm>
#include <filesystem>
#include <map>
#include <yaml-cpp/yaml.h>

#include "check/check_declarations.hpp"
#include "check/consequences.hpp"
#include "check/expected_facts.hpp"
#include "compile/compile_pack.hpp"
#include "load/digest.hpp"
#include "load/load_cache.hpp"
#include "load/regulation_extensions.hpp"
#include "netral/parse.hpp"
#include "netral/report.hpp"
#include "netral/review.hpp"
#include "review/review_template.hpp"
#include "review/template_cache.hpp"

namespace netral {
namespace {

constexpr const char* manifest_name = "pack.yaml";
// Documents' wording (case reviews) lives here; part of the pack and its
// digest, but not rule files.
constexpr const char* templates_folder = "templates/";

// "rules/asn-netralitas" + "../bersama/facts.netral" is rules/bersama/facts.netral.
std::string display_path(const PackSource& source, const PackFile& file) {
    if (source.root.empty()) return file.path;
    return (std::filesystem::path(source.root) / file.path).lexically_normal().generic_string();
}

// The path of `file` inside its own folder: an included file's without the
// folder ("../bersama/templates/kajian.yaml" is templates/kajian.yaml).
std::string_view path_in_folder(const PackSource& source, const PackFile& file, bool& included) {
    std::string_view path = file.path;
    for (const std::string& folder : source.included)
        if (path.size() > folder.size() && path.compare(0, folder.size(), folder) == 0 && path[folder.size()] == '/') {
            included = true;
            return path.substr(folder.size() + 1);
        }
    included = false;
    return path;
}

PackIdentity read_manifest(const std::string& path, const std::string& text, Diagnostics& diagnostics) {
    PackIdentity identity;
    try {
        YAML::Node manifest = YAML::Load(text);
        auto field = [&](const char* key) -> std::string {
            if (!manifest.IsMap() || !manifest[key] || !manifest[key].IsScalar()) return {};
            return manifest[key].Scalar();
        };
        identity.name = field("name");
        identity.version = field("version");
        identity.title = field("title");
    } catch (const YAML::Exception& error) {
        diagnostics.push_back({Severity::error, "E001",
                               {path, static_cast<std::uint32_t>(error.mark.line + 1),
                                static_cast<std::uint32_t>(error.mark.column + 1)},
                               "this manifest is not valid YAML: " + error.msg,
                               {}});
        return identity;
    }
    if (identity.name.empty())
        diagnostics.push_back({Severity::error, "E302", {path, 1, 1}, "the manifest has no `name`", {}});
    if (identity.version.empty())
        diagnostics.push_back({Severity::error, "E302", {path, 1, 1}, "the manifest has no `version`", {}});
    return identity;
}

void check_examples(const Pack& pack, const std::string& file_of_example, Diagnostics& diagnostics) {
    for (const ast::Example* example : pack.examples) {
        const std::string& file = example->report_location.file.empty() ? file_of_example : example->report_location.file;
        std::vector<ReportInput> inputs = read_reports(example->report, file, InputFormat::yaml, pack);
        if (inputs.size() != 1)
            diagnostics.push_back({Severity::error, "E160", example->location,
                                   "an example must hold exactly one report", {}});
        for (ReportInput& input : inputs) {
            for (Diagnostic diagnostic : input.diagnostics) {
                // Positions inside the example's text become positions in the file.
                if (diagnostic.location.line > 0) {
                    bool first_line = diagnostic.location.line == 1;
                    diagnostic.location.line += example->report_location.line - 1;
                    diagnostic.location.column += first_line ? example->report_location.column - 1 : example->report_indent;
                }
                diagnostic.location.file = file;
                diagnostic.message = "in example `" + example->id + "`: " + diagnostic.message;
                diagnostics.push_back(std::move(diagnostic));
            }
        }
    }
}

// Parses one rule file, or copies what parsing it gave for an earlier pack.
ParseResult parse_file(const std::string& path, const PackFile& file, LoadCache* cache) {
    bool is_dsl = file.path.size() > 7 && file.path.compare(file.path.size() - 7, 7, ".netral") == 0;
    if (!cache) return is_dsl ? parse_dsl(file.text, path) : parse_rule_yaml(file.text, path);
    auto found = cache->parsed.find(path);
    if (found != cache->parsed.end() && found->second.first == file.text) return found->second.second;
    ParseResult parsed = is_dsl ? parse_dsl(file.text, path) : parse_rule_yaml(file.text, path);
    cache->parsed[path] = {file.text, parsed};
    return parsed;
}

PackLoad load_pack(const PackSource& source, const LoadOptions& options, LoadCache* cache) {
    PackLoad result;
    PackIdentity identity;
    bool has_manifest = false;
    std::vector<ast::File> files;
    std::map<std::string, std::vector<TemplateLayer>> templates;
    for (const PackFile& file : source.files) {
        std::string path = display_path(source, file);
        result.sources.add(path, file.text);
        bool included = false;
        std::string_view local = path_in_folder(source, file, included);
        if (local.rfind(templates_folder, 0) == 0) {
            auto& layers = templates[std::string(local.substr(std::string_view(templates_folder).size()))];
            TemplateLayer layer{path, file.text};
            // An included folder's wording first, the pack's own over it.
            if (included) layers.insert(layers.begin(), std::move(layer));
            else layers.push_back(std::move(layer));
            continue;
        }
        if (local == manifest_name) {
            if (included) continue;  // a shared folder is not a pack
            identity = read_manifest(path, file.text, result.diagnostics);
            has_manifest = true;
            continue;
        }
        // Only an included folder's files can be another pack's too: the
        // pack's own are not worth keeping a copy of.
        ParseResult parsed = parse_file(path, file, included ? cache : nullptr);
        result.diagnostics.insert(result.diagnostics.end(), parsed.diagnostics.begin(), parsed.diagnostics.end());
        files.push_back(std::move(parsed.file));
    }
    if (!has_manifest)
        result.diagnostics.push_back({Severity::error, "E302", {source.root, 0, 0},
                                      "the rule pack has no manifest `pack.yaml` with its name and version", {}});
    identity.digest = pack_digest(source);
    // Checked here so that `netral lint` finds a broken review wording before
    // a case handler does.
    if (auto review = templates.find(review_template_name);
        options.check_review_wording && review != templates.end()) {
        ReviewTemplate::read(review->second, result.diagnostics, cache ? &cache->templates : nullptr);
    }
    merge_regulation_extensions(files, result.diagnostics);

    Diagnostics checked = check_declarations(files);
    result.diagnostics.insert(result.diagnostics.end(), checked.begin(), checked.end());
    std::vector<ast::Unreadable> unreadable = unreadable_declarations(files);
    std::shared_ptr<Pack> pack = compile_pack(std::move(files), std::move(identity), result.diagnostics);
    drop_consequences(unreadable, result.diagnostics);
    if (pack) pack->templates = std::move(templates);
    if (pack && !has_errors(result.diagnostics)) {
        Diagnostics facts = check_expected_facts(*pack);
        result.diagnostics.insert(result.diagnostics.end(), facts.begin(), facts.end());
        if (options.check_examples) check_examples(*pack, source.root, result.diagnostics);
    }

    sort_by_location(result.diagnostics);
    if (pack && !has_errors(result.diagnostics)) result.pack = std::move(pack);
    return result;
}

}  // namespace

PackLoad load_pack(const PackSource& source, const LoadOptions& options) { return load_pack(source, options, nullptr); }

std::vector<PackLoad> load_packs(const std::vector<PackSource>& sources, const LoadOptions& options) {
    LoadCache cache;
    std::vector<PackLoad> loads;
    loads.reserve(sources.size());
    for (const PackSource& source : sources) loads.push_back(load_pack(source, options, &cache));
    return loads;
}

const PackIdentity& identity(const Pack& pack) { return pack.identity; }

std::vector<TemplateLayer> pack_template_layers(const Pack& pack, const std::string& name) {
    auto found = pack.templates.find(name);
    return found == pack.templates.end() ? std::vector<TemplateLayer>{} : found->second;
}

}  // namespace netral
