// The report reader, written once for any tree of nodes: yaml-cpp's (YAML,
// and JSON read as YAML) and simdjson's (the fast path for JSON Lines). An
// adapter says how to look at a node:
//
//   Kind kind(node)                        map, sequence, scalar or null
//   std::string_view scalar(node, scratch) a scalar's text (numbers and booleans as written)
//   void members(node, f)                  f(key text, key node, value node) for a map
//   void items(node, f)                    f(item node) for a sequence
//   Location location(node, path, line_offset)
//   bool keys_padded                       whether 7 bytes past a key's start are readable
//
// Field paths for messages are built only when a message is written, so a
// clean report costs no string building.
#pragma once

#include <algorithm>
#include <cctype>
#include <charconv>
#include <fmt/format.h>
#include <memory>
#include <string>
#include <string_view>

#include "compile/compiled_pack.hpp"
#include "report/boolean_words.hpp"
#include "report/record_reader.hpp"
#include "report/report_data.hpp"

namespace netral {

enum class NodeKind { map, sequence, scalar, null };

// The most items a list of objects (`acts`, `actor.prior_sanctions`) may
// have. Checking works rule by act, and overrides and questions compare
// acts: a report of tens of thousands of acts would hold up the whole batch
// behind it (output is in input order). No real report comes near this.
inline constexpr int max_list_objects = 1000;

// A field path as a chain on the stack: "acts[0].stance".
struct PathPart {
    const PathPart* parent = nullptr;
    std::string_view name;  // a field name, or empty for a list index
    int index = -1;

    std::string text() const {
        std::string head = parent ? parent->text() : std::string();
        if (index >= 0) return fmt::format("{}[{}]", head, index);
        return head.empty() ? std::string(name) : head + "." + std::string(name);
    }
};

template <typename Adapter>
class RecordReader {
public:
    using Node = typename Adapter::Node;

    RecordReader(const Pack& pack, const std::string& path, std::uint32_t line_offset, ReportInput& input, Report& report)
        : pack_(pack), path_(path), line_offset_(line_offset), input_(input), report_(report) {}

    // Fills the report; false when the record is invalid.
    bool read(const Node& node) {
        input_.location = Adapter::location(node, path_, line_offset_);
        if (Adapter::kind(node) != NodeKind::map) {
            error("E201", node, "a report must be a mapping of keys (id, actor, acts, …), not " + describe(node));
            return false;
        }
        read_object(node, *pack_.report_schema, nullptr);
        derive_phases();
        if (pack_.id) {
            const Value& value = report_.slot(Report::root, pack_.id->slot);
            if (value.kind == Value::Kind::string) report_.id = report_.string(value.index);
        }
        input_.id = report_.id.empty() ? fmt::format("{}#{}", path_, input_.number) : report_.id;
        return !invalid_;
    }

private:
    std::string describe(const Node& node) {
        switch (Adapter::kind(node)) {
            case NodeKind::map: return "a mapping";
            case NodeKind::sequence: return "a list";
            case NodeKind::null: return "nothing";
            default: return "`" + std::string(Adapter::scalar(node, scratch_)) + "`";
        }
    }

    void error(const char* code, const Node& at, std::string message, std::vector<std::string> notes = {}) {
        invalid_ = true;
        input_.diagnostics.push_back(
            {Severity::error, code, Adapter::location(at, path_, line_offset_), std::move(message), std::move(notes)});
    }

    void warning(const char* code, const Node& at, std::string message, std::vector<std::string> notes = {}) {
        input_.diagnostics.push_back(
            {Severity::warning, code, Adapter::location(at, path_, line_offset_), std::move(message), std::move(notes)});
    }

    static std::string child_path(const PathPart* parent, std::string_view name) {
        PathPart part{parent, name};
        return part.text();
    }

