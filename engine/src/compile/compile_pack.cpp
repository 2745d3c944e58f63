#include "compile/compile_pack.hpp"

#include <algorithm>
#include <fmt/format.h>

#include "check/check_declarations.hpp"
#include "compile/expression_compiler.hpp"
#include "compile/schema_compiler.hpp"

namespace netral {

std::string derive_citation(const std::string& provision_id, const std::string& regulation_id,
                            const std::string& regulation_title) {
    std::string path = provision_id.substr(std::min(provision_id.size(), regulation_id.size() + 1));
    std::string citation;
    std::size_t start = 0;
    while (start <= path.size()) {
        std::size_t end = path.find('/', start);
        std::string part = path.substr(start, end == std::string::npos ? std::string::npos : end - start);
        std::size_t dash = part.find('-');
        std::string kind = part.substr(0, dash);
        std::string number = dash == std::string::npos ? "" : part.substr(dash + 1);
        std::string words;
        if (kind == "pasal") words = "Pasal " + number;
        else if (kind == "ayat") words = "ayat (" + number + ")";
        else if (kind == "lampiran") words = "Lampiran" + (number.empty() ? "" : " " + number);
        else if (number.empty()) words = part;
        else words = kind + " " + number;
        if (!citation.empty()) citation += ' ';
        citation += words;
        if (end == std::string::npos) break;
        start = end + 1;
    }
    std::string name = regulation_title.substr(0, regulation_title.find(" tentang"));
    return name.empty() ? citation : citation + " " + name;
}

namespace {

class PackCompiler {
public:
    PackCompiler(std::vector<ast::File> files, PackIdentity identity, Diagnostics& diagnostics)
        : diagnostics_(diagnostics) {
        pack_ = std::make_shared<Pack>();
        pack_->identity = std::move(identity);
        pack_->syntax = std::move(files);
    }

    std::shared_ptr<Pack> run() {
        if (!compile_facts()) return nullptr;
        for (const ast::File& file : pack_->syntax) {
            for (const ast::Regulation& regulation : file.regulations) compile_regulation(regulation);
            for (const ast::Level& level : file.levels) compile_level(level);
            for (const ast::Election& election : file.elections) compile_election(election);
            for (const ast::Define& define : file.defines) defines_.emplace(define.name, &define);
            for (const ast::Example& example : file.examples) pack_->examples.push_back(&example);
        }
        ExpressionCompiler expressions(pack_->program, *pack_->report_schema, act_schema_, defines_, diagnostics_);
        expressions_ = &expressions;
        // Scope first, whichever file holds it: a rule's scope-date element
        // needs the coverage start.
        for (const ast::File& file : pack_->syntax) {
            if (file.scope.declared) compile_scope(file.scope);
            if (file.aggregation.declared) compile_aggregation(file.aggregation);
        }
        for (const ast::File& file : pack_->syntax)
            for (const ast::Rule& rule : file.rules) compile_rule(rule);
        resolve_overrides();
        return pack_;
    }

private:
    bool compile_facts() {
        for (const ast::File& file : pack_->syntax) {
            if (!file.facts) continue;
            pack_->report_schema = compile_schema(*file.facts, diagnostics_);
            break;
        }
        if (!pack_->report_schema) return false;
        const ObjectSchema& root = *pack_->report_schema;
        pack_->acts = root.find("acts");
        if (pack_->acts && pack_->acts->type == ValueType::object_list) {
            act_schema_ = pack_->acts->object.get();
            pack_->act_date = act_schema_->find("date");
            pack_->act_phase = act_schema_->find("phase");
            if (pack_->act_date && pack_->act_date->type != ValueType::date) pack_->act_date = nullptr;
        } else {
            pack_->acts = nullptr;
            diagnostics_.push_back({Severity::error, "E137", {}, "the `facts` must declare `acts` as a list of objects", {}});
        }
        pack_->election = root.find("election");
        if (pack_->election && pack_->election->type != ValueType::string) pack_->election = nullptr;
        pack_->region = root.find("region");
        pack_->id = root.find("id");
        if (pack_->act_date) {
            pack_->act_date_fact = {FactRef::Base::act, 0, {pack_->act_date->slot}, {"date"}, pack_->act_date, "act.date"};
        }
        if (pack_->election) {
            pack_->election_fact = {FactRef::Base::report, 0, {pack_->election->slot}, {"election"}, pack_->election,
                                    "report.election"};
        }
        collect_ask_order(root);
        std::sort(pack_->ask_order.begin(), pack_->ask_order.end(),
                  [](const FieldSchema* a, const FieldSchema* b) { return a->ask_rank < b->ask_rank; });
        return true;
    }

