// Shared machinery of the YAML rule reader (yaml_*.cpp): locations from
// yaml-cpp marks, mappings checked against their allowed keys (English and
// Indonesian spellings), scalars, lists, dates, references and conditions.
// Every problem becomes a diagnostic; nothing here throws.
#pragma once

#include <yaml-cpp/yaml.h>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "netral/ast.hpp"
#include "netral/diagnostic.hpp"

namespace netral::yaml_rules {

// One allowed key of a mapping: its canonical name and every spelling that
// means it (English first, then Indonesian).
struct Key {
    std::string name;
    std::vector<std::string> spellings;
};
using Keys = std::vector<Key>;

// A key/value pair of a mapping, as written.
struct Entry {
    YAML::Node key;
    YAML::Node value;
    std::string spelling;  // the key as the author wrote it
};

// The known keys of one mapping, by canonical name.
struct Entries {
    YAML::Node node;
    std::map<std::string, Entry> by_name;
    const Entry* get(const std::string& name) const {
        auto found = by_name.find(name);
        return found == by_name.end() ? nullptr : &found->second;
    }
};

class Reader {
public:
    Reader(std::string_view text, std::string path, Diagnostics& diagnostics);

    const std::string& path() const { return path_; }
    std::string_view text() const { return text_; }

    // 1-based position of a node; a node without a mark (an empty value)
    // falls back to `fallback`.
    Location at(const YAML::Node& node) const;
    Location at(const Entry& entry) const;  // the value, or its key when the value is empty

    void error(const char* code, Location where, std::string message, std::vector<std::string> notes = {});

    // "a string", "a list", "a mapping", "nothing".
    static std::string describe(const YAML::Node& node);

    // A mapping with only `keys`: unknown keys are E010 (with a suggestion),
    // a key given twice (in either language) is E010 too. `what` names the
    // mapping in messages ("a rule"). nullopt (with E011) when not a mapping.
    std::optional<Entries> mapping(const YAML::Node& node, const Keys& keys, const std::string& what,
                                   Location where);

    // E012 when `name` is absent from `entries` (of `what`).
    bool require(const Entries& entries, const std::string& name, const std::string& what);

    // A scalar value as text; E011 when it is not a scalar.
    std::optional<std::string> text(const Entry& entry, const std::string& expected = "a text");
    // Convenience: the text of entries[name], or "" when absent / wrong shape.
    std::string text_of(const Entries& entries, const std::string& name);

    // The value as a list of items (E011 when not a sequence).
    std::optional<std::vector<YAML::Node>> list(const Entry& entry, const std::string& expected);
    std::vector<std::string> texts(const Entry& entry, const std::string& expected);
    std::vector<ast::Ref> refs(const Entry& entry, const std::string& expected);
    std::optional<ast::Ref> ref(const Entry& entry, const std::string& expected);
    // `reasoning` (pertimbangan): a text, or a list of texts and mappings
    // `{text, for}` (`{teks, untuk}`), `for` being an election id or a list.
    std::vector<ast::Reasoning> reasoning(const Entry& entry);

    // A date scalar like 2024-09-22 (E002 when it is not one).
    std::optional<Date> date(const Entry& entry);
    std::optional<Date> date_text(const std::string& text, Location where);

    std::optional<bool> boolean(const Entry& entry);

    // A condition string parsed with parse_expression, positions in this file.
    std::optional<ast::Expr> condition(const Entry& entry);
    // Where the content of a single-line scalar starts (after a quote).
    Location content_start(const YAML::Node& node) const;

    // The incident report of an example, as YAML text, and where it starts;
    // `indent` is set to the columns a block scalar strips from every line.
    std::pair<std::string, Location> report_text(const Entry& entry, std::uint32_t& indent);

private:
    char char_at(std::uint32_t line0, std::uint32_t column0) const;
    std::optional<std::size_t> offset_of(const YAML::Mark& mark) const;

    std::string_view text_;
    std::string path_;
    Diagnostics& diagnostics_;
    std::vector<std::size_t> line_starts_;
};

// Each item of a list that must hold mappings, with the mapping's entries.
template <typename Read>
void each_mapping(Reader& reader, const Entry& entry, const Keys& keys, const std::string& what,
                  const std::string& plural, Read read) {
    auto items = reader.list(entry, plural);
    if (!items) return;
    for (const YAML::Node& item : *items)
        if (auto entries = reader.mapping(item, keys, what, reader.at(entry))) read(*entries, item);
}

// The sections of a file; each reads one top-level key into `file`.
void read_regulations(Reader& reader, const Entry& entry, ast::File& file);
void read_facts(Reader& reader, const Entry& entry, ast::File& file);
void read_elections(Reader& reader, const Entry& entry, ast::File& file);
void read_workdays(Reader& reader, const Entry& entry, ast::File& file);
void read_levels(Reader& reader, const Entry& entry, ast::File& file);
void read_aggregation(Reader& reader, const Entry& entry, ast::File& file);
void read_scope(Reader& reader, const Entry& entry, ast::File& file);
void read_definitions(Reader& reader, const Entry& entry, ast::File& file);
void read_rules(Reader& reader, const Entry& entry, ast::File& file);
void read_recommendations(Reader& reader, const Entry& entry, ast::File& file);
void read_kinds(Reader& reader, const Entry& entry, ast::File& file);
void read_admissibility(Reader& reader, const Entry& entry, ast::File& file);
// These two parse time limits, whose errors go to `diagnostics`.
void read_requirements(Reader& reader, const Entry& entry, ast::File& file, Diagnostics& diagnostics);
void read_deadlines(Reader& reader, const Entry& entry, ast::File& file, Diagnostics& diagnostics);
void read_examples(Reader& reader, const Entry& entry, ast::File& file);

}  // namespace netral::yaml_rules