    std::uint32_t read_object(const Node& node, const ObjectSchema& schema, const PathPart* where) {
        std::uint32_t index = report_.add_record(schema.fields.size());
        // A required field said to be `unknown` (actor.status: unknown) is
        // present though its value is not known; an absent or null one is not.
        std::uint64_t given = 0;
        Adapter::members(node, [&](std::string_view key, const Node& key_node, const Node& value) {
            const FieldSchema* field = Adapter::keys_padded ? schema.find_padded(key) : schema.find(key);
            if (!field || field->derived) {
                std::vector<std::string> names;
                for (const FieldSchema& known : schema.fields)
                    if (!known.derived) names.push_back(known.name);
                std::vector<std::string> notes;
                if (std::string close = closest_match(std::string(key), names); !close.empty())
                    notes.push_back("did you mean `" + child_path(where, close) + "`?");
                warning("W201", key_node, fmt::format("unknown key `{}` is ignored", child_path(where, key)),
                        std::move(notes));
                return;
            }
            PathPart part{where, field->name};
            Value read = read_value(value, *field, &part);
            report_.slot_to_fill(index, field->slot) = read;
            if (Adapter::kind(value) != NodeKind::null && field->slot < 64) given |= std::uint64_t{1} << field->slot;
        });
        // Most objects have every required field: then one test of the mask.
        if ((schema.required_mask() & ~given) == 0 && !schema.required_beyond_mask()) return index;
        for (const FieldSchema& field : schema.fields) {
            bool present = field.slot < 64 ? (given >> field.slot) & 1u
                                           : !report_.slot(index, field.slot).is_missing();
            if (field.required && !present) {
                error("E203", node,
                      fmt::format("the report has no `{}`, which is required", child_path(where, field.name)));
                input_.diagnostics.back().fact = child_path(where, field.name);
            }
        }
        return index;
    }

    // A text where the object is expected: the object with only its
    // shorthand field, that text (incident format v1's `reporter: "Budi"`).
    std::uint32_t read_shorthand(const Node& node, const ObjectSchema& schema) {
        std::uint32_t index = report_.add_record(schema.fields.size());
        Value text;
        text.kind = Value::Kind::string;
        text.index = report_.add_string(Adapter::scalar(node, scratch_));
        report_.slot_to_fill(index, static_cast<std::uint32_t>(schema.shorthand_slot)) = text;
        return index;
    }

    Value read_value(const Node& node, const FieldSchema& field, const PathPart* where) {
        Value value;
        NodeKind kind = Adapter::kind(node);
        if (kind == NodeKind::null) return value;  // null means unknown
        switch (field.type) {
            case ValueType::object:
                if (kind == NodeKind::scalar && field.object->shorthand_slot >= 0) {
                    value.kind = Value::Kind::object;
                    value.index = read_shorthand(node, *field.object);
                    return value;
                }
                if (kind != NodeKind::map) return wrong(node, where, "a mapping of keys");
                value.kind = Value::Kind::object;
                value.index = read_object(node, *field.object, where);
                return value;
            case ValueType::object_list: return read_list(node, field, where);
            case ValueType::enum_set: return read_enum_set(node, field, where);
            case ValueType::string_list: return read_string_list(node, where);
            default: break;
        }
        if (kind != NodeKind::scalar) return wrong(node, where, expected(field));
        std::string_view text = Adapter::scalar(node, scratch_);
        switch (field.type) {
            case ValueType::boolean: {
                std::optional<bool> yes = boolean_word(text);
                if (!yes) return wrong(node, where, "true or false");
                value.kind = Value::Kind::boolean;
                value.boolean = *yes;
                return value;
            }
            case ValueType::integer: {
                std::int64_t number = 0;
                auto [end, problem] = std::from_chars(text.data(), text.data() + text.size(), number);
                if (problem != std::errc() || end != text.data() + text.size())
                    return wrong(node, where, "a whole number");
                value.kind = Value::Kind::integer;
                value.integer = number;
                return value;
            }
            case ValueType::date: {
                std::optional<Date> date = parse_iso_date(text);
                if (!date) return wrong(node, where, "a date like 2024-09-22");
                value.kind = Value::Kind::date;
                value.date = date->days;
                return value;
            }
            case ValueType::string:
                value.kind = Value::Kind::string;
                value.index = report_.add_string(text);
                return value;
            case ValueType::enumeration: {
                if (text == "unknown") return value;  // said explicitly: still unknown
                int index = enum_index(node, field, where, text);
                if (index < 0) return value;
                value.kind = Value::Kind::enumeration;
                value.enum_index = static_cast<std::uint32_t>(index);
                return value;
            }
            default: return value;
        }
    }

