// The skeleton pack's files. English keywords and comments that say what each
// part is for; the texts that reach documents are in Indonesian, as in every
// pack. Kept small: one thing of each kind, each used.
#include "netral/scaffold.hpp"

namespace netral {
namespace {

constexpr const char* manifest = R"(# The pack's identity: verdicts name it and its version (docs/language.md).
name: {name}
version: "0.1"
title: "Paket aturan {name}"
)";

constexpr const char* facts = R"(# What an incident report says (docs/incident-format.md): every fact a rule
# reads is declared here, with the question a case handler asks when it is
# missing.
facts {
  id: string required
  actor: object required {
    name: string
    status: enum {pns, pppk, non_asn} question "Apa status kepegawaian terlapor?"
  }
  acts: list of object required {
    type: enum {rally, other} required question "Apa perbuatan yang dilaporkan?"
    date: date question "Kapan perbuatan dilakukan?"
    stance: enum {support, neutral} question "Apakah terlapor menunjukkan keberpihakan?"
  }
}

# Sanction levels, lightest first; a rule names one.
levels {
  ringan "Hukuman disiplin ringan" {
    measures "teguran lisan"
    basis contoh-1-2024/pasal-3
  }
}
)";

constexpr const char* regulation = R"(# One regulation and the provisions the rules cite, quoted as enacted.
# Replace the example with the real text and say where it was taken from.
regulation contoh-1-2024 "Peraturan Contoh Nomor 1 Tahun 2024 tentang Netralitas Pegawai" {
  in_force 2024-01-01
  source "Contoh: ganti dengan naskah resmi dan alamat sumbernya."
  provision pasal-2 {
    text "Pegawai dilarang ikut serta dalam kampanye dengan menunjukkan keberpihakan."
  }
  provision pasal-3 {
    text "Pegawai yang melanggar ketentuan Pasal 2 dijatuhi hukuman disiplin ringan."
  }
}
)";

constexpr const char* rule = R"(# A rule: who it speaks of, the conduct it is about (`when`), its elements
# (all must be met), the provisions it cites and its sanction.
rule kampanye.ikut "Pegawai ikut kampanye dengan memihak" {
  per act
  subject "Setiap pegawai": actor.status in {pns, pppk}
  when act.type == rally
  element "menunjukkan keberpihakan": act.stance == support
  cites contoh-1-2024/pasal-2
  sanction ringan by contoh-1-2024/pasal-3
  note "Contoh: ganti dengan aturan yang sebenarnya."
}
)";

constexpr const char* examples = R"(# Examples are the pack's tests (`netral test`): a report and what its
# verdict must be. One that violates the rule and one near miss, so that
# every element is seen both met and not met.
example ikut-memihak "Pegawai ikut kampanye dan memihak: melanggar" {
  report """
    id: CONTOH-1
    actor: {status: pns}
    acts:
      - {type: rally, date: 2024-10-01, stance: support}
  """
  expect status violation
  expect rules kampanye.ikut
  expect level ringan
  expect cites contoh-1-2024/pasal-2
}

example bukan-pegawai "Bukan pegawai, hadir tanpa memihak: tidak melanggar" {
  report """
    id: CONTOH-2
    actor: {status: non_asn}
    acts:
      - {type: rally, date: 2024-10-01, stance: neutral}
  """
  expect status no_violation
  expect element kampanye.ikut "Setiap pegawai" not_met
  expect element kampanye.ikut "menunjukkan keberpihakan" not_met
}
)";

std::string filled(const char* text, const std::string& name) {
    std::string out = text;
    const std::string placeholder = "{name}";
    for (std::size_t at = out.find(placeholder); at != std::string::npos; at = out.find(placeholder, at + name.size()))
        out.replace(at, placeholder.size(), name);
    return out;
}

}  // namespace

PackSource skeleton_pack(const std::string& name) {
    PackSource pack;
    pack.files = {
        {"pack.yaml", filled(manifest, name)},
        {"facts.netral", facts},
        {"law/contoh-1-2024.netral", regulation},
        {"rules/kampanye.netral", rule},
        {"examples/kampanye.netral", examples},
    };
    return pack;
}

}  // namespace netral
