#include "check/author_words.hpp"

#include <algorithm>
#include <string>
#include <utility>

namespace netral {

const std::vector<SourceName>& secondary_source_names() {
    // News outlets, aggregators and other secondary sources the research
    // (docs/research/) took texts from. Add a name here when a pack's notes
    // start citing a new one.
    static const std::vector<SourceName> names = {
        {"Kompas"},          {"Kompasiana"},     {"Tribun"},          {"TribunSolo"},
        {"TribunNews"},      {"NTBSatu"},        {"Okezone"},         {"RMOL"},
        {"Sindonews"},       {"Liputan6"},       {"Ngopibareng"},     {"Antara", true},
        {"Detik", true},     {"pasal.id"},       {"GitHub"},          {"Tirto"},
        {"JPNN"},            {"IDN Times"},      {"Bogor Times"},     {"Scribd"},
        {"Wikisource"},      {"tvOne"},          {"Pikiran Rakyat"},  {"Jambi Update"},
        {"Radar Utara"},     {"Radar Tasik"},    {"Halmahera Post"},  {"Palpos"},
        {"KR Jogja"},        {"Harian Rakyat"},  {"Jabar Ekspres"},   {"Hukamanews"},
        {"Axialnews"},       {"Wartabanjar"},    {"Tandaseru"},       {"Democrazy"},
        {"aartreya"},        {"peraturanpedia"}, {"fliphtml5"},       {"flipbuilder"},
        {"lawyerpontianak"}, {"blogspot"},       {"sekola.web.id"},
    };
    return names;
}

namespace {

// Letters and digits, and every byte of a multi-byte UTF-8 character.
bool word_char(char c) {
    unsigned char u = static_cast<unsigned char>(c);
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_' || u >= 0x80;
}

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// ASCII lower case: searching a folded copy with find() is many times faster
// than comparing byte by byte at every position, which counted at every
// start of netral (the check runs over every pack text).
std::string folded(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = lower(c);
    return out;
}

bool whole_word(std::string_view text, std::size_t at, std::size_t size) {
    return (at == 0 || !word_char(text[at - 1])) && (at + size == text.size() || !word_char(text[at + size]));
}

// At the start of the text or of a sentence: only spaces since the last
// full stop, question or exclamation mark.
bool starts_sentence(std::string_view text, std::size_t at) {
    while (at > 0 && (text[at - 1] == ' ' || text[at - 1] == '\n' || text[at - 1] == '\t')) --at;
    return at == 0 || text[at - 1] == '.' || text[at - 1] == '!' || text[at - 1] == '?';
}

}  // namespace

std::vector<std::string> author_only_words(std::string_view text) {
    const std::string lower_text = folded(text);
    std::vector<std::pair<std::size_t, std::string>> found;
    auto add = [&](std::size_t at, std::size_t size) { found.emplace_back(at, std::string(text.substr(at, size))); };

    // Confidence labels of the research: C0 … C3, C1+, C2+.
    for (std::size_t at = 0; at + 1 < text.size(); ++at) {
        if (text[at] != 'C' || text[at + 1] < '0' || text[at + 1] > '3') continue;
        if (at > 0 && word_char(text[at - 1])) continue;
        std::size_t end = at + 2;
        if (end < text.size() && text[end] == '+') ++end;
        if (end == text.size() || !word_char(text[end])) add(at, end - at);
    }
    // File names: legal-basis.md, research/neutrality-matrix.md.
    for (std::size_t at = lower_text.find(".md"); at != std::string::npos; at = lower_text.find(".md", at + 3)) {
        if (at + 3 < text.size() && word_char(text[at + 3])) continue;
        std::size_t start = at;
        while (start > 0 && (word_char(text[start - 1]) || text[start - 1] == '-' || text[start - 1] == '/' ||
                             text[start - 1] == '.'))
            --start;
        add(start, at + 3 - start);
    }
    // Rows of the research matrix, and interpretive-choice markers.
    for (std::string_view word : {std::string_view("baris"), std::string_view("matriks")})
        for (std::size_t at = lower_text.find(word); at != std::string::npos; at = lower_text.find(word, at + 1))
            if (whole_word(text, at, word.size())) add(at, word.size());
    for (std::size_t at = lower_text.find("[pilihan"); at != std::string::npos;
         at = lower_text.find("[pilihan", at + 1)) {
        std::size_t close = text.find(']', at);
        add(at, (close == std::string_view::npos || close - at > 40 ? at + 8 : close + 1) - at);
    }
    // Secondary sources.
    for (const SourceName& source : secondary_source_names()) {
        const std::string name = folded(source.name);
        for (std::size_t at = lower_text.find(name); at != std::string::npos; at = lower_text.find(name, at + 1)) {
            if (!whole_word(text, at, source.name.size())) continue;
            if (source.common_word && (text.substr(at, source.name.size()) != source.name || starts_sentence(text, at)))
                continue;
            add(at, source.name.size());
        }
    }

    std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<std::string> words;
    for (auto& [at, word] : found)
        if (std::find(words.begin(), words.end(), word) == words.end()) words.push_back(std::move(word));
    return words;
}

}  // namespace netral