    // A loop, not memcmp: values are a few bytes long, shorter than a call.
    static bool same_bytes(const char* known, std::string_view text) {
        for (std::size_t k = 0; k < text.size(); ++k)
            if (known[k] != text[k]) return false;
        return true;
    }

    static bool equal_ignoring_case(std::string_view a, std::string_view b) {
        return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
                   return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
               });
    }

    static std::string join(const std::vector<std::string>& parts) {
        std::string out;
        for (const std::string& part : parts) out += (out.empty() ? "" : ", ") + part;
        return out;
    }

    static std::string expected(const FieldSchema& field) {
        switch (field.type) {
            case ValueType::boolean: return "true or false";
            case ValueType::integer: return "a whole number";
            case ValueType::date: return "a date like 2024-09-22";
            case ValueType::enumeration: return "one of: " + join(field.values);
            default: return "a single value";
        }
    }

    Value wrong(const Node& node, const PathPart* where, const std::string& what) {
        error("E201", node, fmt::format("`{}` must be {}, found {}", where->text(), what, describe(node)));
        input_.diagnostics.back().fact = where->text();
        return Value{};
    }

    int enum_index(const Node& node, const FieldSchema& field, const PathPart* where, std::string_view text) {
        for (std::size_t i = 0; i < field.values.size(); ++i)  // lengths first: most values differ in length
            if (field.values[i].size() == text.size() && same_bytes(field.values[i].data(), text)) return static_cast<int>(i);
        // Spreadsheets and forms write `PPPK` for `pppk`: accept it, but say so.
        for (std::size_t i = 0; i < field.values.size(); ++i)
            if (equal_ignoring_case(field.values[i], text)) {
                warning("W203", node,
                        fmt::format("`{}` is read as `{}` (values are written in lower case)", text, field.values[i]));
                return static_cast<int>(i);
            }
        std::vector<std::string> notes;
        if (std::string close = closest_match(std::string(text), field.values); !close.empty())
            notes.push_back("did you mean `" + close + "`?");
        notes.push_back("the values of `" + where->text() + "` are: " + join(field.values));
        error("E202", node, fmt::format("`{}` is not a value of `{}`", text, where->text()), std::move(notes));
        input_.diagnostics.back().fact = where->text();
        return -1;
    }

    Value read_enum_set(const Node& node, const FieldSchema& field, const PathPart* where) {
        Value value;
        value.kind = Value::Kind::enum_set;
        value.enum_set = 0;
        auto add = [&](const Node& item) {
            if (Adapter::kind(item) != NodeKind::scalar) {
                wrong(item, where, "a list of values");
                return;
            }
            int index = enum_index(item, field, where, Adapter::scalar(item, scratch_));
            if (index >= 0) value.enum_set |= std::uint64_t{1} << index;
        };
        NodeKind kind = Adapter::kind(node);
        if (kind == NodeKind::sequence) Adapter::items(node, add);
        else if (kind == NodeKind::scalar) add(node);
        else return wrong(node, where, "a list of values");
        return value;
    }

    // A list of texts; a single text is a list of one (as a CSV cell gives it).
    Value read_string_list(const Node& node, const PathPart* where) {
        Value value;
        value.kind = Value::Kind::string_list;
        std::size_t mark = report_.begin_list();
        auto add = [&](const Node& item) {
            if (Adapter::kind(item) != NodeKind::scalar) {
                wrong(item, where, "a list of texts");
                return;
            }
            report_.add_item(report_.add_string(Adapter::scalar(item, scratch_)));
        };
        NodeKind kind = Adapter::kind(node);
        if (kind == NodeKind::sequence) Adapter::items(node, add);
        else if (kind == NodeKind::scalar) add(node);
        value.index = report_.end_list(mark);
        if (kind != NodeKind::sequence && kind != NodeKind::scalar) return wrong(node, where, "a list of texts");
        return value;
    }

    Value read_list(const Node& node, const FieldSchema& field, const PathPart* where) {
        if (Adapter::kind(node) != NodeKind::sequence) return wrong(node, where, "a list");
        Value value;
        value.kind = Value::Kind::list;
        std::size_t mark = report_.begin_list();
        int position = 0;
        Adapter::items(node, [&](const Node& item) {
            if (position >= max_list_objects) {  // counted, not read
                ++position;
                return;
            }
            PathPart part{where, {}, position++};
            if (Adapter::kind(item) == NodeKind::scalar && field.object->shorthand_slot >= 0) {
                report_.add_item(read_shorthand(item, *field.object));
                return;
            }
            if (Adapter::kind(item) != NodeKind::map) {
                wrong(item, &part, "a mapping of keys");
                return;
            }
            report_.add_item(read_object(item, *field.object, &part));
        });
        value.index = report_.end_list(mark);
        if (position > max_list_objects)
            error("E206", node,
                  fmt::format("`{}` has {} items; a report is read with at most {}: split it into several reports",
                              where->text(), position, max_list_objects));
        if (field.required && report_.items(value.index).empty()) {
            error("E204", node, fmt::format("`{}` is empty; a report needs at least one act", where->text()));
            input_.diagnostics.back().fact = where->text();
        }
        return value;
    }

    // Each act's phase, from its date and the report's election calendar.
    void derive_phases() {
        if (!pack_.acts || !pack_.act_phase || !pack_.act_date || !pack_.election) return;
        const Value& acts = report_.slot(Report::root, pack_.acts->slot);
        const Value& election_value = report_.slot(Report::root, pack_.election->slot);
        if (acts.kind != Value::Kind::list || election_value.kind != Value::Kind::string) return;
        std::string_view election_id = report_.string(election_value.index);
        const CompiledElection* election = pack_.find_election(election_id);
        if (!election) {
            std::vector<std::string> ids;
            for (const CompiledElection& known : pack_.elections) ids.push_back(known.id);
            std::vector<std::string> notes;
            if (std::string close = closest_match(std::string(election_id), ids); !close.empty())
                notes.push_back("did you mean `" + close + "`?");
            notes.push_back("the rule pack knows: " + join(ids));
            input_.diagnostics.push_back({Severity::warning, "W205", input_.location,
                                          fmt::format("unknown election `{}`: the phase of each act stays unknown",
                                                      election_id),
                                          std::move(notes)});
            return;
        }
        for (std::uint32_t act : report_.items(acts.index)) {
            const Value& date = report_.slot(act, pack_.act_date->slot);
            if (date.kind != Value::Kind::date) continue;
            Value phase;
            phase.kind = Value::Kind::enumeration;
            phase.enum_index = phase_of(*election, Date{date.date});
            report_.slot_to_fill(act, pack_.act_phase->slot) = phase;
        }
    }

    const Pack& pack_;
    const std::string& path_;
    std::uint32_t line_offset_;
    ReportInput& input_;
    Report& report_;
    bool invalid_ = false;
    std::string scratch_;
};

// Reads `node` into a Report; the ReportInput holds it, or only diagnostics
// when the record is invalid. `storage`, when given, is cleared and read
// into, so a batch reuses one Report's memory record after record.
template <typename Adapter>
ReportInput read_record_with(const typename Adapter::Node& node, const Pack& pack, const std::string& path,
                             std::uint32_t line_offset, std::size_t number, std::shared_ptr<Report> storage = nullptr) {
    ReportInput input;
    input.number = number;
    const bool reused = storage != nullptr;
    if (storage) storage->clear();
    else storage = std::make_shared<Report>();
    bool valid = RecordReader<Adapter>(pack, path, line_offset, input, *storage).read(node);
    if (valid) input.report = std::move(storage);
    else if (!reused && storage->has_root()) input.partial = std::move(storage);  // a reused storage is refilled by the next record
    if (input.id.empty()) input.id = fmt::format("{}#{}", path, number);
    return input;
}

}  // namespace netral
