// JSON Lines for batches: the same bytes as render_json / render_json_compact,
// but every text a verdict shares with the pack — rule ids and titles, the
// cited provisions with their texts, sanction levels, the pack's identity —
// is encoded once, when the renderer is made, and copied from then on.
#include <atomic>
#include <unordered_map>

#include "compile/compiled_pack.hpp"
#include "netral/render.hpp"
#include "netral/version.hpp"
#include "render/verdict_json_parts.hpp"

namespace netral {

struct JsonLineRenderer::Fragments {
    struct Rule {
        std::string head;  // {"rule":…,"title":…,"act":
        // ,"provisions":[…] for each list of cited provisions in force, and
        // ,"sanction":… for each list of sanction basis in force: a
        // finding's lists point into the pack's, so the address finds them.
        std::vector<std::pair<ProvisionSpan, std::string>> provisions;
        std::vector<std::pair<ProvisionSpan, std::string>> sanctions;
        std::vector<std::string> element_heads;  // {"element":N
    };

    // A compact recommendation is its id, its recipient and a date:
    // {"id":…,"to":…,"date": for each recommendation and recipient (or none),
    // found by the addresses of the pack's texts the verdict points to.
    struct RecommendationHead {
        const char* id;
        const char* to;
        std::string head;
    };
    std::vector<RecommendationHead> recommendation_heads;
    bool compact = false;
    // Tells this renderer's entries in a thread's cache from another's, even
    // one made later at the same address.
    std::uint64_t serial = 0;
    std::vector<Rule> rules;  // by RuleInfo::index
    std::string_view pack_digest;
    std::string tail;  // ,"rulepack":{…},"engine":…}
};

namespace {

// What `write` puts down, as text. The writer is at depth 0, where it puts
// no comma between fields: callers join the pieces themselves.
template <typename Write>
std::string encoded(Write&& write) {
    std::string out;
    JsonWriter json(out, false);
    write(json);
    return out;
}

const std::string* fragment_for(const std::vector<std::pair<ProvisionSpan, std::string>>& fragments, ProvisionSpan list) {
    for (const auto& [span, text] : fragments)
        if (span.data() == list.data() && span.size() == list.size()) return &text;
    return nullptr;
}

std::string provisions_fragment(ProvisionSpan list) {
    return encoded([&](JsonWriter& json) {
        json.field("provisions");
        write_provision_ids(json, list);
    });
}

std::string sanction_fragment(const RuleInfo& rule, ProvisionSpan basis, bool compact) {
    return encoded([&](JsonWriter& json) { write_finding_sanction(json, rule, basis, compact); });
}

}  // namespace

JsonLineRenderer::JsonLineRenderer(const Pack& pack, bool compact) {
    auto fragments = std::make_shared<Fragments>();
    Fragments& f = *fragments;
    f.compact = compact;
    static std::atomic<std::uint64_t> renderers_made{0};
    f.serial = ++renderers_made;
    f.rules.resize(pack.rules.size());
    for (const CompiledRule& compiled : pack.rules) {
        const RuleInfo& rule = *compiled.info;
        Fragments::Rule& out = f.rules[rule.index];
        out.head = "{" + encoded([&](JsonWriter& json) { json.field("rule").string(rule.id); }) + ",";
        out.head += "\"act\":";
        for (ProvisionSpan list : rule.cites_in_force.all())
            out.provisions.emplace_back(list, "," + provisions_fragment(list));
        for (ProvisionSpan list : rule.sanction_basis_in_force.all())
            out.sanctions.emplace_back(list, "," + sanction_fragment(rule, list, compact));
        for (std::size_t e = 0; e < rule.element_names.size(); ++e)
            out.element_heads.push_back("{\"element\":" + std::to_string(e));
    }

    for (const CompiledRecommendation& recommendation : pack.recommendations) {
        auto head = [&](std::string_view to) {
            return encoded([&](JsonWriter& json) {
                json.begin_object().field("id").string(recommendation.id).field("to").string(to).field("date");
            });
        };
        for (const CompiledRecipient& recipient : recommendation.recipients)
            f.recommendation_heads.push_back({recommendation.id.data(), recipient.id.data(), head(recipient.id)});
        f.recommendation_heads.push_back({recommendation.id.data(), nullptr, head("")});
    }
    const PackIdentity& identity = pack.identity;
    f.pack_digest = identity.digest;
    f.tail = "," + encoded([&](JsonWriter& json) {
        json.field("rulepack").begin_object();
        json.field("name").string(identity.name);
        json.field("version").string(identity.version);
        json.field("digest").string(identity.digest);
        json.end_object();
    }) + "," + encoded([&](JsonWriter& json) { json.field("engine").string(engine_version); }) + "}\n";
    fragments_ = std::move(fragments);
}

void JsonLineRenderer::append(std::string& out, const Verdict& verdict) const {
    const Fragments& f = *fragments_;
    if (verdict.pack_digest != f.pack_digest) return append_json_line(out, verdict, f.compact);  // another pack's
    JsonWriter json(out, false);  // at depth 0: writes no separators of its own
    out += "{\"incident\":";
    json.string(verdict.incident);
    out += ",\"status\":\"";
    out += to_string(verdict.status);
    out += "\",";
    append_sanction(out, verdict);
    out += ",\"referrals\":[";
    for (std::size_t i = 0; i < verdict.referrals.size(); ++i) {
        if (i) out += ',';
        write_referral(json, verdict.referrals[i]);
    }
    out += "],\"recommendations\":[";
    for (std::size_t i = 0; i < verdict.recommendations.size(); ++i) {
        if (i) out += ',';
        append_recommendation(out, verdict.recommendations[i]);
    }
    out += "],";
    write_classification(json, verdict, f.compact);
    out += ',';
    write_admissibility(json, verdict.admissibility, f.compact);
    if (!f.compact) {
        out += ',';
        write_deadlines(json, verdict);
    }
    out += ",\"findings\":[";
    bool first = true;
    for (const Finding& finding : verdict.findings) {
        if (f.compact && finding.status == FindingStatus::not_violation) continue;
        if (!first) out += ',';
        first = false;
        append_finding(out, finding);
    }
    out += "],\"missing\":[";
    for (std::size_t i = 0; i < verdict.missing.size(); ++i) {
        if (i) out += ',';
        write_missing(json, verdict.missing[i], f.compact);
    }
    out += "],\"diagnostics\":[";
    for (std::size_t i = 0; i < verdict.diagnostics.size(); ++i) {
        if (i) out += ',';
        write_diagnostic(json, verdict.diagnostics[i]);
    }
    out += "],";
    write_context(json, verdict);
    out += f.tail;
}

// A verdict's sanction is one of a few combinations of level, basis and
// notes in a whole batch: each thread keeps the last few it encoded.
void JsonLineRenderer::append_sanction(std::string& out, const Verdict& verdict) const {
    struct Encoded {
        std::uint64_t renderer;
        std::optional<SanctionResult> sanction;
        std::string json;
    };
    thread_local std::vector<Encoded> recent;
    auto same = [](const std::optional<SanctionResult>& a, const std::optional<SanctionResult>& b) {
        if (a.has_value() != b.has_value()) return false;
        return !a || (a->level == b->level && a->measures == b->measures && a->basis == b->basis && a->notes == b->notes);
    };
    for (const Encoded& encoded : recent) {
        if (encoded.renderer == fragments_->serial && same(encoded.sanction, verdict.sanction)) {
            out += encoded.json;
            return;
        }
    }
    std::string json;
    JsonWriter writer(json, false);
    write_sanction(writer, verdict, fragments_->compact);
    out += json;
    constexpr std::size_t kept = 32;
    if (recent.size() == kept) recent.erase(recent.begin());
    recent.push_back({fragments_->serial, verdict.sanction, std::move(json)});
}

void JsonLineRenderer::append_recommendation(std::string& out, const RecommendationResult& recommendation) const {
    const Fragments& f = *fragments_;
    if (f.compact) {
        const char* to = recommendation.to.empty() ? nullptr : recommendation.to.data();
        for (const Fragments::RecommendationHead& head : f.recommendation_heads) {
            if (head.id != recommendation.id.data() || head.to != to) continue;
            out += head.head;
            out += '"';
            if (recommendation.date) append_iso_date(out, *recommendation.date);
            out += "\"}";
            return;
        }
    }
    JsonWriter json(out, false);
    write_recommendation(json, recommendation, f.compact);
}

void JsonLineRenderer::append_finding(std::string& out, const Finding& finding) const {
    const Fragments& f = *fragments_;
    const RuleInfo& rule = *finding.rule;
    const Fragments::Rule& encoded_rule = f.rules[rule.index];
    JsonWriter json(out, false);
    out += encoded_rule.head;
    if (finding.act >= 0) out += std::to_string(finding.act);
    else out += "null";
    out += ",\"status\":\"";
    out += to_string(finding.status);
    out += '"';
    // In full output a rule that does not apply says only why: the element that fails.
    bool slim = !f.compact && finding.status == FindingStatus::not_violation;
    if (!slim) {
        if (const std::string* provisions = fragment_for(encoded_rule.provisions, finding.provisions)) out += *provisions;
        else out += "," + provisions_fragment(finding.provisions);
        if (const std::string* sanction = fragment_for(encoded_rule.sanctions, finding.sanction_basis)) out += *sanction;
        else out += "," + sanction_fragment(rule, finding.sanction_basis, f.compact);
    }
    if (!f.compact) {
        out += ",\"elements\":[";
        bool first_element = true;
        for (std::size_t e = 0; e < finding.elements.size(); ++e) {
            const ElementResult& element = finding.elements[e];
            if (slim && element.status != ElementStatus::not_met) continue;
            if (!first_element) out += ',';
            first_element = false;
            out += encoded_rule.element_heads[e];
            if (element.status != ElementStatus::met) {
                out += ",\"status\":\"";
                out += to_string(element.status);
                out += '"';
            }
            out += ",\"facts\":{";
            for (std::size_t i = 0; i < element.facts.size(); ++i) {
                if (i) out += ',';
                json.string(element.facts[i].path);
                out += ':';
                out += element.facts[i].value;
            }
            out += "}}";
        }
        out += ']';
    }
    if (!finding.overridden_by.empty()) {
        out += ",\"overridden_by\":";
        json.string(finding.overridden_by);
    }
    if (!finding.exception.empty()) {
        out += ",\"exception\":";
        json.string(finding.exception);
    }
    if (finding.nothing_in_force) out += ",\"nothing_in_force\":true";

    out += '}';
}

}  // namespace netral
