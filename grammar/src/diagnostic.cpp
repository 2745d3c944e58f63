#include "netral/diagnostic.hpp"
#include "netral/visible_text.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace netral {

bool has_errors(const Diagnostics& diagnostics) {
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::error; });
}

void SourceFiles::add(std::string file, std::string text) { texts_[std::move(file)] = std::move(text); }

std::string SourceFiles::line_text(const std::string& file, std::uint32_t line) const {
    auto found = texts_.find(file);
    if (found == texts_.end() || line == 0) return {};
    const std::string& text = found->second;
    std::size_t start = 0;
    for (std::uint32_t current = 1; current < line; ++current) {
        start = text.find('\n', start);
        if (start == std::string::npos) return {};
        ++start;
    }
    std::size_t end = text.find('\n', start);
    std::string result = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (!result.empty() && result.back() == '\r') result.pop_back();
    return result;
}

const char* severity_name(Severity severity) {
    switch (severity) {
        case Severity::error: return "error";
        case Severity::warning: return "warning";
        case Severity::note: return "note";
    }
    return "error";
}

std::string format_diagnostic(const Diagnostic& d, const SourceFiles& sources) {
    std::string out;
    const Location& at = d.location;
    // Diagnostics quote reports and rule files: nothing in them may act on the terminal.
    if (!at.file.empty()) {
        out += visible_text(at.file);
        if (at.line > 0) out += fmt::format(":{}:{}", at.line, std::max<std::uint32_t>(at.column, 1));
        out += ": ";
    }
    out += fmt::format("{}[{}]: {}\n", severity_name(d.severity), d.code, visible_text(d.message));
    std::string line = sources.line_text(at.file, at.line);
    if (!line.empty()) {
        // Tabs keep their width under the caret so it lines up in a terminal.
        std::string pad;
        for (std::uint32_t i = 1; i < at.column && i - 1 < line.size(); ++i)
            pad += line[i - 1] == '\t' ? '\t' : ' ';
        out += fmt::format("  {}\n  {}^\n", visible_text(line), pad);
    }
    for (const std::string& note : d.notes) out += fmt::format("  = note: {}\n", visible_text(note));
    return out;
}

void sort_by_location(Diagnostics& diagnostics) {
    std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
        if (a.location.file != b.location.file) return a.location.file < b.location.file;
        if (a.location.line != b.location.line) return a.location.line < b.location.line;
        return a.location.column < b.location.column;
    });
}

namespace {
std::size_t edit_distance(const std::string& a, const std::string& b) {
    std::vector<std::size_t> previous(b.size() + 1), current(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t substitute = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitute});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}
}  // namespace

std::string closest_match(const std::string& word, const std::vector<std::string>& candidates) {
    std::string best;
    std::size_t best_distance = std::string::npos;
    for (const std::string& candidate : candidates) {
        std::size_t distance = edit_distance(word, candidate);
        if (distance < best_distance) {
            best_distance = distance;
            best = candidate;
        }
    }
    // A typo changes a few characters; beyond a third of the word it is
    // another word, and suggesting it would mislead.
    std::size_t limit = std::max<std::size_t>(2, word.size() / 3);
    return best_distance <= limit ? best : std::string{};
}

}  // namespace netral
