// Several packs as one: routing by the scope's subject, and the packs that
// cannot be used together.
#include "fixture.hpp"
#include "netral/pack_set.hpp"

using namespace netral;
using namespace netral::testing;

namespace {

std::shared_ptr<const Pack> named_pack(const std::string& name, const std::string& rules,
                                       const std::string& facts = mini_facts) {
    // Each pack its own scope: the facts without theirs.
    PackLoad loaded = load_pack(pack_source(rules, facts.substr(0, facts.find("\nscope {")), name));
    INFO(all_messages(loaded.diagnostics));
    REQUIRE(loaded.pack);
    return loaded.pack;
}

const std::string civil_servants = std::string(rally_rule) + R"(
scope {
  subject actor.status in {pns, cpns, pppk}
  outside actor.status == non_asn "Bukan Pegawai ASN."
}
)";

const std::string soldiers = R"(
scope { subject actor.status == tni }
rule t.tni "anggota TNI ikut kampanye" {
  when act.type == rally
  element "memihak": act.stance == support
  cites pp-1-2020/pasal-1
  sanction none
}
)";

Verdict check_one(const PackSet& packs, const std::string& yaml) {
    std::vector<ReportInput> inputs = read_reports(yaml, "laporan.yaml", InputFormat::yaml, packs.reader());
    REQUIRE(inputs.size() == 1);
    return check(packs, inputs[0]);
}

}  // namespace

TEST_CASE("a report goes to the pack whose subject covers its actor") {
    auto asn = named_pack("asn", civil_servants);
    auto tni = named_pack("tni", soldiers);
    std::string error;
    auto packs = PackSet::make({asn, tni}, error);
    REQUIRE(packs);

    Verdict soldier = check_one(*packs, "id: A\nactor: {status: tni}\nacts: [{type: rally, stance: support}]\n");
    CHECK(soldier.pack == tni.get());
    CHECK(soldier.pack_name == "tni");
    CHECK(soldier.status == VerdictStatus::violation);
    REQUIRE(finding_of(soldier, "t.tni"));

    Verdict civil = check_one(*packs, "id: B\nactor: {status: pns}\nacts: [{type: rally, a: true}]\n");
    CHECK(civil.pack == asn.get());
    CHECK(civil.status == VerdictStatus::violation);
    REQUIRE(finding_of(civil, "t.r"));
}

TEST_CASE("a report no pack covers goes to the first, whose scope says why") {
    auto asn = named_pack("asn", civil_servants);
    auto tni = named_pack("tni", soldiers);
    std::string error;
    auto packs = PackSet::make({asn, tni}, error);
    REQUIRE(packs);
    Verdict contract = check_one(*packs, "id: C\nactor: {status: non_asn}\nacts: [{type: rally}]\n");
    CHECK(contract.pack == asn.get());
    CHECK(contract.status == VerdictStatus::out_of_scope);
    Verdict unknown = check_one(*packs, "id: D\nactor: {status: unknown}\nacts: [{type: rally}]\n");
    CHECK(unknown.pack == asn.get());

    // The order given decides between packs that both cover an actor.
    auto reversed = PackSet::make({tni, named_pack("asn", civil_servants)}, error);
    REQUIRE(reversed);
    CHECK(check_one(*reversed, "id: E\nactor: {status: non_asn}\nacts: [{type: rally}]\n").pack == tni.get());
}

TEST_CASE("packs that read reports differently cannot be used together") {
    auto asn = named_pack("asn", civil_servants);
    std::string other_facts = mini_facts;
    std::string from = "official: bool";
    other_facts.replace(other_facts.find(from), from.size(), "official: bool\n    rank: string");
    auto other = named_pack("lain", R"(scope { subject actor.status == tni })", other_facts);
    std::string error;
    CHECK_FALSE(PackSet::make({asn, other}, error));
    CHECK(error.find("`asn` and `lain` read reports differently") != std::string::npos);
    CHECK(error.find("the fields of `actor` are not the same") != std::string::npos);

    std::string twice;
    CHECK_FALSE(PackSet::make({asn, named_pack("asn", civil_servants)}, twice));
    CHECK(twice.find("given twice") != std::string::npos);

    std::string elections = mini_facts;
    std::string day = "candidate_determination 2024-09-22";
    elections.replace(elections.find(day), day.size(), "candidate_determination 2024-09-23");
    std::string calendar;
    CHECK_FALSE(PackSet::make({asn, named_pack("lain", soldiers, elections)}, calendar));
    CHECK(calendar.find("different elections") != std::string::npos);
}

namespace {

// Everything a load gave, as text: its diagnostics and, when it compiled,
// the pack's name and digest.
std::string described(const PackLoad& load) {
    std::string out = all_messages(load.diagnostics);
    if (load.pack) out += identity(*load.pack).name + " " + identity(*load.pack).digest;
    return out;
}

}  // namespace

TEST_CASE("packs loaded together give what each gives loaded alone", "[pack]") {
    std::vector<PackSource> sources = embedded_standard_packs();
    REQUIRE(sources.size() >= 2);
    std::vector<PackLoad> together = load_packs(sources);
    REQUIRE(together.size() == sources.size());
    for (std::size_t i = 0; i < sources.size(); ++i) {
        INFO(sources[i].root);
        CHECK(together[i].pack);
        CHECK(described(together[i]) == described(load_pack(sources[i])));
    }
}

TEST_CASE("a shared file read for one pack is read again when another's copy differs", "[pack]") {
    // Two packs with a file of the same path: the second's has an error the
    // first's has not, and must not be taken from what the first read.
    PackSource good = pack_source(rally_rule, mini_facts, "sama");
    PackSource broken = good;
    broken.files.back().text = std::string(rally_rule) + "rule t.r2 \"r\" { when act.type == ralyy }\n";
    std::vector<PackLoad> loads = load_packs({good, broken});
    CHECK(loads[0].pack);
    CHECK_FALSE(loads[1].pack);
    CHECK(find_code(loads[1].diagnostics, "E102"));
    CHECK(described(loads[1]) == described(load_pack(broken)));
}

TEST_CASE("a broken example stops a pack only where examples are read", "[pack]") {
    std::string rules = std::string(rally_rule) + R"(
example ex.1 "contoh" {
  report """
    id: EX
    actor: {status: pnss}
    acts: [{type: rally}]
  """
  expect status violation
}
)";
    PackSource source = pack_source(rules, mini_facts, "contoh");
    PackLoad linted = load_pack(source);
    CHECK_FALSE(linted.pack);
    CHECK(find_code(linted.diagnostics, "E202"));

    LoadOptions for_checking;
    for_checking.check_examples = false;
    PackLoad checking = load_pack(source, for_checking);
    INFO(all_messages(checking.diagnostics));
    CHECK(checking.pack);
    CHECK_FALSE(find_code(checking.diagnostics, "E202"));
}
