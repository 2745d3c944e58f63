// The DSL parser (grammar/src/dsl_*): every construct to its syntax tree,
// English and Indonesian keywords to the same tree, every syntax error with
// its message and position, conditions alone with a start offset, and the
// grammar itself free of PEGTL problems.
#include <catch2/catch.hpp>

#include <fmt/format.h>
#include <sstream>
#include <string>

#include <tao/pegtl/contrib/analyze.hpp>

#include "dsl_grammar.hpp"
#include "netral/ast.hpp"
#include "netral/parse.hpp"

using namespace netral;

namespace {

// ------------------------------------------------------------------ printing a tree

std::string where(const Location& l) { return std::to_string(l.line) + ":" + std::to_string(l.column); }

// A condition as an s-expression, e.g. (and (== act.type rally) partisan).
std::string sexpr(const ast::Expr& e, bool locations = false) {
    std::string out;
    auto list = [&](const std::string& head) {
        out = "(" + head;
        for (const auto& c : e.children) out += " " + sexpr(c, locations);
        out += ")";
    };
    static const char* ops[] = {"==", "!=", "<", "<=", ">", ">="};
    switch (e.kind) {
        case ast::ExprKind::boolean: out = e.boolean ? "true" : "false"; break;
        case ast::ExprKind::integer: out = std::to_string(e.integer); break;
        case ast::ExprKind::string: out = "\"" + e.text + "\""; break;
        case ast::ExprKind::date: out = format_iso_date(e.date); break;
        case ast::ExprKind::name: out = e.text; break;
        case ast::ExprKind::path:
            for (const auto& s : e.segments) out += (out.empty() ? "" : ".") + s;
            out = "path:" + out;
            break;
        case ast::ExprKind::set: list("set"); break;
        case ast::ExprKind::range: list("range"); break;
        case ast::ExprKind::not_: list("not"); break;
        case ast::ExprKind::and_: list("and"); break;
        case ast::ExprKind::or_: list("or"); break;
        case ast::ExprKind::compare: list(ops[static_cast<int>(e.op)]); break;
        case ast::ExprKind::in: list("in"); break;
        case ast::ExprKind::not_in: list("not-in"); break;
        case ast::ExprKind::contains: list("contains"); break;
        case ast::ExprKind::known: list("known"); break;
        case ast::ExprKind::unknown: list("unknown"); break;
        case ast::ExprKind::given: list("given"); break;
        case ast::ExprKind::offset: list(fmt::format("{:+} {}", e.integer, e.text)); break;
        case ast::ExprKind::quantifier: list(std::string(e.all_ ? "all " : "any ") + e.variable); break;
    }
    return locations ? out + "@" + where(e.location) : out;
}

// A whole file, every field; with `locations`, every node's position too.
struct Printer {
    bool locations;
    std::ostringstream out;

    std::string at(const Location& l) { return locations ? " @" + where(l) : ""; }
    std::string date(const std::optional<Date>& d) { return d ? format_iso_date(*d) : "-"; }
    std::string refs(const std::vector<ast::Ref>& rs) {
        std::string s = "[";
        for (const auto& r : rs) s += (s.size() > 1 ? ", " : "") + r.id + at(r.location);
        return s + "]";
    }
    std::string ref(const std::optional<ast::Ref>& r) { return r ? r->id + at(r->location) : "-"; }
    std::string expr(const ast::Expr& e) { return sexpr(e, locations); }

    void fields(const std::vector<ast::FieldDecl>& fs, const std::string& indent) {
        // In the order of ast::TypeDecl::Kind.
        static const char* kinds[] = {"bool",      "integer",     "string", "date",       "enum",
                                      "enum_list", "string_list", "object", "object_list"};
        static_assert(std::size(kinds) == static_cast<std::size_t>(ast::TypeDecl::Kind::object_list) + 1);
        for (const auto& f : fs) {
            out << indent << f.name << ": " << kinds[static_cast<int>(f.type.kind)];
            for (const auto& v : f.type.values) out << " " << v;
            out << (f.required ? " required" : "") << " q=" << f.question << at(f.location) << at(f.type.location)
                << "\n";
            fields(f.type.fields, indent + "  ");
        }
    }

