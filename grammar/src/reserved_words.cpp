// The words a condition never reads as a bare name (see parse.hpp): the
// grammar's `reserved` rule and the literals, in both languages.
#include <string>
#include <vector>

#include "dsl_keywords.hpp"
#include "netral/parse.hpp"

namespace netral {

const std::vector<std::string>& reserved_words() {
    static const std::vector<std::string> words = [] {
        std::vector<std::string> out = {"and", "dan",    "or",  "atau",  "not",  "bukan", "in",    "dalam",
                                        "contains", "memuat", "true", "benar", "false", "salah"};
        for (const grammar::KeywordPair& pair : grammar::declaration_keywords) {
            out.emplace_back(pair.english);
            out.emplace_back(pair.indonesian);
        }
        return out;
    }();
    return words;
}

bool is_reserved_word(std::string_view word) {
    for (const std::string& reserved : reserved_words())
        if (reserved == word) return true;
    return false;
}

}  // namespace netral
