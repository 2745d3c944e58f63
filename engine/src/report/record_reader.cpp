#include "report/record_reader.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace netral {

std::uint32_t phase_of(const CompiledElection& election, Date date) {
    // Indexes into phase_names(); gaps between stages belong to the stage before.
    if (date < election.registration_from) return 0;
    if (date < election.candidate_determination) return 1;
    if (date < election.campaign_from) return 2;
    if (date <= election.campaign_to || date < election.quiet_from) return 3;
    if (date <= election.quiet_to || date < election.voting_day) return 4;
    if (date == election.voting_day) return 5;
    return 6;
}

namespace {

std::string join(const std::vector<std::string>& parts) {
    std::string out;
    for (const std::string& part : parts) out += (out.empty() ? "" : ", ") + part;
    return out;
}

class RecordReader {
public:
    RecordReader(const Pack& pack, const std::string& path, std::uint32_t line_offset, ReportInput& input)
        : pack_(pack), path_(path), line_offset_(line_offset), input_(input) {}

    std::shared_ptr<Report> read(const YAML::Node& node) {
        auto report = std::make_shared<Report>();
        report_ = report.get();
        input_.location = location(node);
        if (!node.IsMap()) {
            error("E201", node, "a report must be a mapping of keys (id, actor, acts, …), not " + describe(node));
            return nullptr;
        }
        read_object(node, *pack_.report_schema, "");
        derive_phases();
        if (const YAML::Node id = node["id"]; id && id.IsScalar()) report->id = id.Scalar();
        input_.id = report->id.empty() ? fmt::format("{}#{}", path_, input_.number) : report->id;
        return invalid_ ? nullptr : report;
    }

private:
    Location location(const YAML::Node& node) const {
        YAML::Mark mark = node.Mark();
        // Nodes built by netral (CSV rows) have no mark: point at the record's line.
        if (mark.line < 0) return {path_, line_offset_ + 1, 0};
        return {path_, static_cast<std::uint32_t>(mark.line) + 1 + line_offset_, static_cast<std::uint32_t>(mark.column) + 1};
    }

    static std::string describe(const YAML::Node& node) {
        if (node.IsMap()) return "a mapping";
        if (node.IsSequence()) return "a list";
        if (node.IsNull()) return "nothing";
        return "`" + node.Scalar() + "`";
    }

    void error(const char* code, const YAML::Node& at, std::string message, std::vector<std::string> notes = {}) {
        invalid_ = true;
        input_.diagnostics.push_back({Severity::error, code, location(at), std::move(message), std::move(notes)});
    }

    void warning(const char* code, const YAML::Node& at, std::string message, std::vector<std::string> notes = {}) {
        input_.diagnostics.push_back({Severity::warning, code, location(at), std::move(message), std::move(notes)});
    }

    std::uint32_t read_object(const YAML::Node& node, const ObjectSchema& schema, const std::string& prefix) {
        auto index = static_cast<std::uint32_t>(report_->records.size());
        report_->records.emplace_back();
        report_->records[index].slots.resize(schema.fields.size());
        for (const auto& entry : node) {
            const std::string key = entry.first.IsScalar() ? entry.first.Scalar() : std::string();
            const FieldSchema* field = schema.find(key);
            if (!field || field->derived) {
                std::vector<std::string> notes;
                std::vector<std::string> names;
                for (const FieldSchema& known : schema.fields)
                    if (!known.derived) names.push_back(known.name);
                if (std::string close = closest_match(key, names); !close.empty())
                    notes.push_back("did you mean `" + prefix + close + "`?");
                warning("W201", entry.first, fmt::format("unknown key `{}{}` is ignored", prefix, key), std::move(notes));
                continue;
            }
            Value value = read_value(entry.second, *field, prefix + key);
            report_->records[index].slots[field->slot] = value;
        }
        for (const FieldSchema& field : schema.fields) {
            if (field.required && report_->records[index].slots[field.slot].is_missing())
                error("E203", node, fmt::format("the report has no `{}{}`, which is required", prefix, field.name));
        }
        return index;
    }