    std::string print(const ast::File& file) {
        for (const auto& r : file.regulations) {
            out << "regulation " << r.id << " '" << r.title << "' in_force=" << date(r.in_force)
                << " repealed=" << date(r.repealed) << " by=" << ref(r.replaced_by) << " source=" << r.source
                << " note=" << r.note << at(r.location) << "\n";
            for (const auto& p : r.provisions)
                out << "  provision " << p.id << " text=" << p.text << " citation=" << p.citation
                    << " in_force=" << date(p.in_force) << " repealed=" << date(p.repealed) << " note=" << p.note
                    << at(p.location) << "\n";
        }
        if (file.facts) {
            out << "facts" << at(file.facts->location) << "\n";
            fields(file.facts->fields, "  ");
        }
        for (const auto& e : file.elections) {
            out << "election " << e.id << " '" << e.title << "'" << at(e.location) << "\n";
            for (const auto& s : e.stages)
                out << "  " << s.name << " " << format_iso_date(s.from) << " " << format_iso_date(s.to)
                    << at(s.location) << "\n";
        }
        for (const auto& l : file.levels) {
            out << "level " << l.name << " '" << l.title << "' basis=" << refs(l.basis) << at(l.location);
            for (const auto& m : l.measures) out << " measure=" << m;
            out << "\n";
        }
        const auto& a = file.aggregation;
        out << "aggregation " << a.declared << " basis=" << refs(a.concurrent_basis) << " note=" << a.concurrent_note
            << at(a.location) << "\n";
        for (const auto& e : a.escalations)
            out << "  repeat '" << e.title << "' when=" << expr(e.condition) << " steps=" << e.steps
                << " ladder=" << refs(e.ladder) << " basis=" << refs(e.basis) << " note=" << e.note << at(e.location)
                << "\n";
        const auto& s = file.scope;
        out << "scope " << s.declared << " subject=" << (s.subject ? expr(*s.subject) : "-")
            << " from=" << date(s.from) << " '" << s.from_title << "'" << at(s.location) << "\n";
        for (const auto& o : s.outside)
            out << "  outside " << expr(o.condition) << " text=" << o.text << at(o.location) << "\n";
        for (const auto& d : file.defines)
            out << "define " << d.name << " '" << d.title << "' = " << expr(d.expr) << at(d.location) << "\n";
        for (const auto& r : file.rules) {
            out << "rule " << r.id << " '" << r.title << "' per_act=" << r.per_act << at(r.location) << "\n";
            if (r.subject)
                out << "  subject '" << r.subject->name << "' " << expr(r.subject->condition)
                    << at(r.subject->location) << "\n";
            out << "  when " << (r.when ? expr(*r.when) : "-") << "\n";
            for (const auto& e : r.elements)
                out << "  element '" << e.name << "' " << expr(e.condition) << at(e.location) << "\n";
            for (const auto& e : r.exceptions)
                out << "  unless '" << e.name << "' " << expr(e.condition) << at(e.location) << "\n";
            out << "  overrides " << refs(r.overrides) << "\n  cites " << refs(r.cites) << "\n  sanction "
                << ref(r.sanction_level) << " by " << refs(r.sanction_basis) << "\n";
            for (const auto& f : r.referrals)
                out << "  refer " << f.to << " '" << f.reason << "' by " << refs(f.basis) << " when "
                    << (f.condition ? expr(*f.condition) : "-") << at(f.location) << "\n";
            for (const auto& n : r.notes) out << "  note " << n << "\n";
        }
        for (const auto& x : file.examples) {
            out << "example " << x.id << " '" << x.title << "'" << at(x.location) << "\n  report"
                << at(x.report_location) << "\n" << x.report << "  status " << ref(x.status) << "\n  level "
                << ref(x.level) << "\n  rules " << (x.rules ? refs(*x.rules) : "-") << "\n  cites "
                << (x.cites ? refs(*x.cites) : "-") << "\n  missing " << (x.missing ? refs(*x.missing) : "-")
                << "\n";
        }
        return out.str();
    }
};

std::string print(const ast::File& file, bool locations = false) { return Printer{locations, {}}.print(file); }

std::string all_messages(const Diagnostics& diagnostics) {
    std::string out;
    for (const auto& d : diagnostics)
        out += d.location.file + ":" + where(d.location) + ": " + d.code + " " + d.message + "\n";
    return out;
}

ast::File parse_clean(const std::string& text, const std::string& path = "law.netral") {
    ParseResult result = parse_dsl(text, path);
    INFO(all_messages(result.diagnostics));
    REQUIRE(result.diagnostics.empty());
    return result.file;
}

// ------------------------------------------------------------------ the sample pack

// Every construct of docs/language.md, English keywords. Line numbers matter.
const char* english = R"(# A sample of every construct.
regulation pp-94-2021 "Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil" {
  in_force 2021-08-31
  source "JDIH BPK"
  provision pasal-5/huruf-n/angka-4 {
    text "PNS dilarang \"memberikan\" dukungan"
  }
  provision pasal-8/ayat-4 {
    text "Jenis Hukuman Disiplin berat ..."
    note "nomor ayat belum dikonfirmasi"
    citation "Lampiran A"
    in_force 2022-01-01
    repealed 2023-01-01
  }
}

regulation uu-5-2014 "Undang-Undang Nomor 5 Tahun 2014 tentang Aparatur Sipil Negara" {
  in_force 2014-01-15
  repealed 2023-10-31 by uu-20-2023
  note "diganti"
  provision pasal-9/ayat-2 { text "..." }
}

facts {
  id: string required
  election: string  question "Pemilihan mana?"
  actor: object required {
    status: enum {pns, cpns, unknown} required
      question "Apa status kepegawaian terlapor?"
    official: bool
    prior_sanctions: list of object {
      level: enum {ringan, berat}
      date: date
    }
  }
  acts: list of object required {
    count: integer
    attributes: list of enum {party, campaign}
  }
}

election pilkada-2024 "Pemilihan Serentak 2024" {
  registration            2024-08-27 .. 2024-08-29
  candidate_determination 2024-09-22
  campaign                2024-09-25 .. 2024-11-23
  quiet_period            2024-11-24 .. 2024-11-26
  voting_day              2024-11-27
}

levels {
  none "Tidak ada sanksi"
  moral "Sanksi moral" {
    measures "pernyataan secara tertutup", "pernyataan secara terbuka"
    basis pp-42-2004/pasal-15
  }
  berat
}

aggregation {
  concurrent heaviest note "beberapa pelanggaran"
  repeat "Pengulangan pelanggaran sejenis"
    when any(s in actor.prior_sanctions: s.same_kind)
    raise 1 within {ringan, sedang, berat}
    basis pp-94-2021/pasal-9
    note "catatan"
}

scope {
  subject actor.status in {pns, cpns, pppk}
  from 2022-09-22 "Perbuatan dilakukan sejak berlakunya SKB 2022"
  outside actor.status == non_asn "Non-ASN."
}

define partisan "bersikap memihak" = act.stance in {support, oppose}
define calon = act.phase not in {before_registration, registration}

rule kampanye.fasilitas_negara "PNS dengan fasilitas negara" {
  per act
  subject "Setiap PNS": actor.status in {pns, cpns, pppk}
  when act.type == campaign_participation
  element "sebagai peserta kampanye": partisan
  element "menggunakan fasilitas negara": act.state_facilities
  unless "melaksanakan tugas kedinasan": act.official_duty
  overrides kampanye.atribut, kampanye.ikut
  cites pp-94-2021/pasal-5/huruf-n/angka-4, uu-20-2023/pasal-9/ayat-2
  sanction berat by pp-94-2021/pasal-14/huruf-i
  refer gakkumdu "Dugaan tindak pidana" by uu-10-2016/pasal-71/ayat-1, uu-1-2015/pasal-188
    when report.election == "pilkada-2024" and actor.official
  note "[pilihan] ..."
}

rule laporan.umum {
  per report
  when known actor.status
}

example camat-mobil-dinas "Camat hadir di kampanye" {
  report """
    id: EX-1
    actor: {status: pns}
    acts:
      - {type: campaign_participation, date: 2024-10-30}
  """
  expect status violation
  expect level berat
  expect rules kampanye.fasilitas_negara
  expect cites pp-94-2021/pasal-5/huruf-n/angka-4, uu-20-2023/pasal-9/ayat-2
  expect missing acts[0].role, actor.status
}

example kosong {
  report "id: EX-2"
  expect missing none
}
)";

// The same, in Indonesian keywords.
const char* indonesian = R"(# Contoh setiap konstruksi.
peraturan pp-94-2021 "Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil" {
  berlaku 2021-08-31
  sumber "JDIH BPK"
  ketentuan pasal-5/huruf-n/angka-4 {
    teks "PNS dilarang \"memberikan\" dukungan"
  }
  ketentuan pasal-8/ayat-4 {
    teks "Jenis Hukuman Disiplin berat ..."
    catatan "nomor ayat belum dikonfirmasi"
    sitasi "Lampiran A"
    berlaku 2022-01-01
    dicabut 2023-01-01
  }
}

peraturan uu-5-2014 "Undang-Undang Nomor 5 Tahun 2014 tentang Aparatur Sipil Negara" {
  berlaku 2014-01-15
  dicabut 2023-10-31 oleh uu-20-2023
  catatan "diganti"
  ketentuan pasal-9/ayat-2 { teks "..." }
}

fakta {
  id: string wajib
  election: string  pertanyaan "Pemilihan mana?"
  actor: objek wajib {
    status: enum {pns, cpns, unknown} wajib
      pertanyaan "Apa status kepegawaian terlapor?"
    official: bool
    prior_sanctions: daftar dari objek {
      level: enum {ringan, berat}
      date: date
    }
  }
  acts: daftar dari objek wajib {
    count: integer
    attributes: daftar dari enum {party, campaign}
  }
}

pemilihan pilkada-2024 "Pemilihan Serentak 2024" {
  pendaftaran      2024-08-27 .. 2024-08-29
  penetapan_calon  2024-09-22
  kampanye         2024-09-25 .. 2024-11-23
  masa_tenang      2024-11-24 .. 2024-11-26
  pemungutan_suara 2024-11-27
}

tingkat {
  none "Tidak ada sanksi"
  moral "Sanksi moral" {
    tindakan "pernyataan secara tertutup", "pernyataan secara terbuka"
    dasar_sanksi pp-42-2004/pasal-15
  }
  berat
}

agregasi {
  bersamaan terberat catatan "beberapa pelanggaran"
  pengulangan "Pengulangan pelanggaran sejenis"
    jika ada(s dalam actor.prior_sanctions: s.same_kind)
    naik 1 dalam {ringan, sedang, berat}
    dasar_sanksi pp-94-2021/pasal-9
    catatan "catatan"
}

cakupan {
  subjek actor.status dalam {pns, cpns, pppk}
  sejak 2022-09-22 "Perbuatan dilakukan sejak berlakunya SKB 2022"
  di_luar actor.status == non_asn "Non-ASN."
}

definisi partisan "bersikap memihak" = act.stance dalam {support, oppose}
definisi calon = act.phase bukan dalam {before_registration, registration}

aturan kampanye.fasilitas_negara "PNS dengan fasilitas negara" {
  per perbuatan
  subjek "Setiap PNS": actor.status dalam {pns, cpns, pppk}
  jika act.type == campaign_participation
  unsur "sebagai peserta kampanye": partisan
  unsur "menggunakan fasilitas negara": act.state_facilities
  kecuali "melaksanakan tugas kedinasan": act.official_duty
  mengesampingkan kampanye.atribut, kampanye.ikut
  dasar pp-94-2021/pasal-5/huruf-n/angka-4, uu-20-2023/pasal-9/ayat-2
  sanksi berat oleh pp-94-2021/pasal-14/huruf-i
  rujuk gakkumdu "Dugaan tindak pidana" oleh uu-10-2016/pasal-71/ayat-1, uu-1-2015/pasal-188
    jika report.election == "pilkada-2024" dan actor.official
  catatan "[pilihan] ..."
}

