// Diagnostics: what every stage returns instead of printing or throwing.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace netral {

// A position in a source file; line and column are 1-based, 0 means "unknown".
struct Location {
    std::string file;
    std::uint32_t line = 0;
    std::uint32_t column = 0;
};

enum class Severity { error, warning, note };

// One message about a rule file or a report. `code` is stable (see
// docs/diagnostics.md), e.g. "E101"; `notes` are extra lines such as
// "did you mean `acts.stance`?".
struct Diagnostic {
    Severity severity = Severity::error;
    std::string code;
    Location location;
    std::string message;
    std::vector<std::string> notes;
    // For a report: the fact it is about ("acts[0].type"), so a document can
    // name it in words; empty otherwise.
    std::string fact{};  // (a default initializer: no warning where it is left out)
};

using Diagnostics = std::vector<Diagnostic>;

bool has_errors(const Diagnostics& diagnostics);

// Source texts by file name, so a diagnostic can show its line with a caret.
class SourceFiles {
public:
    void add(std::string file, std::string text);
    // The text of line `line` (1-based) of `file`, without its line end;
    // empty when unknown.
    std::string line_text(const std::string& file, std::uint32_t line) const;

private:
    std::map<std::string, std::string> texts_;
};

// "file:line:col: error[CODE]: message", then the source line and a caret
// under the column when the source is known, then each note as "  = note: …".
std::string format_diagnostic(const Diagnostic& diagnostic, const SourceFiles& sources);

const char* severity_name(Severity severity);

// Sorts by file, line, column (stable), as a reader expects.
void sort_by_location(Diagnostics& diagnostics);

// The closest candidate to `word` by edit distance, or "" when none is close
// enough to be a plausible typo.
std::string closest_match(const std::string& word, const std::vector<std::string>& candidates);

}  // namespace netral