    void collect_ask_order(const ObjectSchema& schema) {
        for (const FieldSchema& field : schema.fields) {
            pack_->ask_order.push_back(&field);
            if (field.object) collect_ask_order(*field.object);
        }
    }

    void compile_regulation(const ast::Regulation& regulation) {
        for (const ast::Provision& provision : regulation.provisions) {
            if (pack_->provision_by_id.count(provision.id)) continue;  // reported by the check stage
            auto info = std::make_unique<ProvisionInfo>();
            info->id = provision.id;
            info->citation = provision.citation.empty()
                                 ? derive_citation(provision.id, regulation.id, regulation.title)
                                 : provision.citation;
            info->text = provision.text;
            info->note = provision.note;
            InForce dates = effective_dates(regulation, provision);
            info->in_force = dates.from;
            info->repealed = dates.until;
            pack_->provision_by_id.emplace(info->id, info.get());
            pack_->provisions.push_back(std::move(info));
        }
    }

    std::vector<const ProvisionInfo*> provisions(const std::vector<ast::Ref>& refs) const {
        std::vector<const ProvisionInfo*> out;
        for (const ast::Ref& ref : refs) {
            auto found = pack_->provision_by_id.find(ref.id);
            if (found != pack_->provision_by_id.end()) out.push_back(found->second);
        }
        return out;
    }

    void compile_level(const ast::Level& level) {
        if (pack_->find_level(level.name)) return;
        auto info = std::make_unique<LevelInfo>();
        info->name = level.name;
        info->title = level.title;
        info->measures = level.measures;
        info->basis = provisions(level.basis);
        info->rank = static_cast<int>(pack_->levels.size());
        pack_->levels.push_back(std::move(info));
    }

    void compile_election(const ast::Election& election) {
        CompiledElection compiled;
        compiled.id = election.id;
        compiled.title = election.title;
        for (const ast::Stage& stage : election.stages) {
            if (stage.name == "registration") compiled.registration_from = stage.from;
            else if (stage.name == "candidate_determination") compiled.candidate_determination = stage.from;
            else if (stage.name == "campaign") compiled.campaign_from = stage.from, compiled.campaign_to = stage.to;
            else if (stage.name == "quiet_period") compiled.quiet_from = stage.from, compiled.quiet_to = stage.to;
            else if (stage.name == "voting_day") compiled.voting_day = stage.from;
        }
        pack_->elections.push_back(std::move(compiled));
    }

    void compile_scope(const ast::Scope& scope) {
        for (const ast::Outside& outside : scope.outside)
            pack_->outside.push_back({expressions_->condition(outside.condition, false), outside.note});
        if (scope.subject) pack_->subject = static_cast<std::int32_t>(expressions_->condition(*scope.subject, false));
        pack_->covered_from = scope.from;
        covered_title_ = scope.from_title.empty() && scope.from
                             ? "perbuatan terjadi sejak " + format_iso_date(*scope.from)
                             : scope.from_title;
    }

    void compile_aggregation(const ast::Aggregation& aggregation) {
        pack_->concurrent_basis = provisions(aggregation.concurrent_basis);
        pack_->concurrent_note = aggregation.concurrent_note;
        for (const ast::Escalation& escalation : aggregation.escalations) {
            CompiledEscalation compiled;
            compiled.title = escalation.title;
            compiled.condition = expressions_->condition(escalation.condition, false);
            compiled.steps = escalation.steps;
            for (const ast::Ref& level : escalation.ladder)
                if (const LevelInfo* found = pack_->find_level(level.id)) compiled.ladder.push_back(found);
            compiled.basis = provisions(escalation.basis);
            compiled.note = escalation.note;
            pack_->escalations.push_back(std::move(compiled));
        }
    }