aturan laporan.umum {
  per laporan
  jika diketahui actor.status
}

contoh camat-mobil-dinas "Camat hadir di kampanye" {
  laporan """
    id: EX-1
    actor: {status: pns}
    acts:
      - {type: campaign_participation, date: 2024-10-30}
  """
  harapan status violation
  harapan tingkat berat
  harapan aturan kampanye.fasilitas_negara
  harapan dasar pp-94-2021/pasal-5/huruf-n/angka-4, uu-20-2023/pasal-9/ayat-2
  harapan kurang acts[0].role, actor.status
}

contoh kosong {
  laporan "id: EX-2"
  harapan kurang none
}
)";

}  // namespace

// ------------------------------------------------------------------ constructs

TEST_CASE("regulations and provisions: full provision ids, dates, replacement", "[grammar]") {
    ast::File file = parse_clean(english);
    CHECK(file.path == "law.netral");
    REQUIRE(file.regulations.size() == 2);
    const ast::Regulation& pp = file.regulations[0];
    CHECK(pp.id == "pp-94-2021");
    CHECK(pp.title == "Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil");
    CHECK(pp.in_force == parse_iso_date("2021-08-31"));
    CHECK_FALSE(pp.repealed);
    CHECK(pp.source == "JDIH BPK");
    CHECK(where(pp.location) == "2:1");
    CHECK(pp.location.file == "law.netral");
    REQUIRE(pp.provisions.size() == 2);
    CHECK(pp.provisions[0].id == "pp-94-2021/pasal-5/huruf-n/angka-4");
    CHECK(pp.provisions[0].text == "PNS dilarang \"memberikan\" dukungan");
    CHECK(where(pp.provisions[0].location) == "5:3");
    const ast::Provision& p = pp.provisions[1];
    CHECK(p.id == "pp-94-2021/pasal-8/ayat-4");
    CHECK(p.note == "nomor ayat belum dikonfirmasi");
    CHECK(p.citation == "Lampiran A");
    CHECK(p.in_force == parse_iso_date("2022-01-01"));
    CHECK(p.repealed == parse_iso_date("2023-01-01"));

    const ast::Regulation& uu = file.regulations[1];
    CHECK(uu.repealed == parse_iso_date("2023-10-31"));
    REQUIRE(uu.replaced_by);
    CHECK(uu.replaced_by->id == "uu-20-2023");
    CHECK(where(uu.replaced_by->location) == "19:26");
    CHECK(uu.note == "diganti");
    REQUIRE(uu.provisions.size() == 1);
    CHECK(uu.provisions[0].id == "uu-5-2014/pasal-9/ayat-2");
}

TEST_CASE("facts: types, options, nesting, order of declaration", "[grammar]") {
    ast::File file = parse_clean(english);
    REQUIRE(file.facts);
    CHECK(where(file.facts->location) == "24:1");
    const auto& fields = file.facts->fields;
    REQUIRE(fields.size() == 4);
    using Kind = ast::TypeDecl::Kind;
    CHECK(fields[0].name == "id");
    CHECK(fields[0].type.kind == Kind::string);
    CHECK(fields[0].required);
    CHECK(where(fields[0].location) == "25:3");
    CHECK(fields[1].name == "election");
    CHECK_FALSE(fields[1].required);
    CHECK(fields[1].question == "Pemilihan mana?");
    const ast::FieldDecl& actor = fields[2];
    CHECK(actor.type.kind == Kind::object);
    CHECK(actor.required);
    REQUIRE(actor.type.fields.size() == 3);
    const ast::FieldDecl& status = actor.type.fields[0];
    CHECK(status.type.kind == Kind::enumeration);
    CHECK(status.type.values == std::vector<std::string>{"pns", "cpns", "unknown"});
    CHECK(status.required);
    CHECK(status.question == "Apa status kepegawaian terlapor?");
    CHECK(where(status.location) == "28:5");
    CHECK(where(status.type.location) == "28:13");
    CHECK(actor.type.fields[1].type.kind == Kind::boolean);
    const ast::FieldDecl& prior = actor.type.fields[2];
    CHECK(prior.type.kind == Kind::object_list);
    CHECK_FALSE(prior.required);
    REQUIRE(prior.type.fields.size() == 2);
    CHECK(prior.type.fields[1].name == "date");
    CHECK(prior.type.fields[1].type.kind == Kind::date);
    const ast::FieldDecl& acts = fields[3];
    CHECK(acts.type.kind == Kind::object_list);
    CHECK(acts.required);
    CHECK(acts.type.fields[0].type.kind == Kind::integer);
    CHECK(acts.type.fields[1].type.kind == Kind::enum_list);
    CHECK(acts.type.fields[1].type.values == std::vector<std::string>{"party", "campaign"});
}

TEST_CASE("elections: five stages, one-day stages end on their first day", "[grammar]") {
    ast::File file = parse_clean(english);
    REQUIRE(file.elections.size() == 1);
    const ast::Election& e = file.elections[0];
    CHECK(e.id == "pilkada-2024");
    CHECK(e.title == "Pemilihan Serentak 2024");
    REQUIRE(e.stages.size() == 5);
    CHECK(e.stages[0].name == "registration");
    CHECK(e.stages[0].from == *parse_iso_date("2024-08-27"));
    CHECK(e.stages[0].to == *parse_iso_date("2024-08-29"));
    CHECK(where(e.stages[0].location) == "43:3");
    CHECK(e.stages[1].name == "candidate_determination");
    CHECK(e.stages[1].from == *parse_iso_date("2024-09-22"));
    CHECK(e.stages[1].to == e.stages[1].from);
    CHECK(e.stages[2].name == "campaign");
    CHECK(e.stages[3].name == "quiet_period");
    CHECK(e.stages[4].name == "voting_day");
    CHECK(e.stages[4].to == *parse_iso_date("2024-11-27"));
}

TEST_CASE("levels keep their order; aggregation; scope", "[grammar]") {
    ast::File file = parse_clean(english);
    REQUIRE(file.levels.size() == 3);
    CHECK(file.levels[0].name == "none");
    CHECK(file.levels[0].title == "Tidak ada sanksi");
    CHECK(file.levels[1].name == "moral");
    CHECK(file.levels[1].measures ==
          std::vector<std::string>{"pernyataan secara tertutup", "pernyataan secara terbuka"});
    REQUIRE(file.levels[1].basis.size() == 1);
    CHECK(file.levels[1].basis[0].id == "pp-42-2004/pasal-15");
    CHECK(where(file.levels[1].basis[0].location) == "54:11");
    CHECK(file.levels[2].name == "berat");
    CHECK(file.levels[2].title.empty());
    CHECK(where(file.levels[2].location) == "56:3");

    const ast::Aggregation& a = file.aggregation;
    CHECK(a.declared);
    CHECK(where(a.location) == "59:1");
    CHECK(a.concurrent_note == "beberapa pelanggaran");
    REQUIRE(a.escalations.size() == 1);
    const ast::Escalation& r = a.escalations[0];
    CHECK(r.title == "Pengulangan pelanggaran sejenis");
    CHECK(sexpr(r.condition) == "(any s path:actor.prior_sanctions path:s.same_kind)");
    CHECK(where(r.condition.location) == "62:10");
    CHECK(r.steps == 1);
    REQUIRE(r.ladder.size() == 3);
    CHECK(r.ladder[2].id == "berat");
    CHECK(r.basis.size() == 1);
    CHECK(r.note == "catatan");

    const ast::Scope& s = file.scope;
    CHECK(s.declared);
    REQUIRE(s.subject);
    CHECK(sexpr(*s.subject) == "(in path:actor.status (set pns cpns pppk))");
    CHECK(s.from == parse_iso_date("2022-09-22"));
    CHECK(s.from_title == "Perbuatan dilakukan sejak berlakunya SKB 2022");
    REQUIRE(s.outside.size() == 1);
    CHECK(sexpr(s.outside[0].condition) == "(== path:actor.status non_asn)");
    CHECK(s.outside[0].text == "Non-ASN.");
    CHECK(where(s.outside[0].location) == "71:3");
}

