#include "report/yaml_documents.hpp"

namespace netral {

bool yaml_separator(std::string_view line) {
    return line.substr(0, 3) == "---" &&
           (line.size() == 3 || line[3] == ' ' || line[3] == '\t' || line[3] == '\r' || line[3] == '\n');
}

bool yaml_document_is_empty(std::string_view text) {
    // The `---` that starts a document is no content; what follows it on its
    // line is.
    if (yaml_separator(text)) text.remove_prefix(3);
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        std::string_view line = text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
        std::size_t first = line.find_first_not_of(" \t\r");
        if (first != std::string_view::npos && line[first] != '#') return false;
        if (end == std::string_view::npos) break;
        start = end + 1;
    }
    return true;
}

}  // namespace netral
