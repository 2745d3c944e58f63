#include "yaml_stream_guard.hpp"

#include <sstream>
#include <yaml-cpp/eventhandler.h>

namespace netral {
namespace {

// Remembers where the last document started; every other event is ignored.
class DocumentStarts : public YAML::EventHandler {
public:
    YAML::Mark start;
    void OnDocumentStart(const YAML::Mark& mark) override { start = mark; }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
    void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {}
    void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
    void OnMapEnd() override {}
};

}  // namespace

std::optional<YAML::Mark> stuck_yaml_document(const std::string& text) {
    std::istringstream stream(text);
    YAML::Parser parser(stream);
    DocumentStarts starts;
    std::optional<int> previous;
    while (parser.HandleNextDocument(starts)) {
        // Two documents cannot start at one place: the parser did not move.
        if (previous && starts.start.pos == *previous) return starts.start;
        previous = starts.start.pos;
    }
    return std::nullopt;
}

}  // namespace netral
