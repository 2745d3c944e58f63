// Reading one fact of a report back as text by its path, for documents that
// quote the report (case reviews) without knowing how facts sit in slots.
#include <charconv>
#include <optional>

#include "compile/compiled_pack.hpp"
#include "report/report_data.hpp"

namespace netral {
namespace {

struct Step {
    std::string_view name;
    std::optional<std::size_t> index;  // acts[2]
};

// "acts[1].evidence" -> {acts, 1}, {evidence}; nullopt when malformed.
std::optional<std::vector<Step>> split_path(std::string_view path) {
    std::vector<Step> steps;
    while (!path.empty()) {
        std::size_t dot = path.find('.');
        std::string_view part = path.substr(0, dot);
        Step step;
        std::size_t bracket = part.find('[');
        step.name = part.substr(0, bracket);
        if (bracket != std::string_view::npos) {
            if (part.back() != ']') return std::nullopt;
            std::string_view digits = part.substr(bracket + 1, part.size() - bracket - 2);
            std::size_t index = 0;
            auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), index);
            if (error != std::errc() || end != digits.data() + digits.size()) return std::nullopt;
            step.index = index;
        }
        if (step.name.empty()) return std::nullopt;
        steps.push_back(step);
        path = dot == std::string_view::npos ? std::string_view() : path.substr(dot + 1);
    }
    return steps;
}

struct Found {
    const Value* value = nullptr;
    const FieldSchema* field = nullptr;
};

// The value at `path`, or a null value when the path or the fact is absent.
Found find_value(const Pack& pack, const ReportInput& input, std::string_view path) {
    if (!input.report || !pack.report_schema) return {};
    auto steps = split_path(path);
    if (!steps) return {};
    const Report& report = *input.report;
    const ObjectSchema* schema = pack.report_schema.get();
    std::uint32_t record = Report::root;
    Found found;
    for (std::size_t i = 0; i < steps->size(); ++i) {
        const Step& step = (*steps)[i];
        if (!schema) return {};
        const FieldSchema* field = schema->find(std::string(step.name));
        if (!field) return {};
        const Value& value = report.slot(record, field->slot);
        found = {&value, field};
        if (step.index) {
            if (value.kind != Value::Kind::list) return {};
            std::span<const std::uint32_t> items = report.items(value.index);
            if (*step.index >= items.size()) return {};
            record = items[*step.index];
            found = {};  // an item of a list of objects is not a fact itself
        } else if (value.kind == Value::Kind::object) {
            record = value.index;
        } else if (i + 1 < steps->size()) {
            return {};
        }
        schema = field->object.get();
    }
    return found;
}

}  // namespace

std::vector<std::string> fact_text(const Pack& pack, const ReportInput& input, std::string_view path) {
    Found found = find_value(pack, input, path);
    if (!found.value) return {};
    const Value& value = *found.value;
    const Report& report = *input.report;
    // An object (or a list of them) with a shorthand reads as its text(s):
    // `reporter` as the reporter's name, `evidence` as the descriptions.
    auto shorthand_text = [&](std::uint32_t record) -> std::optional<std::string> {
        const ObjectSchema* schema = found.field->object.get();
        if (!schema || schema->shorthand_slot < 0) return std::nullopt;
        const Value& text = report.slot(record, static_cast<std::uint32_t>(schema->shorthand_slot));
        if (text.kind != Value::Kind::string) return std::nullopt;
        return std::string(report.string(text.index));
    };
    switch (value.kind) {
        case Value::Kind::missing: return {};
        case Value::Kind::object: {
            if (auto text = shorthand_text(value.index)) return {*text};
            return {};
        }
        case Value::Kind::list: {
            std::vector<std::string> items;
            for (std::uint32_t item : report.items(value.index))
                if (auto text = shorthand_text(item)) items.push_back(*text);
            return items;
        }
        case Value::Kind::boolean: return {value.boolean ? "true" : "false"};
        case Value::Kind::integer: return {std::to_string(value.integer)};
        case Value::Kind::date: return {format_iso_date(Date{value.date})};
        case Value::Kind::enumeration: return {found.field->values[value.enum_index]};
        case Value::Kind::string: return {std::string(report.string(value.index))};
        case Value::Kind::enum_set: {
            std::vector<std::string> items;
            for (std::size_t i = 0; i < found.field->values.size(); ++i)
                if ((value.enum_set >> i) & 1u) items.push_back(found.field->values[i]);
            return items;
        }
        case Value::Kind::string_list: {
            std::vector<std::string> items;
            for (std::uint32_t item : report.items(value.index)) items.emplace_back(report.string(item));
            return items;
        }
    }
    return {};
}

std::size_t fact_count(const Pack& pack, const ReportInput& input, std::string_view path) {
    Found found = find_value(pack, input, path);
    if (!found.value || found.value->kind != Value::Kind::list) return 0;
    return input.report->items(found.value->index).size();
}

}  // namespace netral