    void add_element(CompiledRule& rule, const std::string& name, std::uint32_t node, std::vector<std::uint32_t> reads) {
        rule.info->element_names.push_back(name);
        rule.elements.push_back(node);
        rule.element_facts.push_back(std::move(reads));
    }

    void compile_rule(const ast::Rule& rule) {
        if (pack_->rule_by_id.count(rule.id)) return;  // duplicate, reported by the check stage
        CompiledRule compiled;
        compiled.info = std::make_unique<RuleInfo>();
        RuleInfo& info = *compiled.info;
        info.id = rule.id;
        info.title = rule.title;
        info.per_act = rule.per_act;
        compiled.per_act = rule.per_act;
        info.index = static_cast<std::uint32_t>(pack_->rules.size());
        info.cites = provisions(rule.cites);
        info.sanction_basis = provisions(rule.sanction_basis);
        info.cites_in_force = InForceLists(info.cites);
        info.sanction_basis_in_force = InForceLists(info.sanction_basis);
        info.notes = rule.notes;
        info.location = rule.location;
        if (rule.sanction_level) info.level = pack_->find_level(rule.sanction_level->id);
        for (const ast::Ref& target : rule.overrides) info.overrides.push_back(target.id);

        if (rule.subject) {
            std::vector<std::uint32_t> reads;
            std::uint32_t node = expressions_->condition(rule.subject->condition, rule.per_act, &reads);
            add_element(compiled, rule.subject->name.empty() ? "Subjek" : rule.subject->name, node, std::move(reads));
        }
        if (rule.per_act && pack_->covered_from && pack_->act_date) {
            std::vector<std::uint32_t> reads;
            std::uint32_t node = expressions_->act_date_on_or_after(*pack_->act_date, *pack_->covered_from, &reads);
            info.scope_element = static_cast<int>(info.element_names.size());
            add_element(compiled, covered_title_, node, std::move(reads));
        }
        if (rule.when) {
            compiled.when = static_cast<std::int32_t>(expressions_->condition(*rule.when, rule.per_act));
            compiled.gate = gate_of(pack_->program, static_cast<std::uint32_t>(compiled.when));
        }
        for (const ast::Element& element : rule.elements) {
            std::vector<std::uint32_t> reads;
            std::uint32_t node = expressions_->condition(element.condition, rule.per_act, &reads);
            add_element(compiled, element.name, node, std::move(reads));
        }
        for (const ast::Exception& exception : rule.exceptions) {
            info.exception_names.push_back(exception.name.empty() ? "pengecualian" : exception.name);
            compiled.exceptions.push_back(expressions_->condition(exception.condition, rule.per_act));
        }
        for (const ast::Referral& referral : rule.referrals) {
            CompiledReferral out;
            out.to = referral.to;
            out.reason = referral.reason;
            out.basis = provisions(referral.basis);
            if (referral.condition)
                out.condition = static_cast<std::int32_t>(expressions_->condition(*referral.condition, rule.per_act));
            compiled.referrals.push_back(std::move(out));
        }
        pack_->rule_by_id.emplace(rule.id, static_cast<std::uint32_t>(pack_->rules.size()));
        pack_->rules.push_back(std::move(compiled));
    }

    void resolve_overrides() {
        for (CompiledRule& rule : pack_->rules)
            for (const std::string& target : rule.info->overrides)
                if (auto found = pack_->rule_by_id.find(target); found != pack_->rule_by_id.end())
                    rule.overrides.push_back(found->second);
    }

    std::shared_ptr<Pack> pack_;
    Diagnostics& diagnostics_;
    const ObjectSchema* act_schema_ = nullptr;
    std::unordered_map<std::string, const ast::Define*> defines_;
    ExpressionCompiler* expressions_ = nullptr;
    std::string covered_title_;
};

}  // namespace

const LevelInfo* Pack::find_level(const std::string& name) const {
    for (const auto& level : levels)
        if (level->name == name) return level.get();
    return nullptr;
}

const CompiledElection* Pack::find_election(std::string_view id) const {
    for (const CompiledElection& election : elections)
        if (election.id == id) return &election;
    return nullptr;
}

std::shared_ptr<Pack> compile_pack(std::vector<ast::File> files, PackIdentity identity, Diagnostics& diagnostics) {
    return PackCompiler(std::move(files), std::move(identity), diagnostics).run();
}

}  // namespace netral