    Value read_value(const YAML::Node& node, const FieldSchema& field, const std::string& path) {
        Value value;
        if (!node || node.IsNull()) return value;  // null means unknown
        switch (field.type) {
            case ValueType::object:
                if (!node.IsMap()) return wrong(node, path, "a mapping of keys");
                value.kind = Value::Kind::object;
                value.index = read_object(node, *field.object, path + ".");
                return value;
            case ValueType::object_list: return read_list(node, field, path);
            case ValueType::enum_set: return read_enum_set(node, field, path);
            default: break;
        }
        if (!node.IsScalar()) return wrong(node, path, expected(field));
        const std::string& text = node.Scalar();
        switch (field.type) {
            case ValueType::boolean:
                if (text == "true" || text == "yes") value.boolean = true;
                else if (text == "false" || text == "no") value.boolean = false;
                else return wrong(node, path, "true or false");
                value.kind = Value::Kind::boolean;
                return value;
            case ValueType::integer:
                try {
                    std::size_t used = 0;
                    value.integer = std::stoll(text, &used);
                    if (used != text.size()) return wrong(node, path, "a whole number");
                } catch (const std::exception&) {
                    return wrong(node, path, "a whole number");
                }
                value.kind = Value::Kind::integer;
                return value;
            case ValueType::date: {
                std::optional<Date> date = parse_iso_date(text);
                if (!date) return wrong(node, path, "a date like 2024-09-22");
                value.kind = Value::Kind::date;
                value.date = date->days;
                return value;
            }
            case ValueType::string:
                value.kind = Value::Kind::string;
                value.index = static_cast<std::uint32_t>(report_->strings.size());
                report_->strings.push_back(text);
                return value;
            case ValueType::enumeration: {
                if (text == "unknown") return value;  // said explicitly: still unknown
                int index = enum_index(node, field, path, text);
                if (index < 0) return value;
                value.kind = Value::Kind::enumeration;
                value.enum_index = static_cast<std::uint32_t>(index);
                return value;
            }
            default: return value;
        }
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

    Value wrong(const YAML::Node& node, const std::string& path, const std::string& what) {
        error("E201", node, fmt::format("`{}` must be {}, found {}", path, what, describe(node)));
        return Value{};
    }

    int enum_index(const YAML::Node& node, const FieldSchema& field, const std::string& path, const std::string& text) {
        int index = field.value_index(text);
        if (index >= 0) return index;
        std::vector<std::string> notes;
        if (std::string close = closest_match(text, field.values); !close.empty())
            notes.push_back("did you mean `" + close + "`?");
        notes.push_back("the values of `" + path + "` are: " + join(field.values));
        error("E202", node, fmt::format("`{}` is not a value of `{}`", text, path), std::move(notes));
        return -1;
    }

    Value read_enum_set(const YAML::Node& node, const FieldSchema& field, const std::string& path) {
        Value value;
        value.kind = Value::Kind::enum_set;
        value.enum_set = 0;
        auto add = [&](const YAML::Node& item) {
            if (!item.IsScalar()) {
                wrong(item, path, "a list of values");
                return;
            }
            int index = enum_index(item, field, path, item.Scalar());
            if (index >= 0) value.enum_set |= std::uint64_t{1} << index;
        };
        if (node.IsSequence())
            for (const YAML::Node& item : node) add(item);
        else if (node.IsScalar())
            add(node);
        else
            return wrong(node, path, "a list of values");
        return value;
    }

    Value read_list(const YAML::Node& node, const FieldSchema& field, const std::string& path) {
        if (!node.IsSequence()) return wrong(node, path, "a list");
        Value value;
        value.kind = Value::Kind::list;
        value.index = static_cast<std::uint32_t>(report_->lists.size());
        report_->lists.emplace_back();
        std::size_t position = 0;
        for (const YAML::Node& item : node) {
            std::string item_path = fmt::format("{}[{}]", path, position++);
            if (!item.IsMap()) {
                wrong(item, item_path, "a mapping of keys");
                continue;
            }
            std::uint32_t record = read_object(item, *field.object, item_path + ".");
            report_->lists[value.index].push_back(record);
        }
        if (field.required && report_->lists[value.index].empty()) {
            error("E204", node, fmt::format("`{}` is empty; a report needs at least one act", path));
        }
        return value;
    }

    // Each act's phase, from its date and the report's election calendar.
    void derive_phases() {
        if (!pack_.acts || !pack_.act_phase || !pack_.act_date || !pack_.election) return;
        const Value& acts = report_->slot(Report::root, pack_.acts->slot);
        const Value& election_value = report_->slot(Report::root, pack_.election->slot);
        if (acts.kind != Value::Kind::list || election_value.kind != Value::Kind::string) return;
        const std::string& election_id = report_->strings[election_value.index];
        const CompiledElection* election = pack_.find_election(election_id);
        if (!election) {
            std::vector<std::string> ids;
            for (const CompiledElection& known : pack_.elections) ids.push_back(known.id);
            std::vector<std::string> notes;
            if (std::string close = closest_match(election_id, ids); !close.empty())
                notes.push_back("did you mean `" + close + "`?");
            notes.push_back("the rule pack knows: " + join(ids));
            input_.diagnostics.push_back({Severity::warning, "W205", input_.location,
                                          fmt::format("unknown election `{}`: the phase of each act stays unknown",
                                                      election_id),
                                          std::move(notes)});
            return;
        }
        for (std::uint32_t act : report_->lists[acts.index]) {
            const Value& date = report_->slot(act, pack_.act_date->slot);
            if (date.kind != Value::Kind::date) continue;
            Value phase;
            phase.kind = Value::Kind::enumeration;
            phase.enum_index = phase_of(*election, Date{date.date});
            report_->records[act].slots[pack_.act_phase->slot] = phase;
        }
    }

    const Pack& pack_;
    const std::string& path_;
    std::uint32_t line_offset_;
    ReportInput& input_;
    Report* report_ = nullptr;
    bool invalid_ = false;
};

}  // namespace

ReportInput read_record(const YAML::Node& node, const Pack& pack, const std::string& path, std::uint32_t line_offset,
                        std::size_t number) {
    ReportInput input;
    input.number = number;
    input.report = RecordReader(pack, path, line_offset, input).read(node);
    if (input.id.empty()) input.id = fmt::format("{}#{}", path, number);
    return input;
}

}  // namespace netral
