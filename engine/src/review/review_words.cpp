#include "review/review_words.hpp"

#include <fmt/format.h>

#include "netral/date.hpp"

namespace netral {

std::string ReviewWords::label_key(std::string_view path) {
    std::string key;
    bool in_index = false;
    for (char c : path) {
        if (c == '[') in_index = true;
        if (!in_index) key += c;
        if (c == ']') in_index = false;
    }
    return key;
}

std::string ReviewWords::date(const std::string& iso) const {
    if (iso.size() != 10 || !parse_iso_date(iso)) return iso;
    int month = std::stoi(iso.substr(5, 2));
    return wording_.text("tanggal", {{"hari", std::to_string(std::stoi(iso.substr(8, 2)))},
                                     {"bulan", wording_.text(fmt::format("bulan.{}", month - 1))},
                                     {"tahun", iso.substr(0, 4)}});
}

std::string ReviewWords::value(std::string_view path, const std::string& value) const {
    if (auto label = wording_.find("nilai." + label_key(path) + "." + value)) return *label;
    if (value == "true") return wording_.text("ya");
    if (value == "false") return wording_.text("tidak");
    return date(value);
}

std::string ReviewWords::values(std::string_view path, const std::vector<std::string>& items) const {
    if (items.empty()) return wording_.text("kosong");
    std::string out;
    for (const std::string& item : items) out += (out.empty() ? "" : ", ") + value(path, item);
    return out;
}

std::string ReviewWords::fact_name(std::string_view path) const {
    if (auto name = wording_.find("fakta." + label_key(path))) return *name;
    return std::string(path);
}

}  // namespace netral
