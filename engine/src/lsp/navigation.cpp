#include "lsp/navigation.hpp"

#include <cctype>
#include <fmt/format.h>
#include <set>

#include "compile/compiled_pack.hpp"
#include "netral/convert.hpp"

namespace netral::lsp {
namespace {

bool word_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.' || c == '/' ||
           static_cast<unsigned char>(c) >= 0x80;
}

// The provision `word` names: its full id, or (inside a regulation's own
// file) its id relative to that regulation.
const ast::Provision* find_provision(const PackView& view, const std::string& word, const std::string& file,
                                     const ast::Regulation** regulation_out = nullptr) {
    const ast::Provision* relative = nullptr;
    const ast::Regulation* relative_regulation = nullptr;
    for (const ast::File& f : view.syntax)
        for (const ast::Regulation& regulation : f.regulations)
            for (const ast::Provision& provision : regulation.provisions) {
                if (provision.id == word) {
                    if (regulation_out) *regulation_out = &regulation;
                    return &provision;
                }
                if (f.path == file && !relative && provision.id == regulation.id + "/" + word) {
                    relative = &provision;
                    relative_regulation = &regulation;
                }
            }
    if (regulation_out) *regulation_out = relative_regulation;
    return relative;
}

void add_fields(const std::vector<ast::FieldDecl>& fields, const std::string& prefix,
                std::vector<CompletionItem>& items, std::set<std::string>& seen) {
    for (const ast::FieldDecl& field : fields) {
        std::string path = prefix + field.name;
        if (seen.insert(path).second)
            items.push_back({path, 5, field.description.empty() ? "fact" : field.description});
        using Kind = ast::TypeDecl::Kind;
        if (field.type.kind == Kind::enumeration || field.type.kind == Kind::enum_list)
            for (const std::string& value : field.type.values)
                if (seen.insert(value + "\n" + path).second) items.push_back({value, 20, "value of " + path});
        if (field.type.kind == Kind::object || field.type.kind == Kind::object_list)
            add_fields(field.type.fields, path + ".", items, seen);
        // Rules read the act under test as `act.…`.
        if (prefix.empty() && field.name == "acts" && field.type.kind == Kind::object_list)
            add_fields(field.type.fields, "act.", items, seen);
    }
}

}  // namespace

Word word_at(std::string_view line, std::size_t at) {
    Word word;
    if (at > line.size()) at = line.size();
    std::size_t start = at, end = at;
    while (start > 0 && word_char(line[start - 1])) --start;
    while (end < line.size() && word_char(line[end])) ++end;
    // A sentence's full stop or a path's trailing separator is not part of it.
    while (end > start && (line[end - 1] == '.' || line[end - 1] == '/')) --end;
    if (end <= start) return word;
    word.text = std::string(line.substr(start, end - start));
    word.start = start;
    word.end = end;
    return word;
}

std::optional<Location> definition_of(const PackView& view, const std::string& word, const std::string& file) {
    if (const ast::Provision* provision = find_provision(view, word, file)) return provision->location;
    for (const ast::File& f : view.syntax) {
        for (const ast::Rule& rule : f.rules)
            if (rule.id == word) return rule.location;
        for (const ast::Define& define : f.defines)
            if (define.name == word) return define.location;
        for (const ast::Workdays& calendar : f.calendars)
            if (calendar.id == word) return calendar.location;
        for (const ast::Election& election : f.elections)
            if (election.id == word) return election.location;
        for (const ast::Regulation& regulation : f.regulations)
            if (regulation.id == word) return regulation.location;
    }
    return std::nullopt;
}