TEST_CASE("definitions and rules: every clause", "[grammar]") {
    ast::File file = parse_clean(english);
    REQUIRE(file.defines.size() == 2);
    CHECK(file.defines[0].name == "partisan");
    CHECK(file.defines[0].title == "bersikap memihak");
    CHECK(sexpr(file.defines[0].expr) == "(in path:act.stance (set support oppose))");
    CHECK(file.defines[1].title.empty());
    CHECK(sexpr(file.defines[1].expr) == "(not-in path:act.phase (set before_registration registration))");

    REQUIRE(file.rules.size() == 2);
    const ast::Rule& r = file.rules[0];
    CHECK(r.id == "kampanye.fasilitas_negara");
    CHECK(r.title == "PNS dengan fasilitas negara");
    CHECK(where(r.location) == "77:1");
    CHECK(r.per_act);
    REQUIRE(r.subject);
    CHECK(r.subject->name == "Setiap PNS");
    CHECK(where(r.subject->location) == "79:3");
    CHECK(where(r.subject->condition.location) == "79:25");
    REQUIRE(r.when);
    CHECK(sexpr(*r.when) == "(== path:act.type campaign_participation)");
    REQUIRE(r.elements.size() == 2);
    CHECK(r.elements[0].name == "sebagai peserta kampanye");
    CHECK(sexpr(r.elements[0].condition) == "partisan");
    CHECK(sexpr(r.elements[1].condition, true) == "path:act.state_facilities@82:43");
    REQUIRE(r.exceptions.size() == 1);
    CHECK(r.exceptions[0].name == "melaksanakan tugas kedinasan");
    CHECK(sexpr(r.exceptions[0].condition) == "path:act.official_duty");
    REQUIRE(r.overrides.size() == 2);
    CHECK(r.overrides[1].id == "kampanye.ikut");
    CHECK(where(r.overrides[1].location) == "84:31");
    REQUIRE(r.cites.size() == 2);
    CHECK(r.cites[0].id == "pp-94-2021/pasal-5/huruf-n/angka-4");
    CHECK(r.cites[1].id == "uu-20-2023/pasal-9/ayat-2");
    REQUIRE(r.sanction_level);
    CHECK(r.sanction_level->id == "berat");
    CHECK(where(r.sanction_level->location) == "86:12");
    REQUIRE(r.sanction_basis.size() == 1);
    CHECK(r.sanction_basis[0].id == "pp-94-2021/pasal-14/huruf-i");
    REQUIRE(r.referrals.size() == 1);
    const ast::Referral& f = r.referrals[0];
    CHECK(f.to == "gakkumdu");
    CHECK(f.reason == "Dugaan tindak pidana");
    REQUIRE(f.basis.size() == 2);
    CHECK(f.basis[1].id == "uu-1-2015/pasal-188");
    REQUIRE(f.condition);
    CHECK(sexpr(*f.condition) == "(and (== path:report.election \"pilkada-2024\") path:actor.official)");
    CHECK(r.notes == std::vector<std::string>{"[pilihan] ..."});

    const ast::Rule& q = file.rules[1];
    CHECK(q.id == "laporan.umum");
    CHECK(q.title.empty());
    CHECK_FALSE(q.per_act);
    CHECK(sexpr(*q.when) == "(known path:actor.status)");
}

TEST_CASE("examples: block report dedented, its location, expectations", "[grammar]") {
    ast::File file = parse_clean(english);
    REQUIRE(file.examples.size() == 2);
    const ast::Example& x = file.examples[0];
    CHECK(x.id == "camat-mobil-dinas");
    CHECK(x.title == "Camat hadir di kampanye");
    CHECK(x.report ==
          "id: EX-1\nactor: {status: pns}\nacts:\n  - {type: campaign_participation, date: 2024-10-30}\n");
    // The first line's column in the file, and the indentation taken from every line.
    CHECK(where(x.report_location) == "99:5");
    CHECK(x.report_indent == 4);
    CHECK(x.report_location.file == "law.netral");
    REQUIRE(x.status);
    CHECK(x.status->id == "violation");
    CHECK(x.level->id == "berat");
    REQUIRE(x.rules);
    CHECK(x.rules->size() == 1);
    REQUIRE(x.cites);
    CHECK(x.cites->size() == 2);
    REQUIRE(x.missing);
    REQUIRE(x.missing->size() == 2);
    CHECK((*x.missing)[0].id == "acts[0].role");
    CHECK(where((*x.missing)[0].location) == "108:18");
    CHECK((*x.missing)[1].id == "actor.status");

    const ast::Example& y = file.examples[1];
    CHECK(y.report == "id: EX-2");
    CHECK(where(y.report_location) == "112:11");
    CHECK_FALSE(y.status);
    CHECK_FALSE(y.rules);
    REQUIRE(y.missing);
    CHECK(y.missing->empty());
}

TEST_CASE("English and Indonesian keywords give the same tree", "[grammar]") {
    ast::File en = parse_clean(english);
    ast::File id = parse_clean(indonesian);
    CHECK(print(en) == print(id));
    // Same layout line for line, so the lines (not the columns) agree too.
    CHECK(en.rules[0].location.line == id.rules[0].location.line);
    CHECK(en.examples[0].report_location.line == id.examples[0].report_location.line);
}

TEST_CASE("layout is free and comments run to the end of the line", "[grammar]") {
    ast::File file = parse_clean(
        "rule a.b\"t\"{when act.x cites p-1/q-2 # a comment\n"
        "# another { not code\n"
        "}define d=x rule c{}");
    REQUIRE(file.rules.size() == 2);
    CHECK(file.rules[0].title == "t");
    CHECK(file.rules[0].cites[0].id == "p-1/q-2");
    CHECK(file.defines[0].name == "d");
    CHECK(file.rules[1].id == "c");
    CHECK(where(file.rules[1].location) == "3:13");
    CHECK(parse_clean("example ex.1-a_b { }").examples.at(0).id == "ex.1-a_b");
    CHECK(parse_clean("\xEF\xBB\xBFrule r {}\r\n# crlf\r\n").rules.size() == 1);
    CHECK(parse_clean("").rules.empty());
    CHECK(parse_clean("  # only a comment").rules.empty());
}

TEST_CASE("keywords are not prefixes of identifiers", "[grammar]") {
    ast::File file = parse_clean(
        "define rules_x = notable and order or inside and known_x == andy\n"
        "facts { required: bool question: string status: enum {a} required }\n");
    CHECK(sexpr(file.defines[0].expr) == "(or (and notable order) (and inside (== known_x andy)))");
    REQUIRE(file.facts);
    REQUIRE(file.facts->fields.size() == 3);
    CHECK(file.facts->fields[0].name == "required");
    CHECK_FALSE(file.facts->fields[0].required);
    CHECK(file.facts->fields[1].name == "question");
    CHECK(file.facts->fields[2].required);
}

// ------------------------------------------------------------------ conditions

namespace {

std::string condition(const std::string& text) {
    Diagnostics diagnostics;
    auto e = parse_expression(text, {"c.yaml", 1, 1}, diagnostics);
    INFO(text << "\n" << all_messages(diagnostics));
    REQUIRE(e);
    REQUIRE(diagnostics.empty());
    return sexpr(*e);
}

}  // namespace

TEST_CASE("conditions: literals, names, paths", "[grammar][expression]") {
    CHECK(condition("true") == "true");
    CHECK(condition("salah") == "false");
    CHECK(condition("benar") == "true");
    CHECK(condition("42") == "42");
    CHECK(condition("2024-09-22") == "2024-09-22");
    CHECK(condition("\"a \\\"b\\\" \\\\ c\"") == "\"a \"b\" \\ c\"");
    CHECK(condition("partisan") == "partisan");
    CHECK(condition("actor.status") == "path:actor.status");
    CHECK(condition("s.same_kind") == "path:s.same_kind");
    CHECK(condition("unknown") == "unknown");
}

