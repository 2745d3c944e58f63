#include "check/expected_facts.hpp"

#include <fmt/format.h>
#include <optional>

#include "compile/compiled_pack.hpp"

namespace netral {
namespace {

// The problem with a path like `acts[0].stance`, or none when the vocabulary has it.
std::optional<Diagnostic> check_path(const ObjectSchema& report, const ast::Ref& path) {
    const ObjectSchema* object = &report;
    std::string so_far;
    std::size_t from = 0;
    while (from <= path.id.size()) {
        std::size_t dot = path.id.find('.', from);
        std::string segment = path.id.substr(from, dot == std::string::npos ? std::string::npos : dot - from);
        std::string name = segment.substr(0, segment.find('['));
        if (!object) {
            return Diagnostic{Severity::error, "E165", path.location,
                              fmt::format("`expect missing {}`: `{}` has no fields", path.id, so_far), {}};
        }
        const FieldSchema* field = object->find(name);
        if (!field) {
            std::vector<std::string> notes;
            if (std::string close = closest_match(name, object->field_names()); !close.empty())
                notes.push_back(fmt::format("did you mean `{}{}{}`?", so_far.empty() ? "" : so_far + ".", close,
                                            segment.substr(name.size())));
            return Diagnostic{Severity::error, "E165", path.location,
                              fmt::format("`expect missing {}`: the pack declares no fact `{}{}`", path.id,
                                          so_far.empty() ? "" : so_far + ".", name),
                              std::move(notes)};
        }
        so_far += (so_far.empty() ? "" : ".") + segment;
        object = field->object.get();
        if (dot == std::string::npos) break;
        from = dot + 1;
    }
    return std::nullopt;
}

}  // namespace

Diagnostics check_expected_facts(const Pack& pack) {
    Diagnostics out;
    if (!pack.report_schema) return out;
    for (const ast::Example* example : pack.examples) {
        if (!example->missing) continue;
        for (const ast::Ref& path : *example->missing)
            if (auto problem = check_path(*pack.report_schema, path)) out.push_back(std::move(*problem));
    }
    return out;
}

}  // namespace netral
