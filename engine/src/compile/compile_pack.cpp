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

std::vector<DocumentNote> document_notes(const std::vector<ast::Reasoning>& reasoning) {
    std::vector<DocumentNote> out;
    for (const ast::Reasoning& r : reasoning) {
        DocumentNote note{r.text, {}};
        for (const ast::Ref& election : r.elections) note.elections.push_back(election.id);
        out.push_back(std::move(note));
    }
    return out;
}

std::vector<DocumentNote> joined(std::vector<DocumentNote> first, const std::vector<DocumentNote>& then) {
    first.insert(first.end(), then.begin(), then.end());
    return first;
}

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
            for (const ast::Election& election : file.elections) compile_election(election);
            for (const ast::Define& define : file.defines) defines_.emplace(define.name, &define);
            for (const ast::Example& example : file.examples) pack_->examples.push_back(&example);
        }
        // Working-day calendars before conditions: `+ 7 hari_kerja` names one.
        for (const ast::File& file : pack_->syntax)
            for (const ast::Workdays& calendar : file.calendars) compile_workdays(calendar);
        ExpressionCompiler expressions(pack_->program, *pack_->report_schema, act_schema_, defines_, diagnostics_);
        expressions_ = &expressions;
        // Whom each provision speaks of, before any list of provisions is
        // worked out by date and subject.
        for (const ast::File& file : pack_->syntax)
            for (const ast::Regulation& regulation : file.regulations) compile_subjects(regulation);
        for (const ast::File& file : pack_->syntax)
            for (const ast::Level& level : file.levels) compile_level(level);
        // Scope first, whichever file holds it: a rule's scope-date element
        // needs the coverage start.
        for (const ast::File& file : pack_->syntax) {
            if (file.scope.declared) compile_scope(file.scope);
            if (file.aggregation.declared) compile_aggregation(file.aggregation);
            if (file.admissibility.declared) compile_admissibility(file.admissibility);
        }
        for (const ast::File& file : pack_->syntax)
            for (const ast::ViolationKind& kind : file.kinds) compile_kind(kind);
        for (const ast::File& file : pack_->syntax)
            for (const ast::Rule& rule : file.rules) compile_rule(rule);
        for (const ast::File& file : pack_->syntax) {
            for (const ast::Recommendation& recommendation : file.recommendations) compile_recommendation(recommendation);
            for (const ast::Requirement& requirement : file.requirements) compile_requirement(requirement);
            for (const ast::HandlingDeadline& deadline : file.deadlines) compile_deadline(deadline);
        }
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
        pack_->actor = root.find("actor");
        if (pack_->actor && pack_->actor->type == ValueType::object && pack_->actor->object) {
            auto text = [&](std::string_view name) {
                const FieldSchema* field = pack_->actor->object->find(name);
                return field && field->type == ValueType::string ? field : nullptr;
            };
            pack_->actor_name = text("name");
            pack_->actor_position = text("position");
            pack_->actor_agency = text("agency");
        } else {
            pack_->actor = nullptr;
        }
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
            // The regulation's reasoning goes with each of its provisions, before their own.
            info->reasoning = joined(document_notes(regulation.reasoning), document_notes(provision.reasoning));
            InForce dates = effective_dates(regulation, provision);
            info->in_force = dates.from;
            info->repealed = dates.until;
            pack_->provision_by_id.emplace(info->id, info.get());
            provisions_by_id_.emplace(info->id, info.get());
            pack_->provisions.push_back(std::move(info));
        }
    }

    // A provision's `subject` (or its regulation's), as an index into the
    // pack's subject conditions; the same condition written twice is one.
    void compile_subjects(const ast::Regulation& regulation) {
        for (const ast::Provision& provision : regulation.provisions) {
            const std::optional<ast::Expr>& subject = provision.subject ? provision.subject : regulation.subject;
            if (!subject) continue;
            auto info = provisions_by_id_.find(provision.id);
            if (info == provisions_by_id_.end() || info->second->subject >= 0) continue;  // a duplicate id
            std::string key = canonical(*subject);
            auto [found, inserted] = subject_index_.try_emplace(key, static_cast<std::int32_t>(pack_->subject_conditions.size()));
            if (inserted) {
                if (pack_->subject_conditions.size() == max_subject_conditions) {
                    diagnostics_.push_back({Severity::error, "E152", subject->location,
                                            fmt::format("the pack has more than {} different `subject` conditions on "
                                                        "its provisions",
                                                        max_subject_conditions),
                                            {"write the same condition for provisions that speak of the same people"}});
                    subject_index_.erase(found);
                    continue;
                }
                pack_->subject_conditions.push_back(expressions_->condition(*subject, false));
            }
            info->second->subject = found->second;
        }
    }

    // An expression as text with its structure, to tell the same condition
    // written twice.
    static std::string canonical(const ast::Expr& expr) {
        std::string out = fmt::format("({} {} {} {} {} {}", static_cast<int>(expr.kind), expr.boolean, expr.integer,
                                      expr.date.days, static_cast<int>(expr.op), expr.all_);
        out += " \"" + expr.text + "\" " + expr.variable;
        for (const std::string& segment : expr.segments) out += "." + segment;
        for (const ast::Expr& child : expr.children) out += canonical(child);
        return out + ")";
    }

    // A condition on the report that requirements and deadlines share (most
    // say `when laporan_pemilu`) is compiled once, so that evaluation can
    // decide it once per report. One with errors is compiled at every use,
    // so that each use is reported.
    std::uint32_t report_condition(const ast::Expr& expr) {
        std::string key = canonical(expr);
        if (auto found = report_conditions_.find(key); found != report_conditions_.end()) return found->second;
        std::size_t errors_before = diagnostics_.size();
        std::uint32_t node = expressions_->condition(expr, false);
        if (diagnostics_.size() == errors_before) report_conditions_.emplace(std::move(key), node);
        return node;
    }

    // Lists worked out by subject hold at most max_subjects_per_list
    // different subjects: say so where such a list is declared.
    void check_subject_count(const std::vector<const ProvisionInfo*>& list, const Location& where, const std::string& what) {
        std::vector<std::int32_t> seen;
        for (const ProvisionInfo* provision : list)
            if (provision->subject >= 0 && std::find(seen.begin(), seen.end(), provision->subject) == seen.end())
                seen.push_back(provision->subject);
        if (seen.size() > max_subjects_per_list)
            diagnostics_.push_back({Severity::error, "E152", where,
                                    fmt::format("{} lists provisions with {} different `subject` conditions; at most {} "
                                                "are allowed in one list",
                                                what, seen.size(), max_subjects_per_list),
                                    {}});
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
        check_subject_count(info->basis, level.location, fmt::format("level `{}`", level.name));
        info->basis_in_force = InForceLists(info->basis);
        info->rank = static_cast<int>(pack_->levels.size());
        std::vector<std::uint32_t> conditions;
        for (const ast::LevelVariant& variant : level.variants) {
            // Evaluated with the act whose finding decided the level.
            conditions.push_back(expressions_->condition(variant.condition, true));
            LevelVariantInfo out;
            out.measures = variant.measures ? *variant.measures : level.measures;
            std::vector<const ProvisionInfo*> basis = variant.basis ? provisions(*variant.basis) : info->basis;
            check_subject_count(basis, variant.location, fmt::format("a variant of level `{}`", level.name));
            out.basis = InForceLists(basis);
            info->variants.push_back(std::move(out));
        }
        pack_->level_variant_conditions.push_back(std::move(conditions));
        pack_->levels.push_back(std::move(info));
    }

    void compile_workdays(const ast::Workdays& calendar) {
        for (const WorkdayCalendar& known : pack_->program.calendars)
            if (known.id() == calendar.id) return;  // reported by the check stage
        std::uint8_t weekend = 0;
        for (const ast::Ref& day : calendar.weekend) {
            int index = weekday_index(day.id);
            if (index >= 0) weekend |= static_cast<std::uint8_t>(1u << index);
        }
        std::vector<Date> holidays;
        for (const ast::Holiday& holiday : calendar.holidays)
            for (Date day = holiday.from; !(holiday.to < day) && day.days - holiday.from.days < 3660; day.days += 1)
                holidays.push_back(day);
        pack_->program.calendars.emplace_back(calendar.id, calendar.title, weekend, std::move(holidays));
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
            pack_->outside.push_back({expressions_->condition(outside.condition, false), outside.text});
        if (scope.subject) pack_->subject = static_cast<std::int32_t>(expressions_->condition(*scope.subject, false));
        pack_->covered_from = scope.from;
        covered_title_ = scope.from_title.empty() && scope.from
                             ? "perbuatan terjadi sejak " + format_iso_date(*scope.from)
                             : scope.from_title;
    }

    void compile_aggregation(const ast::Aggregation& aggregation) {
        pack_->concurrent_basis = provisions(aggregation.concurrent_basis);
        pack_->concurrent_basis_in_force = InForceLists(pack_->concurrent_basis);
        pack_->concurrent_note = aggregation.concurrent_note;
        pack_->concurrent_reasoning = document_notes(aggregation.concurrent_reasoning);
        for (const ast::Escalation& escalation : aggregation.escalations) {
            CompiledEscalation compiled;
            compiled.title = escalation.title;
            compiled.condition = expressions_->condition(escalation.condition, false);
            compiled.steps = escalation.steps;
            for (const ast::Ref& level : escalation.ladder)
                if (const LevelInfo* found = pack_->find_level(level.id)) compiled.ladder.push_back(found);
            compiled.basis = provisions(escalation.basis);
            compiled.basis_in_force = InForceLists(compiled.basis);
            compiled.note = escalation.note;
            compiled.reasoning = document_notes(escalation.reasoning);
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
        check_subject_count(info.cites, rule.location, fmt::format("rule `{}` (`cites`)", rule.id));
        check_subject_count(info.sanction_basis, rule.location, fmt::format("rule `{}` (sanction basis)", rule.id));
        info.cites_in_force = InForceLists(info.cites);
        info.sanction_basis_in_force = InForceLists(info.sanction_basis);
        info.notes = rule.notes;
        info.reasoning = document_notes(rule.reasoning);
        info.location = rule.location;
        if (rule.sanction_level) info.level = pack_->find_level(rule.sanction_level->id);
        info.kind = rule.kind ? pack_->find_kind(rule.kind->id) : pack_->default_kind;
        for (const ast::Ref& target : rule.overrides) info.overrides.push_back(target.id);

        if (rule.subject) {
            std::vector<std::uint32_t> reads;
            std::uint32_t node = expressions_->condition(rule.subject->condition, rule.per_act, &reads);
            info.subject_element = static_cast<int>(info.element_names.size());
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
            out.basis_in_force = InForceLists(out.basis);
            if (referral.kind) out.kind = pack_->find_kind(referral.kind->id);
            out.deadline = referral.deadline;
            if (referral.condition)
                out.condition = static_cast<std::int32_t>(expressions_->condition(*referral.condition, rule.per_act));
            compiled.referrals.push_back(std::move(out));
        }
        pack_->rule_by_id.emplace(rule.id, static_cast<std::uint32_t>(pack_->rules.size()));
        pack_->rules.push_back(std::move(compiled));
    }

    void compile_recommendation(const ast::Recommendation& recommendation) {
        CompiledRecommendation out;
        out.id = recommendation.id;
        out.title = recommendation.title;
        if (recommendation.condition)
            out.condition = static_cast<std::int32_t>(expressions_->condition(*recommendation.condition, false));
        for (const ast::Expr& path : recommendation.dated) {
            int fact = expressions_->fact(path, false);
            if (fact < 0) continue;
            const FactRef& ref = pack_->program.facts[static_cast<std::size_t>(fact)];
            if (ref.field->type != ValueType::date) {
                diagnostics_.push_back({Severity::error, "E103", path.location,
                                        fmt::format("`{}` is {}; `dated` needs a date fact of the report", ref.written,
                                                    type_name(ref.field->type)),
                                        {}});
                continue;
            }
            out.dated.push_back(static_cast<std::uint32_t>(fact));
            std::string name;
            for (const std::string& segment : ref.names) name += (name.empty() ? "" : ".") + segment;
            out.dated_names.push_back(std::move(name));
        }
        out.text = recommendation.text;
        compile_placeholders(out, recommendation.location);
        out.cites = provisions(recommendation.cites);
        out.notes = recommendation.notes;
        out.reasoning = document_notes(recommendation.reasoning);
        for (const ast::Recipient& recipient : recommendation.recipients) {
            CompiledRecipient compiled{recipient.id, recipient.title, recipient.from, recipient.until,
                                       provisions(recipient.basis), recipient.note, document_notes(recipient.reasoning), {}};
            compiled.shown_reasoning = joined(out.reasoning, compiled.reasoning);
            std::vector<const ProvisionInfo*> basis = out.cites;
            for (const ProvisionInfo* provision : compiled.basis)
                if (std::find(basis.begin(), basis.end(), provision) == basis.end()) basis.push_back(provision);
            check_subject_count(basis, recipient.location, fmt::format("recommendation `{}`", recommendation.id));
            out.basis_in_force.emplace_back(basis);
            out.texts.push_back(fill_recipient(out.text, compiled.title));
            out.recipients.push_back(std::move(compiled));
        }
        out.texts.push_back(fill_recipient(out.text, ""));
        pack_->recommendations.push_back(std::move(out));
    }

    void compile_kind(const ast::ViolationKind& kind) {
        if (pack_->find_kind(kind.name)) return;  // reported by the check stage
        auto info = std::make_unique<KindInfo>();
        info->name = kind.name;
        info->title = kind.title;
        if (kind.is_default && !pack_->default_kind) pack_->default_kind = info.get();
        pack_->kinds.push_back(std::move(info));
    }

    void compile_admissibility(const ast::Admissibility& admissibility) {
        for (const ast::AdmissibilityGroup& group : admissibility.groups) group_titles_[group.id] = group.title;
        for (const auto& [name, text] : admissibility.outcomes)
            for (AdmissibilityOutcome outcome : {AdmissibilityOutcome::registrable, AdmissibilityOutcome::incomplete,
                                                 AdmissibilityOutcome::inadmissible, AdmissibilityOutcome::late})
                if (name.id == to_string(outcome)) pack_->outcome_texts[static_cast<std::size_t>(outcome)] = text;
    }

    // A date fact of the report (not of an act), or -1 after an error.
    int date_fact(const ast::Expr& path) {
        int fact = expressions_->fact(path, false);
        if (fact < 0) return -1;
        const FactRef& ref = pack_->program.facts[static_cast<std::size_t>(fact)];
        if (ref.field->type != ValueType::date) {
            diagnostics_.push_back({Severity::error, "E103", path.location,
                                    fmt::format("`{}` is {}; a time limit counts from and to date facts", ref.written,
                                                type_name(ref.field->type)),
                                    {}});
            return -1;
        }
        return fact;
    }

    std::optional<CompiledTimeLimit> time_limit(const ast::DeadlineSpec& spec) {
        CompiledTimeLimit out;
        for (const ast::DaySpan& span : spec.spans) {
            DayCount count;
            count.count = static_cast<std::int32_t>(span.count);
            std::string word = "hari";
            if (span.unit != "days" && span.unit != "hari") {
                const WorkdayCalendar* calendar = nullptr;
                for (const WorkdayCalendar& known : pack_->program.calendars)
                    if (known.id() == span.unit) calendar = &known;
                if (!calendar) {
                    std::vector<std::string> units = {"days", "hari"};
                    for (const WorkdayCalendar& known : pack_->program.calendars) units.push_back(known.id());
                    std::vector<std::string> notes;
                    if (std::string close = closest_match(span.unit, units); !close.empty())
                        notes.push_back("did you mean `" + close + "`?");
                    diagnostics_.push_back({Severity::error, "E110", span.location,
                                            fmt::format("unknown unit of days `{}`", span.unit), std::move(notes)});
                    return std::nullopt;
                }
                count.calendar = calendar;
                word = calendar->title().empty() ? calendar->id() : calendar->title();
            }
            out.spans.push_back(count);
            out.unit_words.push_back(std::move(word));
        }
        int start = date_fact(spec.start);
        if (start < 0) return std::nullopt;
        out.start = static_cast<std::uint32_t>(start);
        if (spec.end) {
            out.end = date_fact(*spec.end);
            if (out.end < 0) return std::nullopt;
        }
        return out;
    }

    void compile_requirement(const ast::Requirement& requirement) {
        for (const CompiledRequirement& known : pack_->requirements)
            if (known.info->id == requirement.id) return;  // reported by the check stage
        CompiledRequirement compiled;
        compiled.info = std::make_unique<RequirementInfo>();
        RequirementInfo& info = *compiled.info;
        info.index = static_cast<std::uint32_t>(pack_->requirements.size());
        info.id = requirement.id;
        info.title = requirement.title;
        if (requirement.group) {
            info.group = requirement.group->id;
            info.group_title = group_titles_[requirement.group->id];
        }
        std::vector<const ProvisionInfo*> cites = provisions(requirement.cites);
        check_subject_count(cites, requirement.location, fmt::format("requirement `{}`", requirement.id));
        info.cites_in_force = InForceLists(cites);
        info.cites = std::move(cites);
        info.notes = requirement.notes;
        info.reasoning = document_notes(requirement.reasoning);
        if (requirement.condition)
            compiled.condition = static_cast<std::int32_t>(report_condition(*requirement.condition));
        for (const ast::Element& element : requirement.elements) {
            std::vector<std::uint32_t> reads;
            compiled.elements.push_back(expressions_->condition(element.condition, false, &reads));
            compiled.element_facts.push_back(std::move(reads));
            info.element_names.push_back(element.name);
        }
        if (requirement.deadline) {
            compiled.time_limit = time_limit(*requirement.deadline);
            info.time_limit = true;
            if (!requirement.deadline->end)
                diagnostics_.push_back({Severity::error, "E166", requirement.deadline->location,
                                        fmt::format("the time limit of requirement `{}` needs `by` and the date that "
                                                    "must fall within it, like `by report.reported_on`",
                                                    requirement.id),
                                        {}});
        }
        pack_->requirements.push_back(std::move(compiled));
    }

    void compile_deadline(const ast::HandlingDeadline& deadline) {
        CompiledDeadline compiled;
        compiled.id = deadline.id;
        compiled.title = deadline.title;
        if (deadline.condition)
            compiled.condition = static_cast<std::int32_t>(report_condition(*deadline.condition));
        auto due = time_limit(deadline.due);
        if (!due) return;
        compiled.due = std::move(*due);
        std::vector<const ProvisionInfo*> cites = provisions(deadline.cites);
        check_subject_count(cites, deadline.location, fmt::format("deadline `{}`", deadline.id));
        compiled.cites_in_force = InForceLists(cites);
        compiled.cites = std::move(cites);
        compiled.notes = deadline.notes;
        compiled.reasoning = document_notes(deadline.reasoning);
        pack_->deadlines.push_back(std::move(compiled));
    }

    // {actor.ppk|what to say without it}: a text fact of the report.
    void compile_placeholders(CompiledRecommendation& out, const Location& where) {
        for (std::size_t open = out.text.find('{'); open != std::string::npos; open = out.text.find('{', open + 1)) {
            std::size_t close = out.text.find('}', open);
            if (close == std::string::npos) break;
            std::string inside = out.text.substr(open + 1, close - open - 1);
            if (inside == "penerima" || inside.find('.') == std::string::npos) continue;
            std::size_t bar = inside.find('|');
            std::string path = inside.substr(0, bar);
            ast::Expr expr;
            expr.kind = ast::ExprKind::path;
            expr.location = where;
            for (std::size_t from = 0;;) {
                std::size_t dot = path.find('.', from);
                expr.segments.push_back(path.substr(from, dot == std::string::npos ? dot : dot - from));
                if (dot == std::string::npos) break;
                from = dot + 1;
            }
            if (expr.segments.front() != "report") expr.segments.insert(expr.segments.begin(), "report");
            int fact = expressions_->fact(expr, false);
            if (fact < 0) continue;
            if (pack_->program.facts[static_cast<std::size_t>(fact)].field->type != ValueType::string) {
                diagnostics_.push_back({Severity::error, "E158", where,
                                        fmt::format("`{{{}}}` in recommendation `{}` must name a text fact", inside, out.id),
                                        {}});
                continue;
            }
            out.placeholders.push_back({out.text.substr(open, close - open + 1), static_cast<std::uint32_t>(fact),
                                        bar == std::string::npos ? std::string() : inside.substr(bar + 1)});
        }
    }

    // "{penerima}" in a recommendation's text is the recipient's name.
    static std::string fill_recipient(const std::string& text, const std::string& recipient) {
        static const std::string placeholder = "{penerima}";
        std::string out;
        std::size_t from = 0;
        for (std::size_t at; (at = text.find(placeholder, from)) != std::string::npos; from = at + placeholder.size()) {
            out.append(text, from, at - from);
            out += recipient;
        }
        out.append(text, from, std::string::npos);
        return out;
    }

    void resolve_overrides() {
        for (CompiledRule& rule : pack_->rules)
            for (const std::string& target : rule.info->overrides)
                if (auto found = pack_->rule_by_id.find(target); found != pack_->rule_by_id.end())
                    rule.overrides.push_back(found->second);
    }

    std::shared_ptr<Pack> pack_;
    Diagnostics& diagnostics_;
    std::unordered_map<std::string, std::uint32_t> report_conditions_;  // canonical text -> node
    const ObjectSchema* act_schema_ = nullptr;
    std::unordered_map<std::string, const ast::Define*> defines_;
    ExpressionCompiler* expressions_ = nullptr;
    std::string covered_title_;
    std::unordered_map<std::string, std::int32_t> subject_index_;  // canonical condition -> index
    std::unordered_map<std::string, ProvisionInfo*> provisions_by_id_;  // the pack's, writable while compiling
    std::map<std::string, std::string> group_titles_;                    // admissibility groups
};

}  // namespace

const LevelInfo* Pack::find_level(const std::string& name) const {
    for (const auto& level : levels)
        if (level->name == name) return level.get();
    return nullptr;
}

const KindInfo* Pack::find_kind(std::string_view name) const {
    for (const auto& kind : kinds)
        if (kind->name == name) return kind.get();
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
