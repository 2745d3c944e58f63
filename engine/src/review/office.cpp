// Reading an office file (`netral review --office kantor.yaml`): who writes
// and signs the kajian. Strict like rule files: an unknown key or a value of
// the wrong shape is an error at its line, so a typo never silently leaves
// a blank in a signed document.
#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "netral/review.hpp"

namespace netral {
namespace {

class OfficeReader {
public:
    OfficeReader(const std::string& path, Diagnostics& diagnostics) : path_(path), diagnostics_(diagnostics) {}

    std::optional<Office> read(const std::string& text) {
        YAML::Node root;
        try {
            root = YAML::Load(text);
        } catch (const YAML::Exception& error) {
            fail(error.mark, "the office file is not valid YAML: " + error.msg);
            return std::nullopt;
        }
        if (!root.IsMap()) {
            fail(root.Mark(), "an office file is a mapping of keys (name, address, place, signatories, register_prefix)");
            return std::nullopt;
        }
        Office office;
        for (const auto& item : root) {
            std::string key = item.first.as<std::string>();
            const YAML::Node& value = item.second;
            if (key == "name") office.name = text_of(value, key);
            else if (key == "address") office.address = text_of(value, key);
            else if (key == "place") office.place = text_of(value, key);
            else if (key == "register_prefix") office.register_prefix = text_of(value, key);
            else if (key == "signatories") office.signatories = signatories(value);
            else unknown(item.first, key, {"name", "address", "place", "signatories", "register_prefix"});
        }
        if (failed_) return std::nullopt;
        return office;
    }

private:
    void fail(const YAML::Mark& mark, std::string message, std::vector<std::string> notes = {}) {
        failed_ = true;
        Location at{path_, mark.line >= 0 ? static_cast<std::uint32_t>(mark.line + 1) : 1,
                    mark.column >= 0 ? static_cast<std::uint32_t>(mark.column + 1) : 1};
        diagnostics_.push_back({Severity::error, "E320", at, std::move(message), std::move(notes)});
    }

    void unknown(const YAML::Node& key_node, const std::string& key, const std::vector<std::string>& known) {
        std::vector<std::string> notes;
        if (std::string close = closest_match(key, known); !close.empty()) notes.push_back("did you mean `" + close + "`?");
        std::string list;
        for (const std::string& name : known) list += (list.empty() ? "" : ", ") + name;
        notes.push_back("the keys are: " + list);
        fail(key_node.Mark(), fmt::format("unknown key `{}` in the office file", key), std::move(notes));
    }

    std::string text_of(const YAML::Node& value, const std::string& key) {
        if (value.IsScalar()) return value.Scalar();
        fail(value.Mark(), fmt::format("`{}` must be a text", key));
        return {};
    }

    std::vector<Signatory> signatories(const YAML::Node& value) {
        std::vector<Signatory> out;
        if (!value.IsSequence()) {
            fail(value.Mark(), "`signatories` must be a list of {name, position}");
            return out;
        }
        for (const YAML::Node& item : value) {
            if (!item.IsMap()) {
                fail(item.Mark(), "each signatory is a mapping with `name` and `position`");
                continue;
            }
            Signatory signatory;
            for (const auto& field : item) {
                std::string key = field.first.as<std::string>();
                if (key == "name") signatory.name = text_of(field.second, "name");
                else if (key == "position") signatory.position = text_of(field.second, "position");
                else unknown(field.first, key, {"name", "position"});
            }
            if (signatory.position.empty()) fail(item.Mark(), "a signatory needs a `position` (e.g. Ketua, Anggota)");
            out.push_back(std::move(signatory));
        }
        return out;
    }

    const std::string& path_;
    Diagnostics& diagnostics_;
    bool failed_ = false;
};

}  // namespace

std::optional<Office> read_office(const std::string& text, const std::string& path, Diagnostics& diagnostics) {
    return OfficeReader(path, diagnostics).read(text);
}

}  // namespace netral
