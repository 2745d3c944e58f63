// One-call helpers for the engine's unit tests: build a small pack from DSL
// text, check a report written in YAML, look at diagnostics.
#pragma once

#include <catch2/catch.hpp>
#include <string>

#include "netral/check.hpp"
#include "netral/pack.hpp"
#include "netral/render.hpp"

namespace netral::testing {

// A small vocabulary and calendar that the unit tests share.
inline const char* mini_facts = R"(
facts {
  id: string required
  election: string question "Pemilihan apa?"
  actor: object required {
    status: enum {pns, cpns, pppk, non_asn, tni, unknown} required question "Apa status terlapor?"
    official: bool
    cltn: bool
    prior_sanctions: list of object {
      level: enum {ringan, sedang, berat, moral}
      same_kind: bool
    }
  }
  acts: list of object required {
    type: enum {rally, post, voting, other} required
    date: date question "Kapan?"
    stance: enum {support, oppose, neutral} question "Memihak?"
    a: bool question "a?"
    b: bool question "b?"
    official_duty: bool
    attributes: list of enum {party, civil_service, campaign}
    description: string
    count: integer
  }
  reported_on: date
}

election pilkada-2024 "Pilkada 2024" {
  registration 2024-08-27 .. 2024-08-29
  candidate_determination 2024-09-22
  campaign 2024-09-25 .. 2024-11-23
  quiet_period 2024-11-24 .. 2024-11-26
  voting_day 2024-11-27
}

regulation pp-1-2020 "Peraturan Pemerintah Nomor 1 Tahun 2020 tentang Uji" {
  in_force 2020-01-01
  provision pasal-1 { text "Larangan satu." }
  provision pasal-2/ayat-1 { text "Sanksi ringan." }
  provision pasal-3/huruf-a { text "Sanksi berat." }
}

regulation uu-1-2010 "Undang-Undang Nomor 1 Tahun 2010 tentang Lama" {
  in_force 2010-01-01
  repealed 2023-10-31 by uu-2-2023
  provision pasal-9 { text "Lama." }
}

regulation uu-2-2023 "Undang-Undang Nomor 2 Tahun 2023 tentang Baru" {
  in_force 2023-10-31
  provision pasal-9 { text "Baru." }
}

levels {
  none "Tidak ada sanksi"
  moral "Sanksi moral"
  ringan "Ringan" { measures "teguran lisan" basis pp-1-2020/pasal-2/ayat-1 }
  sedang "Sedang"
  berat "Berat" { measures "penurunan jabatan" basis pp-1-2020/pasal-3/huruf-a }
}

scope {
  subject actor.status in {pns, cpns, pppk}
  from 2022-09-22 "dalam cakupan waktu"
  outside actor.status == non_asn "Bukan ASN: instansi pemberi kerja."
}
)";

// One rule on rallies with one element, `act.a`: enough for tests of
// reading and batching, where the rules themselves do not matter.
inline const char* rally_rule = R"(
rule t.r "r" {
  when act.type == rally
  element "a": act.a
  cites pp-1-2020/pasal-1
  sanction ringan by pp-1-2020/pasal-2/ayat-1
}
)";

// A pack folder `name` of three files: its manifest, `facts` and `rules`.
inline PackSource pack_source(const std::string& rules, const std::string& facts = mini_facts,
                              const std::string& name = "test-pack") {
    PackSource source;
    source.root = name;
    source.files.push_back({"pack.yaml", "name: " + name + "\nversion: \"1\"\n"});
    source.files.push_back({"base.netral", facts});
    source.files.push_back({"rules.netral", rules});
    return source;
}

inline PackLoad load_source(const std::string& rules, const std::string& facts = mini_facts) {
    return load_pack(pack_source(rules, facts));
}

inline std::string all_messages(const Diagnostics& diagnostics) {
    std::string out;
    for (const Diagnostic& d : diagnostics)
        out += format_diagnostic(d, {}) ;
    return out;
}

// A pack that must compile cleanly.
inline std::shared_ptr<const Pack> compile_rules(const std::string& rules) {
    PackLoad loaded = load_source(rules);
    INFO(all_messages(loaded.diagnostics));
    REQUIRE(loaded.pack);
    return loaded.pack;
}

// The errors a pack gives (it must give at least one).
inline Diagnostics pack_errors(const std::string& rules) {
    PackLoad loaded = load_source(rules);
    REQUIRE_FALSE(loaded.pack);
    return loaded.diagnostics;
}

inline const Diagnostic* find_code(const Diagnostics& diagnostics, const std::string& code) {
    for (const Diagnostic& d : diagnostics)
        if (d.code == code) return &d;
    return nullptr;
}

// The verdict for one report written in YAML.
inline Verdict check_yaml(const Pack& pack, const std::string& yaml) {
    std::vector<ReportInput> inputs = read_reports(yaml, "report.yaml", InputFormat::yaml, pack);
    REQUIRE(inputs.size() == 1);
    return check(pack, inputs[0]);
}

inline const Finding* finding_of(const Verdict& verdict, const std::string& rule, int act = 0) {
    for (const Finding& finding : verdict.findings)
        if (finding.rule->id == rule && finding.act == act) return &finding;
    return nullptr;
}

}  // namespace netral::testing
