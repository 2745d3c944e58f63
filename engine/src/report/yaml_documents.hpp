// Where the documents of a YAML stream start, the same for the whole-file
// reader (read_reports) and the streaming splitter (RecordSplitter).
#pragma once

#include <string_view>

namespace netral {

// A line that starts a document: `---` alone or followed by a space and the
// document's first content (`--- {id: A, …}`).
bool yaml_separator(std::string_view line);

// Whether a document's text (from its `---` line, if any) holds nothing but
// that `---`, blank lines and comments: then it is no record.
bool yaml_document_is_empty(std::string_view text);

}  // namespace netral
