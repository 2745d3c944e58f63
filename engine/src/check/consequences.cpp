#include "check/consequences.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <string_view>

namespace netral {
namespace {

// The first name in backquotes in a message: what "unknown provision `x`" is about.
std::string_view quoted_name(const std::string& message) {
    std::size_t open = message.find('`');
    if (open == std::string::npos) return {};
    std::size_t close = message.find('`', open + 1);
    if (close == std::string::npos) return {};
    return std::string_view(message).substr(open + 1, close - open - 1);
}

// The unreadable declaration `diagnostic` follows from, or null.
const ast::Unreadable* cause(const Diagnostic& diagnostic, const std::vector<ast::Unreadable>& unreadable) {
    std::string_view code = diagnostic.code;
    std::string_view name = quoted_name(diagnostic.message);
    auto find = [&](std::string_view kind, std::string_view id, bool any_id) -> const ast::Unreadable* {
        for (const ast::Unreadable& u : unreadable)
            if (u.kind == kind && (any_id || u.id == id)) return &u;
        return nullptr;
    };
    if (code == "E140") {
        // A provision of the regulation, or the regulation itself.
        return find("regulation", name.substr(0, name.find('/')), false);
    }
    if (code == "E141") return find("rule", name, false);
    if (code == "E142" || code == "E138") return find("levels", {}, true);
    if (code == "E137" || code == "E101" || code == "E102") return find("facts", {}, true);
    if (code == "E161") return find("kinds", {}, true);
    if (code == "E162") return find("admissibility", {}, true);
    if (code == "E168") {
        if (const ast::Unreadable* u = find("requirement", name, false)) return u;
        return find("deadline", name, false);
    }
    if (code == "E169") return find("election", name, false);
    if (code == "E105") return find("definition", name, false);
    if (code == "E110") return find("calendar", name, false);
    if (code == "E156") {
        if (const ast::Unreadable* u = find("rule", {}, true)) return u;
        return find("recommendation", {}, true);
    }
    if (code == "W153") return find("regulation", {}, true);
    return nullptr;
}

bool is_syntax_error(const Diagnostic& d) { return d.code.size() == 4 && d.code.compare(0, 3, "E00") == 0; }

bool at_or_after(const Location& a, const Location& b) {
    return a.file == b.file && (a.line > b.line || (a.line == b.line && a.column >= b.column));
}

}  // namespace

std::vector<ast::Unreadable> unreadable_declarations(const std::vector<ast::File>& files) {
    std::vector<ast::Unreadable> out;
    for (const ast::File& file : files) out.insert(out.end(), file.unreadable.begin(), file.unreadable.end());
    return out;
}

void drop_consequences(const std::vector<ast::Unreadable>& unreadable, Diagnostics& diagnostics) {
    if (unreadable.empty()) return;
    std::vector<std::size_t> dropped(unreadable.size(), 0);
    Diagnostics kept;
    for (Diagnostic& diagnostic : diagnostics) {
        if (const ast::Unreadable* u = cause(diagnostic, unreadable)) {
            ++dropped[static_cast<std::size_t>(u - unreadable.data())];
            continue;
        }
        kept.push_back(std::move(diagnostic));
    }
    // Say so under the syntax error that left the declaration unread: the
    // first one at or after the declaration's start.
    for (std::size_t i = 0; i < unreadable.size(); ++i) {
        if (dropped[i] == 0) continue;
        const ast::Unreadable& u = unreadable[i];
        Diagnostic* root = nullptr;
        for (Diagnostic& d : kept)
            if (is_syntax_error(d) && at_or_after(d.location, u.location) &&
                (!root || at_or_after(root->location, d.location)))
                root = &d;
        if (!root) continue;
        std::string what = u.id.empty() ? fmt::format("the {}", u.kind) : fmt::format("{} `{}`", u.kind, u.id);
        root->notes.push_back(fmt::format("{} cannot be read, so {} error{} about {} {} not shown", what, dropped[i],
                                          dropped[i] == 1 ? "" : "s", dropped[i] == 1 ? "it" : "what uses it",
                                          dropped[i] == 1 ? "is" : "are"));
    }
    diagnostics = std::move(kept);
}

}  // namespace netral