std::optional<std::string> hover_of(const PackView& view, const std::string& word, const std::string& file) {
    const ast::Regulation* regulation = nullptr;
    if (const ast::Provision* provision = find_provision(view, word, file, &regulation)) {
        // The compiled pack has the citation worked out from the id when the
        // provision gives none, and the dates it inherits.
        const ProvisionInfo* info = nullptr;
        if (view.pack) {
            auto found = view.pack->provision_by_id.find(provision->id);
            if (found != view.pack->provision_by_id.end()) info = found->second;
        }
        std::string citation = info ? info->citation : provision->citation;
        if (citation.empty()) citation = provision->id + (regulation ? " — " + regulation->title : "");
        std::optional<Date> in_force = info ? info->in_force : provision->in_force;
        std::optional<Date> repealed = info ? info->repealed : provision->repealed;
        if (!info && regulation) {
            if (!in_force) in_force = regulation->in_force;
            if (!repealed) repealed = regulation->repealed;
        }
        std::string text = fmt::format("**{}**\n\n`{}`\n\n{}\n\n", citation, provision->id, provision->text);
        text += in_force ? "In force from " + format_iso_date(*in_force) : std::string("In force (no date given)");
        if (repealed) text += "; repealed on " + format_iso_date(*repealed);
        text += ".";
        if (!provision->note.empty()) text += "\n\nNote: " + provision->note;
        return text;
    }
    for (const ast::File& f : view.syntax) {
        for (const ast::Rule& rule : f.rules)
            if (rule.id == word) return fmt::format("**rule {}**\n\n{}", rule.id, rule.title);
        for (const ast::Define& define : f.defines)
            if (define.name == word)
                return fmt::format("**define {}**{}\n\n`{}`", define.name,
                                   define.title.empty() ? "" : " — " + define.title, write_expression(define.expr));
    }
    return std::nullopt;
}

namespace {

std::vector<CompletionItem> every_completion(const PackView& view) {
    std::vector<CompletionItem> items;
    std::set<std::string> seen;
    for (const ast::File& f : view.syntax)
        if (f.facts) add_fields(f.facts->fields, "", items, seen);
    for (const ast::File& f : view.syntax)
        for (const ast::Regulation& regulation : f.regulations)
            for (const ast::Provision& provision : regulation.provisions)
                if (seen.insert(provision.id).second) {
                    std::string detail = provision.citation.empty() ? regulation.title : provision.citation;
                    items.push_back({provision.id, 18, detail});
                }
    return items;
}

// The fact whose values fit at the end of `before`: `PATH == `, `PATH != `,
// `PATH in {a, `, `PATH not in {` (and the Indonesian `dalam`); "" if none.
std::string compared_fact(std::string_view before) {
    std::size_t end = before.size();
    while (end > 0 && word_char(before[end - 1])) --end;  // the value being typed
    std::string_view rest = before.substr(0, end);
    std::size_t brace = rest.rfind('{');
    if (brace != std::string_view::npos && rest.find('}', brace) == std::string_view::npos) {
        rest = rest.substr(0, brace);
        while (!rest.empty() && rest.back() == ' ') rest.remove_suffix(1);
        for (std::string_view op : {"in", "dalam"}) {
            if (rest.size() > op.size() && rest.substr(rest.size() - op.size()) == op &&
                rest[rest.size() - op.size() - 1] == ' ') {
                rest.remove_suffix(op.size());
                break;
            }
        }
        while (!rest.empty() && rest.back() == ' ') rest.remove_suffix(1);
        for (std::string_view negation : {" not", " bukan"})
            if (rest.size() >= negation.size() && rest.substr(rest.size() - negation.size()) == negation)
                rest.remove_suffix(negation.size());
    } else {
        while (!rest.empty() && rest.back() == ' ') rest.remove_suffix(1);
        if (rest.size() < 2 || (rest.substr(rest.size() - 2) != "==" && rest.substr(rest.size() - 2) != "!="))
            return {};
        rest.remove_suffix(2);
    }
    while (!rest.empty() && rest.back() == ' ') rest.remove_suffix(1);
    Word fact = word_at(rest, rest.size());
    return fact.end == rest.size() ? fact.text : std::string();
}

}  // namespace

std::vector<CompletionItem> completions(const PackView& view, std::string_view before) {
    std::vector<CompletionItem> all = every_completion(view);
    std::size_t typed = before.size();  // the word being typed, `/` included
    while (typed > 0 && word_char(before[typed - 1])) --typed;
    std::vector<CompletionItem> chosen;
    if (before.substr(typed).find('/') != std::string_view::npos) {
        for (CompletionItem& item : all)
            if (item.kind == 18) chosen.push_back(std::move(item));
        return chosen;
    }
    std::string fact = compared_fact(before);
    if (!fact.empty()) {
        for (CompletionItem& item : all)
            if (item.kind == 20 && item.detail == "value of " + fact) chosen.push_back(std::move(item));
        if (!chosen.empty()) return chosen;
    }
    return all;
}

}  // namespace netral::lsp