TEST_CASE("conditions: comparisons, membership, ranges, contains, known", "[grammar][expression]") {
    CHECK(condition("a == b") == "(== a b)");
    CHECK(condition("a!=b") == "(!= a b)");
    CHECK(condition("act.date < 2024-01-01") == "(< path:act.date 2024-01-01)");
    CHECK(condition("x <= 3") == "(<= x 3)");
    CHECK(condition("x > 3") == "(> x 3)");
    CHECK(condition("x >= 3") == "(>= x 3)");
    CHECK(condition("x in {a, \"b\", 3, 2024-01-02}") == "(in x (set a \"b\" 3 2024-01-02))");
    CHECK(condition("x in {}") == "(in x (set))");
    CHECK(condition("x not in {a}") == "(not-in x (set a))");
    CHECK(condition("x bukan dalam {a}") == "(not-in x (set a))");
    CHECK(condition("act.date in 2024-01-01 .. 2024-02-01") == "(in path:act.date (range 2024-01-01 2024-02-01))");
    CHECK(condition("act.date dalam 2024-01-01..2024-02-01") == "(in path:act.date (range 2024-01-01 2024-02-01))");
    CHECK(condition("act.attributes contains party") == "(contains path:act.attributes party)");
    CHECK(condition("act.text memuat \"pilih\"") == "(contains path:act.text \"pilih\")");
    CHECK(condition("act.attributes contains {party, campaign}") ==
          "(contains path:act.attributes (set party campaign))");
    CHECK(condition("known act.date") == "(known path:act.date)");
    CHECK(condition("unknown act.date") == "(unknown path:act.date)");
    CHECK(condition("diketahui act.date") == "(known path:act.date)");
    CHECK(condition("tidak_diketahui act.date") == "(unknown path:act.date)");
    CHECK(condition("actor.status == unknown") == "(== path:actor.status unknown)");
}

TEST_CASE("conditions: precedence, flattening, parentheses, quantifiers", "[grammar][expression]") {
    CHECK(condition("a and b and c") == "(and a b c)");
    CHECK(condition("a or b or c") == "(or a b c)");
    CHECK(condition("a or b and c") == "(or a (and b c))");
    CHECK(condition("a and b or c") == "(or (and a b) c)");
    CHECK(condition("not a and b") == "(and (not a) b)");
    CHECK(condition("not not a") == "(not (not a))");
    CHECK(condition("not x == 1") == "(not (== x 1))");
    CHECK(condition("(a or b) and c") == "(and (or a b) c)");
    CHECK(condition("a dan b atau bukan c") == "(or (and a b) (not c))");
    CHECK(condition("any(s in actor.prior_sanctions: s.same_kind and s.level == berat)") ==
          "(any s path:actor.prior_sanctions (and path:s.same_kind (== path:s.level berat)))");
    CHECK(condition("all( a in acts : a.type == rally )") == "(all a acts (== path:a.type rally))");
    CHECK(condition("semua(a dalam acts: a.ok)") == "(all a acts path:a.ok)");
    CHECK(condition("ada(a dalam acts: a.ok) dan x") == "(and (any a acts path:a.ok) x)");
}

TEST_CASE("conditions: locations of every node", "[grammar][expression]") {
    Diagnostics diagnostics;
    auto e = parse_expression("a.b == 1 and\n  not c", {"c.yaml", 10, 7}, diagnostics);
    REQUIRE(e);
    CHECK(sexpr(*e, true) == "(and (== path:a.b@10:7 1@10:14)@10:7 (not c@11:7)@11:3)@10:7");
}

TEST_CASE("parse_expression reports errors at their place in the file", "[grammar][expression][errors]") {
    Diagnostics diagnostics;
    // As in `when: "act.type == "` at line 12, the text starting at column 10.
    auto e = parse_expression("act.type ==", {"rules.yaml", 12, 10}, diagnostics);
    CHECK_FALSE(e);
    REQUIRE(diagnostics.size() == 1);
    const Diagnostic& d = diagnostics[0];
    CHECK(d.code == "E001");
    CHECK(d.severity == Severity::error);
    CHECK(d.location.file == "rules.yaml");
    CHECK(where(d.location) == "12:21");
    CHECK(d.message ==
          "expected a value to compare with: a fact such as act.type, a name, a number, a date or a text in double "
          "quotes, found the end of the condition");

    diagnostics.clear();
    CHECK_FALSE(parse_expression("a and\n  b c", {"rules.yaml", 3, 5}, diagnostics));
    REQUIRE(diagnostics.size() == 1);
    CHECK(where(diagnostics[0].location) == "4:5");
    CHECK(diagnostics[0].message ==
          "expected the end of the condition, or `and`, `or`, `==`, `in`, `contains`, found \"c\"");

    diagnostics.clear();
    CHECK_FALSE(parse_expression("act.date < 2024-02-30", {"rules.yaml", 2, 9}, diagnostics));
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0].code == "E002");
    CHECK(where(diagnostics[0].location) == "2:20");
    CHECK(diagnostics[0].message == "`2024-02-30` is not a real calendar date");

    diagnostics.clear();
    CHECK_FALSE(parse_expression("any(s actor.x: s)", {"rules.yaml", 1, 1}, diagnostics));
    REQUIRE(diagnostics.size() == 1);
    CHECK(where(diagnostics[0].location) == "1:7");
    CHECK(diagnostics[0].message ==
          "expected `in` after the variable, as in any(s in actor.prior_sanctions: s.same_kind), found \"actor.x\"");
}

// ------------------------------------------------------------------ syntax errors

namespace {

// The diagnostics of a text that has errors.
Diagnostics errors_of(const std::string& text) {
    ParseResult result = parse_dsl(text, "bad.netral");
    INFO(print(result.file));
    REQUIRE_FALSE(result.diagnostics.empty());
    return result.diagnostics;
}

// The only diagnostic of a text, as "line:col CODE message".
std::string only_error(const std::string& text) {
    Diagnostics diagnostics = errors_of(text);
    INFO(all_messages(diagnostics));
    REQUIRE(diagnostics.size() == 1);
    const Diagnostic& d = diagnostics[0];
    CHECK(d.severity == Severity::error);
    CHECK(d.location.file == "bad.netral");
    return where(d.location) + " " + d.code + " " + d.message;
}

}  // namespace

TEST_CASE("error: missing `}` at the end of a rule", "[grammar][errors]") {
    CHECK(only_error("rule a.b \"t\" {\n  when x\n") ==
          "3:1 E001 expected a clause (`per`, `subject`, `when`, `element`, `unless`, `overrides`, `cites`, "
          "`sanction`, `refer`, `kind`, `note`, `reasoning`), or `}` to close the body of rule `a.b`, found end of file");
}

TEST_CASE("error: missing `}` before the next declaration; that one is still read", "[grammar][errors]") {
    ParseResult result = parse_dsl("rule a.b {\n  when x\n\nrule c.d {\n  when y\n}\n", "bad.netral");
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(where(result.diagnostics[0].location) == "4:1");
    CHECK(result.diagnostics[0].message ==
          "expected a clause (`per`, `subject`, `when`, `element`, `unless`, `overrides`, `cites`, `sanction`, "
          "`refer`, `kind`, `note`, `reasoning`), or `}` to close the body of rule `a.b`, found \"rule\"");
    REQUIRE(result.file.rules.size() == 1);
    CHECK(result.file.rules[0].id == "c.d");
}

TEST_CASE("error: a date that does not exist", "[grammar][errors]") {
    CHECK(only_error("regulation pp-1-2020 \"PP\" {\n  in_force 2024-02-30\n}\n") ==
          "2:12 E002 `2024-02-30` is not a real calendar date");
    CHECK(only_error("election e-1 {\n  voting_day 2024-13-01\n}") ==
          "2:14 E002 `2024-13-01` is not a real calendar date");
}

