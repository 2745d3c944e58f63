// format_rule_yaml(): a YAML rule file's layout tidied (format.hpp), and
// only when yaml-cpp reads the result as the same documents.
#include <string>
#include <string_view>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "netral/format.hpp"

namespace netral {
namespace {

bool same(const YAML::Node& a, const YAML::Node& b, int depth) {
    if (depth > 200 || a.Type() != b.Type() || a.Tag() != b.Tag()) return false;
    switch (a.Type()) {
        case YAML::NodeType::Scalar: return a.Scalar() == b.Scalar();
        case YAML::NodeType::Sequence:
        case YAML::NodeType::Map: {
            if (a.size() != b.size()) return false;
            auto x = a.begin();
            auto y = b.begin();
            for (; x != a.end() && y != b.end(); ++x, ++y) {
                if (a.IsSequence()) {
                    if (!same(*x, *y, depth + 1)) return false;
                } else if (!same(x->first, y->first, depth + 1) || !same(x->second, y->second, depth + 1)) {
                    return false;
                }
            }
            return true;
        }
        default: return true;
    }
}

bool same_documents(const std::string& a, const std::string& b) {
    try {
        std::vector<YAML::Node> x = YAML::LoadAll(a);
        std::vector<YAML::Node> y = YAML::LoadAll(b);
        if (x.size() != y.size()) return false;
        for (std::size_t i = 0; i < x.size(); ++i)
            if (!same(x[i], y[i], 0)) return false;
        return true;
    } catch (const std::exception&) {
        return false;
    }
}

}  // namespace

std::string format_rule_yaml(std::string_view text) {
    std::string out;
    bool pending_blank = false;
    for (std::size_t from = 0; from <= text.size();) {
        std::size_t end = text.find('\n', from);
        std::string_view line = text.substr(from, end == std::string_view::npos ? text.size() - from : end - from);
        while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) line.remove_suffix(1);
        if (line.empty()) {
            pending_blank = !out.empty();
        } else {
            if (pending_blank) out += '\n';
            pending_blank = false;
            out += line;
            out += '\n';
        }
        if (end == std::string_view::npos) break;
        from = end + 1;
    }
    std::string original(text);
    if (out == original) return original;
    return same_documents(original, out) ? out : original;
}

}  // namespace netral
