// pack_notes(): every note and reasoning of a pack, from its syntax tree.
#include <algorithm>

#include "compile/compiled_pack.hpp"
#include "netral/pack.hpp"

namespace netral {
namespace {

class NoteCollector {
public:
    std::vector<PackNote> run(const std::vector<ast::File>& files) {
        for (const ast::File& file : files) {
            for (const ast::Regulation& regulation : file.regulations) {
                std::string owner = "regulation " + regulation.id;
                note(regulation.location, owner, regulation.note);
                reasoning(owner, regulation.reasoning);
                for (const ast::Provision& provision : regulation.provisions) {
                    owner = "provision " + provision.id;
                    note(provision.location, owner, provision.note);
                    reasoning(owner, provision.reasoning);
                }
            }
            const ast::Aggregation& aggregation = file.aggregation;
            note(aggregation.location, "concurrent heaviest", aggregation.concurrent_note);
            reasoning("concurrent heaviest", aggregation.concurrent_reasoning);
            for (const ast::Escalation& escalation : aggregation.escalations) {
                std::string owner = "repeat \"" + escalation.title + "\"";
                note(escalation.location, owner, escalation.note);
                reasoning(owner, escalation.reasoning);
            }
            for (const ast::Rule& rule : file.rules) notes("rule " + rule.id, rule.location, rule.notes, rule.reasoning);
            for (const ast::Requirement& requirement : file.requirements)
                notes("requirement " + requirement.id, requirement.location, requirement.notes, requirement.reasoning);
            for (const ast::HandlingDeadline& deadline : file.deadlines)
                notes("deadline " + deadline.id, deadline.location, deadline.notes, deadline.reasoning);
            for (const ast::Recommendation& recommendation : file.recommendations) {
                notes("recommendation " + recommendation.id, recommendation.location, recommendation.notes,
                      recommendation.reasoning);
                for (const ast::Recipient& recipient : recommendation.recipients) {
                    std::string owner = "recipient " + recipient.id + " of " + recommendation.id;
                    note(recipient.location, owner, recipient.note);
                    reasoning(owner, recipient.reasoning);
                }
            }
        }
        // In file order; a note before the reasonings written on the same thing.
        std::stable_sort(out_.begin(), out_.end(), [](const PackNote& a, const PackNote& b) {
            if (a.location.file != b.location.file) return a.location.file < b.location.file;
            if (a.location.line != b.location.line) return a.location.line < b.location.line;
            return a.location.column < b.location.column;
        });
        return std::move(out_);
    }

private:
    void note(const Location& at, const std::string& owner, const std::string& text) {
        if (!text.empty()) out_.push_back({at, owner, false, {}, text});
    }
    void reasoning(const std::string& owner, const std::vector<ast::Reasoning>& list) {
        for (const ast::Reasoning& r : list) {
            PackNote entry{r.location, owner, true, {}, r.text};
            for (const ast::Ref& election : r.elections) entry.elections.push_back(election.id);
            out_.push_back(std::move(entry));
        }
    }
    void notes(const std::string& owner, const Location& at, const std::vector<std::string>& texts,
               const std::vector<ast::Reasoning>& list) {
        for (const std::string& text : texts) note(at, owner, text);
        reasoning(owner, list);
    }

    std::vector<PackNote> out_;
};

}  // namespace

std::vector<PackNote> pack_notes(const Pack& pack) { return NoteCollector().run(pack.syntax); }

}  // namespace netral