TEST_CASE("error: a date written another way gets its YYYY-MM-DD spelling", "[grammar][errors]") {
    CHECK(only_error("scope {\n  from 22-09-2022\n}") == "2:8 E002 `22-09-2022` is not a date in the form YYYY-MM-DD");
    Diagnostics diagnostics = errors_of("election e-1 {\n  voting_day 27/11/2024\n}");
    REQUIRE(diagnostics.size() == 1);
    REQUIRE(diagnostics[0].notes.size() == 1);
    CHECK(diagnostics[0].notes[0] == "write `2024-11-27`");
    // Not a date another way either: the syntax error as before.
    CHECK(only_error("scope {\n  from kemarin\n}") == "2:8 E001 expected a date like 2024-09-22, found \"kemarin\"");
    CHECK(propose_iso_date("15-01-2014") == "2014-01-15");
    CHECK(propose_iso_date("1.2.2024") == "2024-02-01");
    CHECK(propose_iso_date("2024/11/27") == "2024-11-27");
    CHECK(propose_iso_date("31-11-2024").empty());  // no such day
    CHECK(propose_iso_date("15-01/2014").empty());
}

TEST_CASE("error: a misspelt keyword is suggested in the declaration's language", "[grammar][errors]") {
    Diagnostics english = errors_of("rule a.b {\n  elemnt \"x\": act.y\n}\n");
    REQUIRE(english.size() == 1);
    CHECK(english[0].notes == std::vector<std::string>{"did you mean `element`?"});
    Diagnostics indonesian = errors_of("aturan a.b {\n  unsru \"x\": act.y\n}\n");
    REQUIRE(indonesian.size() == 1);
    CHECK(indonesian[0].message ==
          "expected a clause (`per`, `subjek`, `jika`, `unsur`, `kecuali`, `mengesampingkan`, `dasar`, `sanksi`, "
          "`rujuk`, `jenis`, `catatan`, `pertimbangan`), or `}` to close the body of rule `a.b`, found \"unsru\"");
    CHECK(indonesian[0].notes == std::vector<std::string>{"did you mean `unsur`?"});
    // The English word misspelt inside an Indonesian rule: the Indonesian one, with the English it was close to.
    Diagnostics mixed = errors_of("aturan a.b {\n  elemnt \"x\": act.y\n}\n");
    REQUIRE(mixed.size() == 1);
    CHECK(mixed[0].notes == std::vector<std::string>{"did you mean `unsur`? (`element` in English)"});
    // A misspelt declaration keyword.
    Diagnostics top = errors_of("aturn a.b {\n}\n");
    REQUIRE_FALSE(top.empty());
    CHECK(top[0].notes == std::vector<std::string>{"did you mean `aturan`?"});
}

TEST_CASE("error: a declaration left unread is recorded, so its uses are not reported again", "[grammar][errors]") {
    ParseResult result = parse_dsl("peraturan uu-5-2014 \"UU\" {\n  berlaku kemarin\n}\nrule r.s {\n  elemnt\n}\n",
                                   "bad.netral");
    REQUIRE(result.file.unreadable.size() == 2);
    CHECK(result.file.unreadable[0].kind == "regulation");
    CHECK(result.file.unreadable[0].id == "uu-5-2014");
    CHECK(result.file.unreadable[1].kind == "rule");
    CHECK(result.file.unreadable[1].id == "r.s");
}

TEST_CASE("error: a reserved word where a value is expected gets a note on quoting", "[grammar][errors]") {
    Diagnostics diagnostics = errors_of("define d = act.place == dalam\n");
    REQUIRE(diagnostics.size() == 1);
    REQUIRE(diagnostics[0].notes.size() == 1);
    CHECK(diagnostics[0].notes[0] ==
          "`dalam` is a reserved word; a value with that name is written in double quotes: \"dalam\"");
    CHECK(is_reserved_word("tingkat"));
    CHECK(is_reserved_word("benar"));
    CHECK_FALSE(is_reserved_word("kampanye"));
}

TEST_CASE("error: unterminated strings", "[grammar][errors]") {
    CHECK(only_error("rule a \"no end\n{ when x }\n") ==
          "1:8 E003 this text in double quotes is not closed: expected `\"` before the end of the line");
    CHECK(only_error("example e {\n  report \"\"\"\n    id: 1\n") ==
          "2:10 E003 this block text is not closed: expected `\"\"\"` before the end of the file");
}

TEST_CASE("error: unknown clause inside a rule", "[grammar][errors]") {
    CHECK(only_error("rule a.b {\n  when x\n  penalty berat\n}\n") ==
          "3:3 E001 expected a clause (`per`, `subject`, `when`, `element`, `unless`, `overrides`, `cites`, "
          "`sanction`, `refer`, `kind`, `note`, `reasoning`), or `}` to close the body of rule `a.b`, found \"penalty\"");
}

TEST_CASE("error: missing `:` after an element's name", "[grammar][errors]") {
    CHECK(only_error("rule a.b {\n  element \"hadir\" act.present\n}\n") ==
          "2:19 E001 expected `:` after the element's name, then its condition, found \"act.present\"");
    CHECK(only_error("aturan a.b {\n  unsur act.present\n}\n") ==
          "2:9 E001 expected a string in double quotes with the element's name, found \"act.present\"");
}

TEST_CASE("error: garbage at the top level", "[grammar][errors]") {
    CHECK(only_error("\n\n  hello world\n") ==
          "3:3 E001 expected a declaration (`regulation`, `facts`, `election`, `levels`, `aggregation`, `scope`, "
          "`define`, `rule`, `recommend`, `workdays`, `kinds`, `admissibility`, `requirement`, `deadline` or `example`), "
          "found \"hello\"");
}

TEST_CASE("error: missing `{` names the declaration", "[grammar][errors]") {
    CHECK(only_error("rule kampanye.x \"t\"\n  when x\n}\n") ==
          "2:3 E001 expected `{` to open the body of rule `kampanye.x`, found \"when\"");
    CHECK(only_error("example ex-1 \"t\" report") ==
          "1:18 E001 expected `{` to open the body of example `ex-1`, found \"report\"");
}

TEST_CASE("error: other must points", "[grammar][errors]") {
    // Without a title the block is an extension of a shared regulation; a
    // word in its place is neither.
    CHECK(only_error("regulation pp-1 judul {\n}") ==
          "1:17 E001 expected the title of regulation `pp-1` in double quotes, or `{` to open its body (a regulation "
          "block without a title adds notes and reasoning to one declared in an included folder), found \"judul\"");
    CHECK(only_error("facts {\n  id string\n}") == "2:6 E001 expected `:` and the type after the field's name, found \"string\"");
    CHECK(only_error("facts { x: list object {} }") ==
          "1:17 E001 expected `of` after `list`, as in list of object {…}, found \"object\"");
    CHECK(only_error("define d = a and") ==
          "1:17 E001 expected a condition after `and`, found end of file");
    CHECK(only_error("define d = (a or b") == "1:19 E001 expected `)` to close the parenthesis, found end of file");
    CHECK(only_error("rule r { per day }") == "1:14 E001 expected `act` or `report` after `per`, found \"day\"");
    CHECK(only_error("example e { expect verdict violation }") ==
          "1:20 E001 expected `status`, `level`, `rules`, `cites`, `missing`, `basis`, `refer`, `recommend`, `overridden`, "
          "`excepted`, `element`, `admissibility`, `requirement`, `deadline` or `kind` after `expect`, found \"verdict\"");
    CHECK(only_error("aggregation { repeat \"r\" when x raise one within {a} }") ==
          "1:39 E001 expected the number of steps, like 1, found \"one\"");
    CHECK(only_error("rule r { note \"a\\qb\" }") ==
          "1:18 E001 expected `\\\"`, `\\\\` or `\\n` after a backslash in a text, found \"qb\"");
}

