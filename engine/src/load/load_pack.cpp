// load_pack(): the whole pipeline for a pack, in order — parse every file,
// check the declarations, compile, then read each example report against the
// compiled vocabulary so a broken example is an error in the pack, not a
// failure at test time.
#include <algorithm>
#include <map>
#include <yaml-cpp/yaml.h>

#include "check/check_declarations.hpp"
#include "compile/compile_pack.hpp"
#include "load/digest.hpp"
#include "netral/parse.hpp"
#include "netral/report.hpp"
#include "netral/review.hpp"
#include "review/review_template.hpp"

namespace netral {
namespace {

constexpr const char* manifest_name = "pack.yaml";
// Documents' wording (case reviews) lives here; part of the pack and its
// digest, but not rule files.
constexpr const char* templates_folder = "templates/";

std::string display_path(const PackSource& source, const PackFile& file) {
    return source.root.empty() ? file.path : source.root + "/" + file.path;
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
                    diagnostic.location.line += example->report_location.line - 1;
                    if (diagnostic.location.line == example->report_location.line)
                        diagnostic.location.column += example->report_location.column - 1;
                }
                diagnostic.location.file = file;
                diagnostic.message = "in example `" + example->id + "`: " + diagnostic.message;
                diagnostics.push_back(std::move(diagnostic));
            }
        }
    }
}

}  // namespace

PackLoad load_pack(const PackSource& source) {
    PackLoad result;
    PackIdentity identity;
    bool has_manifest = false;
    std::vector<ast::File> files;
    std::map<std::string, std::string> templates;
    for (const PackFile& file : source.files) {
        std::string path = display_path(source, file);
        result.sources.add(path, file.text);
        if (file.path.rfind(templates_folder, 0) == 0) {
            std::string name = file.path.substr(std::string_view(templates_folder).size());
            // Checked here so that `netral lint` finds a broken review wording
            // before a case handler does.
            if (name == review_template_name) {
                Diagnostics problems = check_review_template(file.text, path);
                result.diagnostics.insert(result.diagnostics.end(), problems.begin(), problems.end());
            }
            templates[name] = file.text;
            continue;
        }
        if (file.path == manifest_name) {
            identity = read_manifest(path, file.text, result.diagnostics);
            has_manifest = true;
            continue;
        }
        bool is_dsl = file.path.size() > 7 && file.path.compare(file.path.size() - 7, 7, ".netral") == 0;
        ParseResult parsed = is_dsl ? parse_dsl(file.text, path) : parse_rule_yaml(file.text, path);
        result.diagnostics.insert(result.diagnostics.end(), parsed.diagnostics.begin(), parsed.diagnostics.end());
        files.push_back(std::move(parsed.file));
    }
    if (!has_manifest)
        result.diagnostics.push_back({Severity::error, "E302", {source.root, 0, 0},
                                      "the rule pack has no manifest `pack.yaml` with its name and version", {}});
    identity.digest = pack_digest(source);

    Diagnostics checked = check_declarations(files);
    result.diagnostics.insert(result.diagnostics.end(), checked.begin(), checked.end());
    std::shared_ptr<Pack> pack = compile_pack(std::move(files), std::move(identity), result.diagnostics);
    if (pack) pack->templates = std::move(templates);
    if (pack && !has_errors(result.diagnostics)) check_examples(*pack, source.root, result.diagnostics);

    sort_by_location(result.diagnostics);
    if (pack && !has_errors(result.diagnostics)) result.pack = std::move(pack);
    return result;
}

const PackIdentity& identity(const Pack& pack) { return pack.identity; }

const std::string* pack_template(const Pack& pack, const std::string& name) {
    auto found = pack.templates.find(name);
    return found == pack.templates.end() ? nullptr : &found->second;
}

}  // namespace netral
