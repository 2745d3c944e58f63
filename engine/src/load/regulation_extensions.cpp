#include "load/regulation_extensions.hpp"

#include <map>


namespace netral {
namespace {

bool is_extension(const ast::Regulation& regulation) { return regulation.title.empty(); }

void append_note(std::string& into, const std::string& note) {
    if (note.empty()) return;
    into += into.empty() ? note : "\n" + note;
}

// What an extension may not set: the law itself belongs to the declaring file.
const char* law_it_sets(const ast::Regulation& r) {
    if (r.in_force) return "in_force";
    if (r.repealed || r.replaced_by) return "repealed";
    if (!r.source.empty()) return "source";
    if (r.subject) return "subject";
    return nullptr;
}

const char* law_it_sets(const ast::Provision& p) {
    if (!p.text.empty()) return "text";
    if (!p.citation.empty()) return "citation";
    if (p.in_force) return "in_force";
    if (p.repealed) return "repealed";
    if (p.subject) return "subject";
    return nullptr;
}

void refuse(Diagnostics& diagnostics, const Location& at, const std::string& what, const char* clause) {
    diagnostics.push_back({Severity::error, "E304", at,
                           what + " has no title, so it extends a regulation declared elsewhere, and may add only "
                                  "`note` and `reasoning`, not `" + clause + "`",
                           {"give the regulation its title to declare it here, or move the clause to the file that "
                            "declares it"}});
}

}  // namespace

void merge_regulation_extensions(std::vector<ast::File>& files, Diagnostics& diagnostics) {
    std::map<std::string, ast::Regulation*> declared;
    bool any_extension = false;
    for (ast::File& file : files)
        for (ast::Regulation& regulation : file.regulations) {
            if (is_extension(regulation)) any_extension = true;
            else declared.emplace(regulation.id, &regulation);
        }
    if (!any_extension) return;

    std::vector<std::string> declared_ids;
    for (const auto& [id, regulation] : declared) declared_ids.push_back(id);

    for (ast::File& file : files) {
        for (const ast::Regulation& extension : file.regulations) {
            if (!is_extension(extension)) continue;
            auto target = declared.find(extension.id);
            if (target == declared.end()) {
                Diagnostic error{Severity::error, "E304", extension.location,
                                 "regulation `" + extension.id +
                                     "` has no title, so it extends a regulation declared elsewhere, but no file of "
                                     "the pack or of its included folders declares it",
                                 {}};
                if (std::string close = closest_match(extension.id, declared_ids); !close.empty())
                    error.notes.push_back("did you mean `" + close + "`?");
                else
                    error.notes.push_back("a regulation declared here needs its title in double quotes after its id");
                diagnostics.push_back(std::move(error));
                continue;
            }
            ast::Regulation& base = *target->second;
            if (const char* clause = law_it_sets(extension)) {
                refuse(diagnostics, extension.location, "regulation `" + extension.id + "`", clause);
                continue;
            }
            append_note(base.note, extension.note);
            base.reasoning.insert(base.reasoning.end(), extension.reasoning.begin(), extension.reasoning.end());
            for (const ast::Provision& added : extension.provisions) {
                ast::Provision* provision = nullptr;
                std::vector<std::string> provision_ids;
                for (ast::Provision& p : base.provisions) {
                    if (p.id == added.id) provision = &p;
                    provision_ids.push_back(p.id);
                }
                if (!provision) {
                    Diagnostic error{Severity::error, "E304", added.location,
                                     "provision `" + added.id + "` is not declared in regulation `" + base.id + "`",
                                     {"an extension adds notes and reasoning to provisions the regulation declares"}};
                    if (std::string close = closest_match(added.id, provision_ids); !close.empty())
                        error.notes.insert(error.notes.begin(), "did you mean `" + close + "`?");
                    diagnostics.push_back(std::move(error));
                    continue;
                }
                if (const char* clause = law_it_sets(added)) {
                    refuse(diagnostics, added.location, "provision `" + added.id + "` of regulation `" + base.id + "`",
                           clause);
                    continue;
                }
                append_note(provision->note, added.note);
                provision->reasoning.insert(provision->reasoning.end(), added.reasoning.begin(), added.reasoning.end());
            }
        }
    }
    // Only now: erasing moves the declared regulations `declared` points at.
    for (ast::File& file : files) std::erase_if(file.regulations, is_extension);
}

}  // namespace netral