TEST_CASE("error recovery: every error of a file is reported", "[grammar][errors]") {
    ParseResult result = parse_dsl(
        "rule a.one {\n"             // 1
        "  when x ==\n"               // 2: missing right side
        "}\n"                         // 3
        "rule a.two { when y }\n"     // 4: fine
        "levels { berat \"B\" { measures } }\n"  // 5: missing measure
        "facts {\n"                   // 6
        "  election: string\n"        // 7: a field named like a keyword is not a resume point
        "  rule: strng\n"             // 8: bad type
        "}\n"                         // 9
        "example e { report \"x\" }\n",  // 10: fine
        "bad.netral");
    INFO(all_messages(result.diagnostics));
    REQUIRE(result.diagnostics.size() == 3);
    CHECK(where(result.diagnostics[0].location) == "3:1");
    CHECK(result.diagnostics[0].message ==
          "expected a value to compare with: a fact such as act.type, a name, a number, a date or a text in double "
          "quotes, found \"}\"");
    CHECK(where(result.diagnostics[1].location) == "5:31");
    CHECK(where(result.diagnostics[2].location) == "8:9");
    CHECK(result.diagnostics[2].message ==
          "expected a type: bool, integer, string, date, enum {…}, object {…}, list of enum {…} or list of object "
          "{…}, found \"strng\"");
    REQUIRE(result.file.rules.size() == 1);
    CHECK(result.file.rules[0].id == "a.two");
    REQUIRE(result.file.examples.size() == 1);
    CHECK(result.file.examples[0].id == "e");
}

TEST_CASE("error recovery: two errors in one declaration-free stretch", "[grammar][errors]") {
    Diagnostics diagnostics = errors_of("define a = x ==\ndefine b = y and\n");
    REQUIRE(diagnostics.size() == 2);
    CHECK(where(diagnostics[0].location) == "2:1");
    CHECK(where(diagnostics[1].location) == "3:1");
    CHECK(diagnostics[1].message == "expected a condition after `and`, found end of file");
}

// ------------------------------------------------------------------ the grammar itself

TEST_CASE("the grammar has no PEGTL problems", "[grammar]") {
    CHECK(tao::pegtl::analyze<netral::grammar::file>() == 0);
    CHECK(tao::pegtl::analyze<netral::grammar::condition_text>() == 0);
}

TEST_CASE("dates: every day from 1900 to 2100 reads and writes back the same", "[date]") {
    auto first = parse_iso_date("1900-01-01");
    auto last = parse_iso_date("2100-12-31");
    REQUIRE(first);
    REQUIRE(last);
    CHECK(last->days - first->days == 73413);
    int mismatches = 0;
    for (int days = first->days; days <= last->days; ++days) {
        auto back = parse_iso_date(format_iso_date(Date{days}));
        if (!back || back->days != days) ++mismatches;
    }
    CHECK(mismatches == 0);
    CHECK(format_iso_date(*parse_iso_date("2024-02-29")) == "2024-02-29");
    CHECK_FALSE(parse_iso_date("2023-02-29"));
}

// ------------------------------------------------------------------ subjects, level variants, recommendations, new expectations

namespace {

// The constructs of the issue "the law, exactly", printed with their parts.
std::string print_law_constructs(const ast::File& file) {
    std::ostringstream out;
    for (const auto& r : file.regulations) {
        out << "regulation " << r.id << " subject=" << (r.subject ? sexpr(*r.subject) : "-") << "\n";
        for (const auto& p : r.provisions) out << "  " << p.id << " subject=" << (p.subject ? sexpr(*p.subject) : "-") << "\n";
    }
    for (const auto& l : file.levels)
        for (const auto& v : l.variants) {
            out << "level " << l.name << " when " << sexpr(v.condition) << " measures=";
            if (v.measures)
                for (const auto& m : *v.measures) out << m << ";";
            else out << "-";
            out << " basis=" << (v.basis ? std::to_string(v.basis->size()) : "-") << "\n";
        }
    for (const auto& r : file.recommendations) {
        out << "recommend " << r.id << " '" << r.title << "' when=" << (r.condition ? sexpr(*r.condition) : "-")
            << " text=" << r.text << " cites=" << r.cites.size() << " notes=" << r.notes.size() << "\n";
        for (const auto& d : r.dated) out << "  dated " << sexpr(d) << "\n";
        for (const auto& p : r.recipients)
            out << "  to " << p.id << " '" << p.title << "' from=" << (p.from ? format_iso_date(*p.from) : "-")
                << " until=" << (p.until ? format_iso_date(*p.until) : "-") << " by=" << p.basis.size()
                << " note=" << p.note << "\n";
    }
    auto list = [&](const char* what, const std::optional<std::vector<ast::Ref>>& refs) {
        if (!refs) return;
        out << "  " << what;
        for (const auto& r : *refs) out << " " << r.id;
        out << "\n";
    };
    for (const auto& x : file.examples) {
        out << "example " << x.id << "\n";
        list("basis", x.basis);
        list("refer", x.referrals);
        list("recommend", x.recommendations);
        list("overridden", x.overridden);
        list("excepted", x.excepted);
        for (const auto& e : x.elements)
            out << "  element " << e.rule.id << " '" << e.name << "' " << e.status.id << " act="
                << (e.act ? std::to_string(*e.act) : "-") << "\n";
    }
    return out.str();
}

const char* law_constructs_en = R"(
regulation pp-49-2018 "PP 49/2018" {
  in_force 2018-11-28
  subject actor.status == pppk
  provision pasal-53 { text "t" subject actor.status in {pppk, pns} }
  provision pasal-52 { text "t" }
}
levels {
  berat "Berat" {
    measures "a"
    when actor.status == pppk { measures "b", "c" }
    when actor.status == cpns { basis pp-49-2018/pasal-52 }
  }
}
recommend kepegawaian "Penerusan" {
  when actor.status in {pns, pppk}
  dated report.forwarded_on, report.reported_on
  to kasn "KASN" until 2024-08-23
  to bkn "BKN" from 2024-08-24 until 2024-09-04 by pp-49-2018/pasal-52 { note "peralihan" }
  to bkn "BKN" from 2024-09-05
  text "kepada {penerima}"
  cites pp-49-2018/pasal-53
  note "catatan"
}
example e "t" {
  report """
    id: 1
  """
  expect basis pp-49-2018/pasal-52
  expect refer gakkumdu
  expect recommend none
  expect overridden a.b, c.d
  expect excepted none
  expect element a.b "hadir" met
  expect element a.b "hadir" not_met act 2
}
)";

const char* law_constructs_id = R"(
peraturan pp-49-2018 "PP 49/2018" {
  berlaku 2018-11-28
  subjek actor.status == pppk
  ketentuan pasal-53 { teks "t" subjek actor.status dalam {pppk, pns} }
  ketentuan pasal-52 { teks "t" }
}
tingkat {
  berat "Berat" {
    tindakan "a"
    jika actor.status == pppk { tindakan "b", "c" }
    jika actor.status == cpns { dasar_sanksi pp-49-2018/pasal-52 }
  }
}
rekomendasi kepegawaian "Penerusan" {
  jika actor.status dalam {pns, pppk}
  bertanggal report.forwarded_on, report.reported_on
  kepada kasn "KASN" sampai 2024-08-23
  kepada bkn "BKN" sejak 2024-08-24 sampai 2024-09-04 oleh pp-49-2018/pasal-52 { catatan "peralihan" }
  kepada bkn "BKN" sejak 2024-09-05
  teks "kepada {penerima}"
  dasar pp-49-2018/pasal-53
  catatan "catatan"
}
contoh e "t" {
  laporan """
    id: 1
  """
  harapan dasar_sanksi pp-49-2018/pasal-52
  harapan rujuk gakkumdu
  harapan rekomendasi none
  harapan dikesampingkan a.b, c.d
  harapan dikecualikan none
  harapan unsur a.b "hadir" met
  harapan unsur a.b "hadir" not_met perbuatan 2
}
)";

}  // namespace

TEST_CASE("subjects, level variants, recommendations and the new expectations", "[grammar]") {
    ast::File en = parse_clean(law_constructs_en);
    CHECK(print_law_constructs(en) ==
          "regulation pp-49-2018 subject=(== path:actor.status pppk)\n"
          "  pp-49-2018/pasal-53 subject=(in path:actor.status (set pppk pns))\n"
          "  pp-49-2018/pasal-52 subject=-\n"
          "level berat when (== path:actor.status pppk) measures=b;c; basis=-\n"
          "level berat when (== path:actor.status cpns) measures=- basis=1\n"
          "recommend kepegawaian 'Penerusan' when=(in path:actor.status (set pns pppk)) text=kepada {penerima} cites=1 notes=1\n"
          "  dated path:report.forwarded_on\n"
          "  dated path:report.reported_on\n"
          "  to kasn 'KASN' from=- until=2024-08-23 by=0 note=\n"
          "  to bkn 'BKN' from=2024-08-24 until=2024-09-04 by=1 note=peralihan\n"
          "  to bkn 'BKN' from=2024-09-05 until=- by=0 note=\n"
          "example e\n"
          "  basis pp-49-2018/pasal-52\n"
          "  refer gakkumdu\n"
          "  recommend\n"
          "  overridden a.b c.d\n"
          "  excepted\n"
          "  element a.b 'hadir' met act=-\n"
          "  element a.b 'hadir' not_met act=2\n");
    CHECK(print_law_constructs(parse_clean(law_constructs_id)) == print_law_constructs(en));
}

TEST_CASE("a second `subject` on a provision is an error", "[grammar][errors]") {
    ParseResult result = parse_dsl("regulation pp-1 \"P\" {\n  provision p-1 { subject a.b subject a.c }\n}\n", "t.netral");
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].message == "provision `pp-1/p-1` already has a `subject`");
}

TEST_CASE("`unknown` as a value before a recommendation's clause", "[grammar]") {
    // `dated` starts a clause: `== unknown` before it is the enum value, not `unknown dated`.
    ast::File file = parse_clean("recommend r { when actor.status == unknown dated report.d to x \"X\" }\n");
    REQUIRE(file.recommendations.size() == 1);
    CHECK(sexpr(*file.recommendations[0].condition) == "(== path:actor.status unknown)");
    CHECK(file.recommendations[0].dated.size() == 1);
}

namespace {

// Every place a `reasoning` may go, with a `note` beside it.
const char* reasoning_en = R"(
regulation pp-1 "P" {
  reasoning "untuk setiap ketentuan"
  provision pasal-1 {
    text "t"
    note "sumber: berita"
    reasoning "Rumusan di atas merupakan ringkasan isi ketentuan, bukan kutipan."
    reasoning "Hanya untuk Pilkada." for pilkada-2024
  }
}
aggregation {
  concurrent heaviest note "C1" reasoning "Satu sanksi." for pilkada-2024, pemilu-2024
  repeat "Pengulangan" when a.b raise 1 within {ringan, berat} reasoning "Lebih berat." note "C1"
}
rule r { note "n" reasoning "Tahap calon." for pemilu-2024 reasoning """Dua
baris.""" }
requirement q { element "e": a.b reasoning "Syarat." }
deadline d { due 2 days after report.x reasoning "Tenggat." for pilkada-2024 }
recommend k {
  to bkn "BKN" from 2024-08-24 { note "C2" reasoning "Masa peralihan." }
  reasoning "Untuk semua penerima."
}
)";

const char* reasoning_id = R"(
peraturan pp-1 "P" {
  pertimbangan "untuk setiap ketentuan"
  ketentuan pasal-1 {
    teks "t"
    catatan "sumber: berita"
    pertimbangan "Rumusan di atas merupakan ringkasan isi ketentuan, bukan kutipan."
    pertimbangan "Hanya untuk Pilkada." untuk pilkada-2024
  }
}
agregasi {
  bersamaan terberat catatan "C1" pertimbangan "Satu sanksi." untuk pilkada-2024, pemilu-2024
  pengulangan "Pengulangan" jika a.b naik 1 dalam {ringan, berat} pertimbangan "Lebih berat." catatan "C1"
}
aturan r { catatan "n" pertimbangan "Tahap calon." untuk pemilu-2024 pertimbangan """Dua
baris.""" }
syarat q { unsur "e": a.b pertimbangan "Syarat." }
tenggat d { jatuh_tempo 2 hari setelah report.x pertimbangan "Tenggat." untuk pilkada-2024 }
rekomendasi k {
  kepada bkn "BKN" sejak 2024-08-24 { catatan "C2" pertimbangan "Masa peralihan." }
  pertimbangan "Untuk semua penerima."
}
)";

std::string print_reasoning(const ast::File& file, bool locations = false) {
    std::ostringstream out;
    auto list = [&](const std::string& where_, const std::vector<ast::Reasoning>& reasoning) {
        for (const ast::Reasoning& r : reasoning) {
            out << where_ << ": " << r.text << " [";
            for (const ast::Ref& e : r.elections) out << " " << e.id << (locations ? "@" + where(e.location) : "");
            out << " ]" << (locations ? " @" + where(r.location) : "") << "\n";
        }
    };
    for (const auto& g : file.regulations) {
        list("regulation " + g.id, g.reasoning);
        for (const auto& p : g.provisions) {
            out << "note " << p.note << "\n";
            list("provision " + p.id, p.reasoning);
        }
    }
    if (file.aggregation.declared) out << "note " << file.aggregation.concurrent_note << "\n";
    list("concurrent", file.aggregation.concurrent_reasoning);
    for (const auto& e : file.aggregation.escalations) {
        out << "note " << e.note << "\n";
        list("repeat " + e.title, e.reasoning);
    }
    for (const auto& r : file.rules) {
        for (const auto& n : r.notes) out << "note " << n << "\n";
        list("rule " + r.id, r.reasoning);
    }
    for (const auto& r : file.requirements) list("requirement " + r.id, r.reasoning);
    for (const auto& d : file.deadlines) list("deadline " + d.id, d.reasoning);
    for (const auto& r : file.recommendations) {
        list("recommend " + r.id, r.reasoning);
        for (const auto& p : r.recipients) {
            out << "note " << p.note << "\n";
            list("to " + p.id, p.reasoning);
        }
    }
    return out.str();
}

}  // namespace

TEST_CASE("reasoning: wherever a note goes, for some elections, beside the note", "[grammar]") {
    ast::File en = parse_clean(reasoning_en);
    CHECK(print_reasoning(en) ==
          "regulation pp-1: untuk setiap ketentuan [ ]\n"
          "note sumber: berita\n"
          "provision pp-1/pasal-1: Rumusan di atas merupakan ringkasan isi ketentuan, bukan kutipan. [ ]\n"
          "provision pp-1/pasal-1: Hanya untuk Pilkada. [ pilkada-2024 ]\n"
          "note C1\n"
          "concurrent: Satu sanksi. [ pilkada-2024 pemilu-2024 ]\n"
          "note C1\n"
          "repeat Pengulangan: Lebih berat. [ ]\n"
          "note n\n"
          "rule r: Tahap calon. [ pemilu-2024 ]\n"
          "rule r: Dua\nbaris. [ ]\n"
          "requirement q: Syarat. [ ]\n"
          "deadline d: Tenggat. [ pilkada-2024 ]\n"
          "recommend k: Untuk semua penerima. [ ]\n"
          "note C2\n"
          "to bkn: Masa peralihan. [ ]\n");
    CHECK(print_reasoning(parse_clean(reasoning_id)) == print_reasoning(en));
    // Positions: the clause, and each election where it is written.
    ast::File at = parse_clean("rule r {\n  reasoning \"x\" for pilkada-2024,\n    pemilu-2024\n}\n");
    CHECK(print_reasoning(at, true) == "rule r: x [ pilkada-2024@2:21 pemilu-2024@3:5 ] @2:3\n");
}

TEST_CASE("reasoning: its errors", "[grammar][errors]") {
    CHECK(only_error("rule r { reasoning }") == "1:20 E001 expected the reasoning, in double quotes, found \"}\"");
    CHECK(only_error("rule r { reasoning \"x\" for }") ==
          "1:28 E001 expected the ids of the elections the reasoning is for, like pilkada-2024, pemilu-2024, found \"}\"");
    CHECK(only_error("rule r { reasoning \"x\" for pilkada-2024, }") ==
          "1:42 E001 expected the id of an election, like pilkada-2024, found \"}\"");
    // `reasoning` ends a condition: `unknown` before it is a value.
    ast::File file = parse_clean("rule r { when actor.status == unknown reasoning \"x\" }\n");
    CHECK(sexpr(*file.rules.at(0).when) == "(== path:actor.status unknown)");
    CHECK(file.rules.at(0).reasoning.size() == 1);
}
