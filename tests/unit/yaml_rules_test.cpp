// The YAML surface of the rule language: every construct, English and
// Indonesian keys giving the same tree, and errors at the right place.
#include <catch2/catch.hpp>

#include <sstream>
#include <string>

#include "netral/parse.hpp"

using namespace netral;

namespace {

ParseResult parse(const std::string& text) { return parse_rule_yaml(text, "t.yaml"); }

std::string describe(const Diagnostics& diagnostics) {
    std::string out;
    for (const Diagnostic& d : diagnostics)
        out += d.code + " " + std::to_string(d.location.line) + ":" + std::to_string(d.location.column) + " " +
               d.message + "\n";
    return out;
}

const Diagnostic* find(const Diagnostics& diagnostics, const std::string& code) {
    for (const Diagnostic& d : diagnostics)
        if (d.code == code) return &d;
    return nullptr;
}

std::string at(const Location& l) { return std::to_string(l.line) + ":" + std::to_string(l.column); }

// A dump of a tree without its locations, to compare two spellings of a file.
void dump(std::ostream& out, const ast::Expr& e) {
    out << "(" << static_cast<int>(e.kind) << " " << e.boolean << " " << e.integer << " " << e.date.days << " " << e.text
        << " " << static_cast<int>(e.op) << " " << e.all_ << " " << e.variable;
    for (const std::string& s : e.segments) out << " ." << s;
    for (const ast::Expr& c : e.children) dump(out, c);
    out << ")";
}
void dump(std::ostream& out, const std::vector<ast::Ref>& refs) {
    out << "[";
    for (const ast::Ref& r : refs) out << r.id << ",";
    out << "]";
}
void dump(std::ostream& out, const std::optional<Date>& d) { out << (d ? format_iso_date(*d) : "-") << " "; }
void dump(std::ostream& out, const std::vector<ast::FieldDecl>& fields) {
    for (const ast::FieldDecl& f : fields) {
        out << "field " << f.name << " " << static_cast<int>(f.type.kind) << " " << f.required << " " << f.question << "|"
            << f.description << " {";
        for (const std::string& v : f.type.values) out << v << ",";
        dump(out, f.type.fields);
        out << "}\n";
    }
}
std::string dump(const ast::File& file) {
    std::ostringstream out;
    for (const ast::Regulation& r : file.regulations) {
        out << "regulation " << r.id << " " << r.title << " " << r.source << " " << r.note << " ";
        dump(out, r.in_force);
        dump(out, r.repealed);
        out << (r.replaced_by ? r.replaced_by->id : "-") << "\n";
        for (const ast::Provision& p : r.provisions) {
            out << " provision " << p.id << " " << p.text << " " << p.citation << " " << p.note << " ";
            dump(out, p.in_force);
            dump(out, p.repealed);
            out << "\n";
        }
    }
    if (file.facts) dump(out, file.facts->fields);
    for (const ast::Election& e : file.elections) {
        out << "election " << e.id << " " << e.title;
        for (const ast::Stage& s : e.stages) out << " " << s.name << "=" << format_iso_date(s.from) << ".." << format_iso_date(s.to);
        out << "\n";
    }
    for (const ast::Level& l : file.levels) {
        out << "level " << l.name << " " << l.title;
        for (const std::string& m : l.measures) out << " /" << m;
        dump(out, l.basis);
        out << "\n";
    }
    out << "aggregation " << file.aggregation.declared << " " << file.aggregation.concurrent_note;
    dump(out, file.aggregation.concurrent_basis);
    for (const ast::Escalation& e : file.aggregation.escalations) {
        out << " repeat " << e.title << " " << e.steps << " " << e.note;
        dump(out, e.condition);
        dump(out, e.ladder);
        dump(out, e.basis);
    }
    out << "\nscope " << file.scope.declared << " " << file.scope.from_title << " ";
    if (file.scope.subject) dump(out, *file.scope.subject);
    dump(out, file.scope.from);
    for (const ast::Outside& o : file.scope.outside) {
        out << " outside " << o.text;
        dump(out, o.condition);
    }
    out << "\n";
    for (const ast::Define& d : file.defines) {
        out << "define " << d.name << " " << d.title;
        dump(out, d.expr);
        out << "\n";
    }
    for (const ast::Rule& r : file.rules) {
        out << "rule " << r.id << " " << r.title << " " << r.per_act;
        if (r.subject) {
            out << " subject " << r.subject->name;
            dump(out, r.subject->condition);
        }
        if (r.when) dump(out, *r.when);
        for (const ast::Element& e : r.elements) {
            out << " element " << e.name;
            dump(out, e.condition);
        }
        for (const ast::Exception& e : r.exceptions) {
            out << " unless " << e.name;
            dump(out, e.condition);
        }
        dump(out, r.overrides);
        dump(out, r.cites);
        out << " sanction " << (r.sanction_level ? r.sanction_level->id : "-");
        dump(out, r.sanction_basis);
        for (const ast::Referral& f : r.referrals) {
            out << " refer " << f.to << " " << f.reason;
            dump(out, f.basis);
            if (f.condition) dump(out, *f.condition);
        }
        for (const std::string& n : r.notes) out << " note " << n;
        out << "\n";
    }
    for (const ast::Example& e : file.examples) {
        out << "example " << e.id << " " << e.title << " <" << e.report << "> " << (e.status ? e.status->id : "-") << " "
            << (e.level ? e.level->id : "-");
        if (e.rules) dump(out, *e.rules);
        if (e.cites) dump(out, *e.cites);
        if (e.missing) dump(out, *e.missing);
        out << "\n";
    }
    return out.str();
}

const char* english = R"(regulations:
  - id: pp-94-2021
    title: Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil
    in_force: 2021-08-31
    source: JDIH BPK
    note: catatan umum
    provisions:
      - id: pasal-5/huruf-n/angka-4
        text: PNS dilarang ...
      - id: pasal-8/ayat-4
        text: Jenis Hukuman Disiplin berat
        citation: Pasal 8 ayat (4)
        in_force: 2022-01-01
        repealed: 2030-01-01
        note: nomor ayat belum dikonfirmasi
  - id: uu-5-2014
    title: Undang-Undang Nomor 5 Tahun 2014 tentang ASN
    in_force: 2014-01-15
    repealed: 2023-10-31
    replaced_by: uu-20-2023
    provisions: []
facts:
  id: {type: string, required: true}
  election: {type: string, question: "Pemilihan mana?", description: nama pemilihan}
  actor:
    type: object
    required: true
    fields:
      status: {type: "enum {pns, cpns, unknown}", required: true, question: "Apa status?"}
      official: bool
      prior_sanctions:
        type: list of object
        fields:
          level: enum {ringan, sedang}
          date: date
  acts:
    type: list of object
    fields:
      count: integer
      attributes: list of enum {party, campaign}
elections:
  - id: pilkada-2024
    title: Pemilihan Serentak 2024
    registration: 2024-08-27 .. 2024-08-29
    candidate_determination: 2024-09-22
    campaign: 2024-09-25 .. 2024-11-23
    quiet_period: 2024-11-24 .. 2024-11-26
    voting_day: 2024-11-27
levels:
  - {name: none, title: Tidak ada sanksi}
  - {name: moral, title: Sanksi moral, measures: [pernyataan tertutup, pernyataan terbuka], basis: [pp-42-2004/pasal-15]}
  - name: berat
    title: Hukuman disiplin berat
aggregation:
  concurrent: {basis: [pp-94-2021/pasal-8/ayat-4], note: "terberat"}
  repeat:
    - {title: Pengulangan, when: "actor.official", raise: 2, within: [ringan, sedang, berat], basis: [pp-94-2021/pasal-8/ayat-4], note: "n"}
scope:
  subject: "actor.official"
  from: {date: 2022-09-22, title: "Sejak SKB"}
  outside:
    - {when: "actor.status", note: "instansi"}
definitions:
  - {name: partisan, title: bersikap memihak, when: "act.stance"}
rules:
  - id: kampanye.fasilitas_negara
    title: PNS sebagai peserta kampanye
    per: report
    subject: {name: Setiap PNS, when: "actor.status"}
    when: "act.type"
    elements:
      - {name: sebagai peserta kampanye, when: partisan}
    unless:
      - {name: tugas kedinasan, when: act.official_duty}
      - {when: act.cltn}
    overrides: [kampanye.ikut]
    cites: [pp-94-2021/pasal-5/huruf-n/angka-4]
    sanction: {level: berat, basis: [pp-94-2021/pasal-8/ayat-4]}
    referrals:
      - {to: gakkumdu, reason: "pidana", basis: [uu-1-2015/pasal-188], when: "actor.official"}
    notes: ["[pilihan] satu", dua]
examples:
  - id: camat-mobil-dinas
    title: Camat hadir
    report: {id: EX-1, actor: {status: pns}, acts: [{type: campaign_participation}]}
    expect: {status: violation, level: berat, rules: [kampanye.fasilitas_negara], cites: [pp-94-2021/pasal-5/huruf-n/angka-4], missing: [acts.0.role]}
)";

const char* indonesian = R"(peraturan:
  - id: pp-94-2021
    judul: Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil
    berlaku: 2021-08-31
    sumber: JDIH BPK
    catatan: catatan umum
    ketentuan:
      - id: pasal-5/huruf-n/angka-4
        teks: PNS dilarang ...
      - id: pasal-8/ayat-4
        teks: Jenis Hukuman Disiplin berat
        sitasi: Pasal 8 ayat (4)
        berlaku: 2022-01-01
        dicabut: 2030-01-01
        catatan: nomor ayat belum dikonfirmasi
  - id: uu-5-2014
    judul: Undang-Undang Nomor 5 Tahun 2014 tentang ASN
    berlaku: 2014-01-15
    dicabut: 2023-10-31
    diganti_oleh: uu-20-2023
    ketentuan: []
fakta:
  id: {tipe: string, wajib: benar}
  election: {tipe: string, pertanyaan: "Pemilihan mana?", deskripsi: nama pemilihan}
  actor:
    tipe: objek
    wajib: true
    kolom:
      status: {tipe: "enum {pns, cpns, unknown}", wajib: true, pertanyaan: "Apa status?"}
      official: bool
      prior_sanctions:
        tipe: daftar dari objek
        kolom:
          level: enum {ringan, sedang}
          date: date
  acts:
    tipe: daftar dari object
    kolom:
      count: integer
      attributes: daftar dari enum {party, campaign}
pemilihan:
  - id: pilkada-2024
    judul: Pemilihan Serentak 2024
    pendaftaran: 2024-08-27 .. 2024-08-29
    penetapan_calon: 2024-09-22
    kampanye: 2024-09-25 .. 2024-11-23
    masa_tenang: 2024-11-24 .. 2024-11-26
    pemungutan_suara: 2024-11-27
tingkat:
  - {nama: none, judul: Tidak ada sanksi}
  - {nama: moral, judul: Sanksi moral, tindakan: [pernyataan tertutup, pernyataan terbuka], dasar_sanksi: [pp-42-2004/pasal-15]}
  - nama: berat
    judul: Hukuman disiplin berat
agregasi:
  bersamaan: {dasar_sanksi: [pp-94-2021/pasal-8/ayat-4], catatan: "terberat"}
  pengulangan:
    - {judul: Pengulangan, jika: "actor.official", naik: 2, dalam: [ringan, sedang, berat], dasar_sanksi: [pp-94-2021/pasal-8/ayat-4], catatan: "n"}
cakupan:
  subjek: "actor.official"
  sejak: {tanggal: 2022-09-22, judul: "Sejak SKB"}
  di_luar:
    - {jika: "actor.status", catatan: "instansi"}
definisi:
  - {nama: partisan, judul: bersikap memihak, jika: "act.stance"}
aturan:
  - id: kampanye.fasilitas_negara
    judul: PNS sebagai peserta kampanye
    per: laporan
    subjek: {nama: Setiap PNS, jika: "actor.status"}
    jika: "act.type"
    unsur:
      - {nama: sebagai peserta kampanye, jika: partisan}
    kecuali:
      - {nama: tugas kedinasan, jika: act.official_duty}
      - {jika: act.cltn}
    mengesampingkan: [kampanye.ikut]
    dasar: [pp-94-2021/pasal-5/huruf-n/angka-4]
    sanksi: {tingkat: berat, dasar_sanksi: [pp-94-2021/pasal-8/ayat-4]}
    rujukan:
      - {kepada: gakkumdu, alasan: "pidana", dasar_sanksi: [uu-1-2015/pasal-188], jika: "actor.official"}
    catatan: ["[pilihan] satu", dua]
contoh:
  - id: camat-mobil-dinas
    judul: Camat hadir
    laporan: {id: EX-1, actor: {status: pns}, acts: [{type: campaign_participation}]}
    harapan: {status: violation, tingkat: berat, aturan: [kampanye.fasilitas_negara], dasar: [pp-94-2021/pasal-5/huruf-n/angka-4], kurang: [acts.0.role]}
)";

}  // namespace

TEST_CASE("yaml: a complete English file", "[yaml]") {
    ParseResult result = parse(english);
    INFO(describe(result.diagnostics));
    REQUIRE(result.diagnostics.empty());
    const ast::File& file = result.file;
    CHECK(file.path == "t.yaml");

    REQUIRE(file.regulations.size() == 2);
    const ast::Regulation& pp = file.regulations[0];
    CHECK(pp.id == "pp-94-2021");
    CHECK(pp.title == "Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil");
    CHECK(format_iso_date(*pp.in_force) == "2021-08-31");
    CHECK(pp.source == "JDIH BPK");
    CHECK(pp.note == "catatan umum");
    CHECK(at(pp.location) == "2:5");
    REQUIRE(pp.provisions.size() == 2);
    CHECK(pp.provisions[0].id == "pp-94-2021/pasal-5/huruf-n/angka-4");
    CHECK(pp.provisions[0].text == "PNS dilarang ...");
    CHECK(at(pp.provisions[0].location) == "8:9");
    CHECK_FALSE(pp.provisions[0].in_force);
    CHECK(pp.provisions[1].id == "pp-94-2021/pasal-8/ayat-4");
    CHECK(pp.provisions[1].citation == "Pasal 8 ayat (4)");
    CHECK(format_iso_date(*pp.provisions[1].in_force) == "2022-01-01");
    CHECK(format_iso_date(*pp.provisions[1].repealed) == "2030-01-01");
    CHECK(pp.provisions[1].note == "nomor ayat belum dikonfirmasi");
    const ast::Regulation& uu = file.regulations[1];
    CHECK(format_iso_date(*uu.repealed) == "2023-10-31");
    REQUIRE(uu.replaced_by);
    CHECK(uu.replaced_by->id == "uu-20-2023");
    CHECK(at(uu.replaced_by->location) == "20:18");
    CHECK(uu.provisions.empty());

    REQUIRE(file.facts);
    const auto& fields = file.facts->fields;
    REQUIRE(fields.size() == 4);
    using Kind = ast::TypeDecl::Kind;
    CHECK(fields[0].name == "id");
    CHECK(fields[0].type.kind == Kind::string);
    CHECK(fields[0].required);
    CHECK(at(fields[0].location) == "23:3");
    CHECK(fields[1].question == "Pemilihan mana?");
    CHECK(fields[1].description == "nama pemilihan");
    CHECK_FALSE(fields[1].required);
    const ast::FieldDecl& actor = fields[2];
    CHECK(actor.type.kind == Kind::object);
    CHECK(actor.required);
    REQUIRE(actor.type.fields.size() == 3);
    CHECK(actor.type.fields[0].type.kind == Kind::enumeration);
    CHECK(actor.type.fields[0].type.values == std::vector<std::string>{"pns", "cpns", "unknown"});
    CHECK(actor.type.fields[0].question == "Apa status?");
    CHECK(at(actor.type.fields[0].type.location) == "29:23");  // inside the quotes
    CHECK(actor.type.fields[1].type.kind == Kind::boolean);
    CHECK(actor.type.fields[2].type.kind == Kind::object_list);
    REQUIRE(actor.type.fields[2].type.fields.size() == 2);
    CHECK(actor.type.fields[2].type.fields[0].type.values == std::vector<std::string>{"ringan", "sedang"});
    CHECK(actor.type.fields[2].type.fields[1].type.kind == Kind::date);
    CHECK(fields[3].type.kind == Kind::object_list);
    CHECK(fields[3].type.fields[0].type.kind == Kind::integer);
    CHECK(fields[3].type.fields[1].type.kind == Kind::enum_list);
    CHECK(fields[3].type.fields[1].type.values == std::vector<std::string>{"party", "campaign"});

    REQUIRE(file.elections.size() == 1);
    const ast::Election& election = file.elections[0];
    CHECK(election.id == "pilkada-2024");
    CHECK(election.title == "Pemilihan Serentak 2024");
    REQUIRE(election.stages.size() == 5);
    CHECK(election.stages[0].name == "registration");
    CHECK(format_iso_date(election.stages[0].from) == "2024-08-27");
    CHECK(format_iso_date(election.stages[0].to) == "2024-08-29");
    CHECK(at(election.stages[0].location) == "44:19");
    CHECK(election.stages[1].name == "candidate_determination");
    CHECK(election.stages[1].from == election.stages[1].to);
    CHECK(election.stages[4].name == "voting_day");

    REQUIRE(file.levels.size() == 3);
    CHECK(file.levels[0].name == "none");
    CHECK(file.levels[1].measures == std::vector<std::string>{"pernyataan tertutup", "pernyataan terbuka"});
    REQUIRE(file.levels[1].basis.size() == 1);
    CHECK(file.levels[1].basis[0].id == "pp-42-2004/pasal-15");
    CHECK(file.levels[2].name == "berat");
    CHECK(at(file.levels[2].location) == "52:5");

    CHECK(file.aggregation.declared);
    CHECK(file.aggregation.concurrent_note == "terberat");
    REQUIRE(file.aggregation.concurrent_basis.size() == 1);
    REQUIRE(file.aggregation.escalations.size() == 1);
    const ast::Escalation& repeat = file.aggregation.escalations[0];
    CHECK(repeat.title == "Pengulangan");
    CHECK(repeat.steps == 2);
    CHECK(repeat.ladder.size() == 3);
    CHECK(repeat.note == "n");
    CHECK(at(repeat.condition.location) == "57:35");

    CHECK(file.scope.declared);
    REQUIRE(file.scope.subject);
    CHECK(at(file.scope.subject->location) == "59:13");
    CHECK(format_iso_date(*file.scope.from) == "2022-09-22");
    CHECK(file.scope.from_title == "Sejak SKB");
    REQUIRE(file.scope.outside.size() == 1);
    CHECK(file.scope.outside[0].text == "instansi");

    REQUIRE(file.defines.size() == 1);
    CHECK(file.defines[0].name == "partisan");
    CHECK(file.defines[0].title == "bersikap memihak");

    REQUIRE(file.rules.size() == 1);
    const ast::Rule& rule = file.rules[0];
    CHECK(rule.id == "kampanye.fasilitas_negara");
    CHECK(rule.title == "PNS sebagai peserta kampanye");
    CHECK_FALSE(rule.per_act);
    REQUIRE(rule.subject);
    CHECK(rule.subject->name == "Setiap PNS");
    REQUIRE(rule.when);
    CHECK(at(rule.when->location) == "70:12");
    REQUIRE(rule.elements.size() == 1);
    CHECK(rule.elements[0].name == "sebagai peserta kampanye");
    CHECK(at(rule.elements[0].condition.location) == "72:48");
    REQUIRE(rule.exceptions.size() == 2);
    CHECK(rule.exceptions[0].name == "tugas kedinasan");
    CHECK(rule.exceptions[1].name.empty());
    REQUIRE(rule.overrides.size() == 1);
    CHECK(rule.overrides[0].id == "kampanye.ikut");
    CHECK(at(rule.overrides[0].location) == "76:17");
    REQUIRE(rule.cites.size() == 1);
    CHECK(rule.cites[0].id == "pp-94-2021/pasal-5/huruf-n/angka-4");
    REQUIRE(rule.sanction_level);
    CHECK(rule.sanction_level->id == "berat");
    CHECK(rule.sanction_basis.size() == 1);
    REQUIRE(rule.referrals.size() == 1);
    CHECK(rule.referrals[0].to == "gakkumdu");
    CHECK(rule.referrals[0].reason == "pidana");
    CHECK(rule.referrals[0].basis.size() == 1);
    CHECK(rule.referrals[0].condition);
    CHECK(rule.notes == std::vector<std::string>{"[pilihan] satu", "dua"});
    CHECK(at(rule.location) == "66:5");

    REQUIRE(file.examples.size() == 1);
    const ast::Example& example = file.examples[0];
    CHECK(example.id == "camat-mobil-dinas");
    CHECK(example.title == "Camat hadir");
    CHECK(example.status->id == "violation");
    CHECK(example.level->id == "berat");
    REQUIRE(example.rules);
    CHECK(example.rules->size() == 1);
    REQUIRE(example.cites);
    REQUIRE(example.missing);
    REQUIRE(example.missing->size() == 1);
    CHECK((*example.missing)[0].id == "acts.0.role");
    CHECK(at(example.report_location) == "85:1");
    // The report is kept as written, padded to its column, so positions in it
    // are positions in the file.
    CHECK(example.report.find("{id: EX-1, actor: {status: pns}") == 12);
}

TEST_CASE("yaml: Indonesian keys give the same tree as English keys", "[yaml]") {
    ParseResult en = parse(english);
    ParseResult id = parse(indonesian);
    INFO(describe(id.diagnostics));
    REQUIRE(id.diagnostics.empty());
    REQUIRE(en.diagnostics.empty());
    // The example report sits at another column (`laporan` vs `report`).
    std::string left = dump(en.file), right = dump(id.file);
    auto strip_report = [](std::string s) {
        std::size_t open = s.find('<'), close = s.find('>', open);
        std::size_t brace = s.find('{', open);
        return s.substr(0, open) + s.substr(brace, close - brace) + s.substr(close);
    };
    CHECK(strip_report(left) == strip_report(right));
}

TEST_CASE("yaml: an empty file, comments only, or a null document declare nothing", "[yaml]") {
    for (const char* text : {"", "# only a comment\n", "---\n", "~\n", "\n\n"}) {
        ParseResult result = parse(text);
        INFO(text);
        CHECK(result.diagnostics.empty());
        CHECK(result.file.rules.empty());
        CHECK_FALSE(result.file.facts);
        CHECK_FALSE(result.file.scope.declared);
    }
}

TEST_CASE("yaml: a top level that is not a mapping", "[yaml]") {
    ParseResult scalar = parse("just text\n");
    REQUIRE(scalar.diagnostics.size() == 1);
    CHECK(scalar.diagnostics[0].code == "E011");
    CHECK(at(scalar.diagnostics[0].location) == "1:1");
    ParseResult list = parse("\n- a\n- b\n");
    REQUIRE(list.diagnostics.size() == 1);
    CHECK(list.diagnostics[0].code == "E011");
    CHECK(at(list.diagnostics[0].location) == "2:1");
    CHECK(list.diagnostics[0].message.find("a list") != std::string::npos);
}

TEST_CASE("yaml: unknown keys, with a suggestion, all of them", "[yaml]") {
    ParseResult result = parse(
        "rules:\n"
        "  - id: r\n"
        "    elemnts: []\n"
        "    zzzzzzzzzz: 1\n"
        "rulse: []\n");
    INFO(describe(result.diagnostics));
    REQUIRE(result.diagnostics.size() == 3);
    const Diagnostic& typo = result.diagnostics[0];
    CHECK(typo.code == "E010");
    CHECK(typo.severity == Severity::error);
    CHECK(typo.message == "unknown key `elemnts` in a rule");
    CHECK(at(typo.location) == "3:5");
    CHECK(typo.notes == std::vector<std::string>{"did you mean `elements`?"});
    CHECK(result.diagnostics[1].message == "unknown key `zzzzzzzzzz` in a rule");
    CHECK(result.diagnostics[1].notes[0].find("the keys of a rule are `id`, `title`") == 0);
    CHECK(result.diagnostics[2].message == "unknown key `rulse` in a rule file");
    CHECK(result.diagnostics[2].notes == std::vector<std::string>{"did you mean `rules`?"});
    // The rule with the bad keys is still read.
    REQUIRE(result.file.rules.size() == 1);
}

TEST_CASE("yaml: Indonesian typos get Indonesian suggestions", "[yaml]") {
    ParseResult result = parse("aturan:\n  - id: r\n    unsru: []\n");
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].notes == std::vector<std::string>{"did you mean `unsur`?"});
}

TEST_CASE("yaml: one key given in both languages", "[yaml]") {
    ParseResult result = parse("rules:\n  - id: r\n    when: act.a\n    jika: act.b\n");
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].code == "E010");
    CHECK(at(result.diagnostics[0].location) == "4:5");
    CHECK(result.diagnostics[0].message == "`jika` is given twice in a rule");
}

TEST_CASE("yaml: bad dates", "[yaml]") {
    ParseResult result = parse(
        "regulations:\n"
        "  - id: pp-1-2020\n"
        "    in_force: 2024-02-30\n"
        "    provisions:\n"
        "      - {id: pasal-1, repealed: \"soon\"}\n"
        "elections:\n"
        "  - id: e\n"
        "    campaign: 2024-09-25 .. 2024-13-01\n"
        "    voting_day: [2024-11-27]\n");
    INFO(describe(result.diagnostics));
    REQUIRE(result.diagnostics.size() == 4);
    for (int i = 0; i < 3; ++i) CHECK(result.diagnostics[i].code == "E002");
    CHECK(at(result.diagnostics[0].location) == "3:15");
    CHECK(result.diagnostics[0].message == "expected a date like 2024-09-22, found `2024-02-30`");
    CHECK(at(result.diagnostics[1].location) == "5:34");  // inside the quotes
    CHECK(at(result.diagnostics[2].location) == "8:15");
    CHECK(result.diagnostics[2].message == "expected a date like 2024-09-22, found ` 2024-13-01`");
    CHECK(result.diagnostics[3].code == "E011");  // a list is not a date: a wrong shape
    CHECK(at(result.diagnostics[3].location) == "9:17");
    // The election is kept, without the broken stage.
    REQUIRE(result.file.elections.size() == 1);
    CHECK(result.file.elections[0].stages.empty());
}

TEST_CASE("yaml: an error inside a condition points into the file", "[yaml]") {
    SECTION("double-quoted") {
        ParseResult result = parse("rules:\n  - id: r\n    when: \"act.official and @\"\n");
        const Diagnostic* d = find(result.diagnostics, result.diagnostics.empty() ? "" : result.diagnostics[0].code);
        REQUIRE(d);
        CHECK(d->location.file == "t.yaml");
        CHECK(at(d->location) == "3:29");
    }
    SECTION("plain") {
        ParseResult result = parse("definitions:\n  - name: x\n    when: act.official and @\n");
        REQUIRE(!result.diagnostics.empty());
        CHECK(at(result.diagnostics[0].location) == "3:28");
    }
    SECTION("single-quoted in a flow mapping") {
        ParseResult result = parse("rules:\n  - id: r\n    elements:\n      - {name: n, when: 'act.a or @'}\n");
        REQUIRE(!result.diagnostics.empty());
        CHECK(at(result.diagnostics[0].location) == "4:35");
    }
    SECTION("a plain condition over several lines") {
        ParseResult result = parse("rules:\n  - id: r\n    when: act.a and\n      act.b or\n        @\n");
        REQUIRE(!result.diagnostics.empty());
        CHECK(at(result.diagnostics[0].location) == "5:9");
    }
    SECTION("a folded block condition") {
        ParseResult result = parse("scope:\n  subject: >\n    act.a and\n     act.b and @\n");
        REQUIRE(!result.diagnostics.empty());
        CHECK(at(result.diagnostics[0].location) == "4:16");
    }
}

TEST_CASE("yaml: conditions are handed over whole", "[yaml]") {
    ParseResult result = parse("rules:\n  - id: r\n    when: >\n      act.a and\n      act.b\n");
    INFO(describe(result.diagnostics));
    REQUIRE(result.diagnostics.empty());
    REQUIRE(result.file.rules.at(0).when);
    CHECK(at(result.file.rules[0].when->location) == "4:7");
}

TEST_CASE("yaml: syntax errors", "[yaml]") {
    SECTION("bad indentation") {
        ParseResult result = parse("rules:\n  - id: r\n    when: act.a\n   cites: []\n");
        REQUIRE(result.diagnostics.size() == 1);
        const Diagnostic& d = result.diagnostics[0];
        CHECK(d.code == "E001");
        CHECK(d.severity == Severity::error);
        CHECK(d.location.line == 4);
        CHECK(d.message.find("this file is not valid YAML: ") == 0);
        CHECK(d.message.find("indentation") != std::string::npos);
    }
    SECTION("an unclosed flow list") {
        ParseResult result = parse("rules:\n  - id: r\n    cites: [a, b\n");
        REQUIRE(result.diagnostics.size() == 1);
        CHECK(result.diagnostics[0].code == "E001");
        CHECK(result.diagnostics[0].message == "this file is not valid YAML: a `[` is not closed by a `]`");
    }
    SECTION("a colon in a plain value") {
        ParseResult result = parse("rules:\n  - id: r\n    when: any(s in x: s.y)\n");
        REQUIRE(result.diagnostics.size() == 1);
        CHECK(result.diagnostics[0].code == "E001");
        CHECK(at(result.diagnostics[0].location) == "3:21");
        CHECK(result.diagnostics[0].message.find("quotes") != std::string::npos);
    }
}

TEST_CASE("yaml: wrong shapes", "[yaml]") {
    ParseResult result = parse(
        "rules:\n"
        "  - id: r\n"
        "    cites: pp-1-2020/pasal-1\n"
        "    elements: {name: a, when: act.a}\n"
        "    when: [act.a]\n"
        "    per: sometimes\n"
        "    sanction: berat\n"
        "levels: {name: x}\n"
        "facts:\n"
        "  b: list of bool\n"
        "  c: strnig\n"
        "  d: {type: bool, required: maybe}\n");
    INFO(describe(result.diagnostics));
    std::vector<std::string> found;
    for (const Diagnostic& d : result.diagnostics) found.push_back(d.code + " " + at(d.location));
    CHECK(found == std::vector<std::string>{"E011 3:12", "E011 4:15", "E011 5:11", "E011 6:10", "E011 7:15",
                                            "E011 8:9", "E011 10:6", "E011 11:6", "E011 12:29"});
    REQUIRE(found.size() == 9);
    CHECK(result.diagnostics[0].message == "`cites` must be a list of provision ids, found the text `pp-1-2020/pasal-1`");
    CHECK(result.diagnostics[5].message.find("`levels` must be a list of sanction levels") == 0);
    CHECK(result.diagnostics[7].notes == std::vector<std::string>{"did you mean `string`?"});
}

TEST_CASE("yaml: missing required keys", "[yaml]") {
    ParseResult result = parse(
        "rules:\n"
        "  - title: no id\n"
        "    elements:\n"
        "      - {name: a}\n"
        "      - {when: act.a}\n"
        "    sanction: {basis: []}\n"
        "regulations:\n"
        "  - title: no id either\n"
        "    provisions:\n"
        "      - text: t\n"
        "examples:\n"
        "  - id: e\n"
        "definitions:\n"
        "  - {name: d}\n"
        "facts:\n"
        "  actor: {type: object}\n"
        "  acts: {required: true}\n");
    INFO(describe(result.diagnostics));
    std::vector<std::string> found;
    for (const Diagnostic& d : result.diagnostics) found.push_back(d.code + " " + at(d.location) + " " + d.message);
    CHECK(found == std::vector<std::string>{
                       "E012 2:5 a rule has no `id`",
                       "E012 4:9 an element has no `when`",
                       "E012 5:9 an element has no `name`",
                       "E012 6:15 the sanction of a rule has no `level`",
                       "E012 8:5 a regulation has no `id`",
                       "E012 10:9 a provision has no `id`",
                       "E012 12:5 an example has no `report`",
                       "E012 14:5 a definition has no `when`",
                       "E012 16:3 field `actor` is an object but has no `fields`",
                       "E012 17:9 field `acts` has no `type`",
                   });
}

TEST_CASE("yaml: provision ids may be written in full", "[yaml]") {
    ParseResult result = parse("regulations:\n  - id: uu-1-2015\n    provisions:\n      - id: uu-1-2015/pasal-188\n");
    REQUIRE(result.diagnostics.empty());
    CHECK(result.file.regulations[0].provisions[0].id == "uu-1-2015/pasal-188");
}

TEST_CASE("yaml: rule defaults and short forms", "[yaml]") {
    ParseResult result = parse(
        "rules:\n"
        "  - id: r\n"
        "    note: one note\n"
        "  - id: s\n"
        "    per: perbuatan\n"
        "aggregation:\n"
        "  concurrent: heaviest\n"
        "scope:\n"
        "  from: 2022-09-22\n");
    INFO(describe(result.diagnostics));
    REQUIRE(result.diagnostics.empty());
    CHECK(result.file.rules[0].per_act);
    CHECK(result.file.rules[0].notes == std::vector<std::string>{"one note"});
    CHECK_FALSE(result.file.rules[0].when);
    CHECK_FALSE(result.file.rules[0].subject);
    CHECK(result.file.rules[1].per_act);
    CHECK(result.file.aggregation.declared);
    CHECK(result.file.aggregation.escalations.empty());
    CHECK(format_iso_date(*result.file.scope.from) == "2022-09-22");
    CHECK(result.file.scope.from_title.empty());
}

TEST_CASE("yaml: example expectations", "[yaml]") {
    ParseResult result = parse(
        "examples:\n"
        "  - id: a\n"
        "    report:\n"
        "      id: EX-1\n"
        "      actor: {status: pns, name: \"true\"}\n"
        "\n"
        "      # a comment inside\n"
        "      acts:\n"
        "        - type: other\n"
        "    expect: {missing: []}\n"
        "  - id: b\n"
        "    report: {id: EX-2}\n"
        "    expect: {status: not_violation, missing: none}\n"
        "  - id: c\n"
        "    laporan: |\n"
        "      id: EX-3\n"
        "      acts: []\n"
        "  - id: d\n"
        "    report: {id: &x EX-4, other: *x}\n");
    INFO(describe(result.diagnostics));
    REQUIRE(result.diagnostics.empty());
    REQUIRE(result.file.examples.size() == 4);
    const ast::Example& a = result.file.examples[0];
    REQUIRE(a.missing);
    CHECK(a.missing->empty());
    CHECK_FALSE(a.status);
    CHECK_FALSE(a.rules);
    CHECK_FALSE(a.cites);
    CHECK(at(a.report_location) == "4:1");
    CHECK(a.report ==
          "      id: EX-1\n"
          "      actor: {status: pns, name: \"true\"}\n"
          "\n"
          "      # a comment inside\n"
          "      acts:\n"
          "        - type: other\n");
    const ast::Example& b = result.file.examples[1];
    CHECK(b.status->id == "not_violation");
    CHECK(at(b.status->location) == "13:22");
    REQUIRE(b.missing);
    CHECK(b.missing->empty());
    CHECK(b.report == "            {id: EX-2}\n");
    const ast::Example& c = result.file.examples[2];
    CHECK(c.report == "id: EX-3\nacts: []\n");
    CHECK(at(c.report_location) == "16:7");
    // An alias to an anchor outside a report cannot be copied as written.
    const ast::Example& d = result.file.examples[3];
    CHECK(d.report.find("EX-4") != std::string::npos);
}

TEST_CASE("yaml: a report that cannot be copied as written is written out again", "[yaml]") {
    ParseResult result = parse(
        "examples:\n"
        "  - id: a\n"
        "    report: &r {id: \"true\", n: '5', name: *name}\n"
        "    title: &name x\n");
    // yaml-cpp needs the anchor first; this is a syntax error, reported as such.
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].code == "E001");

    ParseResult ok = parse(
        "base: &name x\n");
    CHECK(ok.diagnostics.size() == 1);  // unknown key `base`

    ParseResult aliased = parse(
        "examples:\n"
        "  - id: &name a\n"
        "    report: {id: \"true\", n: '5', who: *name}\n");
    INFO(describe(aliased.diagnostics));
    REQUIRE(aliased.diagnostics.empty());
    const std::string& report = aliased.file.examples[0].report;
    // Quoted scalars stay texts.
    CHECK(report.find("\"true\"") != std::string::npos);
    CHECK(report.find("\"5\"") != std::string::npos);
    CHECK(report.find("who: a") != std::string::npos);
    CHECK(at(aliased.file.examples[0].report_location) == "3:13");
}

TEST_CASE("yaml: never crashes or throws on odd input", "[yaml]") {
    std::string deep(5000, '[');
    std::string deep_map;
    for (int i = 0; i < 3000; ++i) deep_map += std::string(i % 60, ' ') + "a:\n";
    const std::vector<std::string> inputs = {
        deep,
        deep_map,
        std::string("\x00\x01\xff\xfe garbage \x80", 14),
        "\xef\xbb\xbf" "rules: []\n",
        "rules: [",
        "{",
        "rules:\n  - &a [*a]\n",
        "examples:\n  - id: x\n    report: &a {self: *a}\n",
        "facts: &f {a: {type: object, fields: *f}}\n",
        "rules: ~\n",
        "rules:\n  - ~\n  - 5\n  - []\n",
        "facts: []\nscope: x\naggregation: 5\nlevels: [[]]\n",
        "rules:\n  - {id: [x], title: {a: b}, when: \"\", cites: [[x]], sanction: {level: []}}\n",
        "? [a]\n: b\n",
        "elections:\n  - {id: e, campaign: \"..\", voting_day: \" .. 2024-01-01\"}\n",
        "---\nrules: []\n---\nrules: []\n",
        "aggregation:\n  repeat:\n    - {when: x, raise: -3, within: []}\n    - {when: x, raise: 99999999999999999999, within: [a]}\n",
        "facts:\n  a: \"enum {\"\n  b: enum {, }\n  c: enum\n  d: \"\"\n",
    };
    for (const std::string& input : inputs) {
        INFO(input.substr(0, 80));
        ParseResult result;
        CHECK_NOTHROW(result = parse(input));
        for (const Diagnostic& d : result.diagnostics) CHECK(d.severity == Severity::error);
    }
}

TEST_CASE("yaml: one document per file", "[yaml]") {
    ParseResult result = parse("rules: []\n---\nrules: []\n");
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].code == "E011");
    CHECK(at(result.diagnostics[0].location) == "3:1");
}

TEST_CASE("yaml: every diagnostic names the file", "[yaml]") {
    ParseResult result = parse_rule_yaml("rules:\n  - {id: r, when: 5 @}\n  - {title: x}\nbad: 1\n", "rules/a.yaml");
    REQUIRE(result.diagnostics.size() >= 3);
    for (const Diagnostic& d : result.diagnostics) {
        CHECK(d.location.file == "rules/a.yaml");
        CHECK(d.location.line > 0);
        CHECK(d.location.column > 0);
    }
}

TEST_CASE("yaml: the same declarations in the DSL give the same tree", "[yaml]") {
    const char* dsl = R"DSL(
regulation pp-94-2021 "Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin" {
  in_force 2021-08-31
  source "JDIH BPK"
  provision pasal-5/huruf-n/angka-4 { text "PNS dilarang" }
  provision pasal-8/ayat-4 { text "berat" note "belum dikonfirmasi" }
}
facts {
  id: string required
  actor: object required {
    status: enum {pns, cpns, unknown} required question "Apa status?"
    prior_sanctions: list of object { same_kind: bool }
  }
  acts: list of object { type: enum {rally, other} date: date attributes: list of enum {party, campaign} }
}
election pilkada-2024 "Pemilihan Serentak 2024" {
  registration 2024-08-27 .. 2024-08-29
  candidate_determination 2024-09-22
  campaign 2024-09-25 .. 2024-11-23
  quiet_period 2024-11-24 .. 2024-11-26
  voting_day 2024-11-27
}
levels {
  none "Tidak ada sanksi"
  berat "Hukuman disiplin berat" { measures "pemberhentian", "penurunan jabatan" basis pp-94-2021/pasal-8/ayat-4 }
}
aggregation {
  concurrent heaviest note "terberat"
  repeat "Pengulangan" when any(s in actor.prior_sanctions: s.same_kind) raise 1 within {ringan, sedang, berat}
}
scope {
  subject actor.status in {pns, cpns}
  from 2022-09-22 "Sejak SKB"
  outside actor.status == cpns "lain"
}
define partisan "memihak" = act.type in {rally} and not (act.date < 2024-01-01)
rule kampanye.ikut "Ikut kampanye" {
  per report
  subject "Setiap PNS": actor.status in {pns, cpns}
  when act.type == rally
  element "memihak": partisan
  unless "dinas": known act.date
  unless act.attributes contains {party}
  overrides kampanye.lain
  cites pp-94-2021/pasal-5/huruf-n/angka-4
  sanction berat by pp-94-2021/pasal-8/ayat-4
  refer gakkumdu "pidana" by pp-94-2021/pasal-5/huruf-n/angka-4 when all(a in acts: a.type != other)
  note "satu"
}
)DSL";
    const char* yaml = R"YAML(
regulations:
  - id: pp-94-2021
    title: Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin
    in_force: 2021-08-31
    source: JDIH BPK
    provisions:
      - {id: pasal-5/huruf-n/angka-4, text: PNS dilarang}
      - {id: pasal-8/ayat-4, text: berat, note: belum dikonfirmasi}
facts:
  id: {type: string, required: true}
  actor:
    type: object
    required: true
    fields:
      status: {type: "enum {pns, cpns, unknown}", required: true, question: "Apa status?"}
      prior_sanctions: {type: list of object, fields: {same_kind: bool}}
  acts:
    type: list of object
    fields:
      type: enum {rally, other}
      date: date
      attributes: list of enum {party, campaign}
elections:
  - id: pilkada-2024
    title: Pemilihan Serentak 2024
    registration: 2024-08-27 .. 2024-08-29
    candidate_determination: 2024-09-22
    campaign: 2024-09-25 .. 2024-11-23
    quiet_period: 2024-11-24 .. 2024-11-26
    voting_day: 2024-11-27
levels:
  - {name: none, title: Tidak ada sanksi}
  - {name: berat, title: Hukuman disiplin berat, measures: [pemberhentian, penurunan jabatan], basis: [pp-94-2021/pasal-8/ayat-4]}
aggregation:
  concurrent: {note: terberat}
  repeat:
    - {title: Pengulangan, when: "any(s in actor.prior_sanctions: s.same_kind)", raise: 1, within: [ringan, sedang, berat]}
scope:
  subject: "actor.status in {pns, cpns}"
  from: {date: 2022-09-22, title: Sejak SKB}
  outside:
    - {when: actor.status == cpns, note: lain}
definitions:
  - {name: partisan, title: memihak, when: "act.type in {rally} and not (act.date < 2024-01-01)"}
rules:
  - id: kampanye.ikut
    title: Ikut kampanye
    per: report
    subject: {name: Setiap PNS, when: "actor.status in {pns, cpns}"}
    when: act.type == rally
    elements:
      - {name: memihak, when: partisan}
    unless:
      - {name: dinas, when: known act.date}
      - when: "act.attributes contains {party}"
    overrides: [kampanye.lain]
    cites: [pp-94-2021/pasal-5/huruf-n/angka-4]
    sanction: {level: berat, basis: [pp-94-2021/pasal-8/ayat-4]}
    referrals:
      - {to: gakkumdu, reason: pidana, basis: [pp-94-2021/pasal-5/huruf-n/angka-4], when: "all(a in acts: a.type != other)"}
    note: satu
)YAML";
    ParseResult from_dsl = parse_dsl(dsl, "t.netral");
    ParseResult from_yaml = parse(yaml);
    INFO(describe(from_dsl.diagnostics) + describe(from_yaml.diagnostics));
    REQUIRE(from_dsl.diagnostics.empty());
    REQUIRE(from_yaml.diagnostics.empty());
    CHECK(dump(from_dsl.file) == dump(from_yaml.file));
}

TEST_CASE("yaml: subjects, level variants, recommendations and the new expectations", "[yaml]") {
    for (bool indonesian : {false, true}) {
        std::string text = indonesian ? R"(
peraturan:
  - id: pp-49-2018
    judul: PP 49/2018
    subjek: "actor.status == pppk"
    ketentuan:
      - {id: pasal-53, teks: t, subjek: "actor.status in {pppk, pns}"}
tingkat:
  - nama: berat
    judul: Berat
    tindakan: [a]
    varian:
      - {jika: "actor.status == pppk", tindakan: [b, c]}
rekomendasi:
  - id: kepegawaian
    judul: Penerusan
    jika: "actor.status in {pns, pppk}"
    bertanggal: [report.forwarded_on, report.reported_on]
    penerima:
      - {id: kasn, judul: KASN, sampai: 2024-08-23}
      - {id: bkn, judul: BKN, sejak: 2024-08-24, catatan: peralihan, dasar_sanksi: [pp-49-2018/pasal-53]}
    teks: "kepada {penerima}"
    dasar: [pp-49-2018/pasal-53]
contoh:
  - id: e
    laporan: {id: "1"}
    harapan:
      dasar_sanksi: [pp-49-2018/pasal-53]
      rujuk: [gakkumdu]
      rekomendasi: tidak_ada
      dikesampingkan: [a.b]
      dikecualikan: none
      unsur:
        - {aturan: a.b, nama: hadir, status: terpenuhi, perbuatan: 1}
)"
                                       : R"(
regulations:
  - id: pp-49-2018
    title: PP 49/2018
    subject: "actor.status == pppk"
    provisions:
      - {id: pasal-53, text: t, subject: "actor.status in {pppk, pns}"}
levels:
  - name: berat
    title: Berat
    measures: [a]
    variants:
      - {when: "actor.status == pppk", measures: [b, c]}
recommendations:
  - id: kepegawaian
    title: Penerusan
    when: "actor.status in {pns, pppk}"
    dated: [report.forwarded_on, report.reported_on]
    recipients:
      - {id: kasn, title: KASN, until: 2024-08-23}
      - {id: bkn, title: BKN, from: 2024-08-24, note: peralihan, basis: [pp-49-2018/pasal-53]}
    text: "kepada {penerima}"
    cites: [pp-49-2018/pasal-53]
examples:
  - id: e
    report: {id: "1"}
    expect:
      basis: [pp-49-2018/pasal-53]
      refer: [gakkumdu]
      recommend: none
      overridden: [a.b]
      excepted: none
      elements:
        - {rule: a.b, name: hadir, status: terpenuhi, act: 1}
)";
        ParseResult result = parse(text);
        INFO(describe(result.diagnostics));
        REQUIRE(result.diagnostics.empty());
        const ast::File& file = result.file;
        REQUIRE(file.regulations.size() == 1);
        CHECK(file.regulations[0].subject);
        REQUIRE(file.regulations[0].provisions.size() == 1);
        CHECK(file.regulations[0].provisions[0].subject);
        REQUIRE(file.levels.size() == 1);
        REQUIRE(file.levels[0].variants.size() == 1);
        CHECK(*file.levels[0].variants[0].measures == std::vector<std::string>{"b", "c"});
        CHECK_FALSE(file.levels[0].variants[0].basis);
        REQUIRE(file.recommendations.size() == 1);
        const ast::Recommendation& r = file.recommendations[0];
        CHECK(r.id == "kepegawaian");
        CHECK(r.condition);
        CHECK(r.dated.size() == 2);
        REQUIRE(r.recipients.size() == 2);
        CHECK(r.recipients[0].id == "kasn");
        CHECK(format_iso_date(*r.recipients[0].until) == "2024-08-23");
        CHECK_FALSE(r.recipients[0].from);
        CHECK(r.recipients[1].note == "peralihan");
        CHECK(r.recipients[1].basis.size() == 1);
        CHECK(r.text == "kepada {penerima}");
        CHECK(r.cites.size() == 1);
        REQUIRE(file.examples.size() == 1);
        const ast::Example& x = file.examples[0];
        CHECK(x.basis->size() == 1);
        CHECK((*x.referrals)[0].id == "gakkumdu");
        CHECK(x.recommendations->empty());
        CHECK((*x.overridden)[0].id == "a.b");
        CHECK(x.excepted->empty());
        REQUIRE(x.elements.size() == 1);
        CHECK(x.elements[0].rule.id == "a.b");
        CHECK(x.elements[0].name == "hadir");
        CHECK(x.elements[0].status.id == "terpenuhi");
        CHECK(*x.elements[0].act == 1);
    }
}

TEST_CASE("yaml: an expected element's act must be a number from 0", "[yaml]") {
    ParseResult result = parse("examples:\n  - id: e\n    report: {id: \"1\"}\n    expect:\n      elements:\n"
                               "        - {rule: a.b, name: x, status: met, act: first}\n");
    const Diagnostic* d = find(result.diagnostics, "E011");
    REQUIRE(d);
    CHECK(d->message == "`act` must be an act number counted from 0, found `first`");
}

namespace {

std::string dump_reasoning(const ast::File& file) {
    std::ostringstream out;
    auto list = [&](const std::string& where, const std::vector<ast::Reasoning>& reasoning) {
        for (const ast::Reasoning& r : reasoning) {
            out << where << ": " << r.text;
            dump(out, r.elections);
            out << "\n";
        }
    };
    for (const auto& g : file.regulations) {
        list("regulation " + g.id, g.reasoning);
        for (const auto& p : g.provisions) list("provision " + p.id + " note " + p.note, p.reasoning);
    }
    list("concurrent note " + file.aggregation.concurrent_note, file.aggregation.concurrent_reasoning);
    for (const auto& e : file.aggregation.escalations) list("repeat note " + e.note, e.reasoning);
    for (const auto& r : file.rules) {
        for (const auto& n : r.notes) out << "rule note " << n << "\n";
        list("rule " + r.id, r.reasoning);
    }
    for (const auto& r : file.requirements) list("requirement " + r.id, r.reasoning);
    for (const auto& d : file.deadlines) list("deadline " + d.id, d.reasoning);
    for (const auto& r : file.recommendations) {
        list("recommend " + r.id, r.reasoning);
        for (const auto& p : r.recipients) list("to " + p.id + " note " + p.note, p.reasoning);
    }
    for (const auto& o : file.scope.outside) out << "outside " << o.text << "\n";
    return out.str();
}

}  // namespace

TEST_CASE("yaml: reasoning as a text or a list of texts and {text, for}, as in the DSL", "[yaml]") {
    const char* dsl = R"(
regulation pp-1 "P" {
  reasoning "untuk setiap ketentuan"
  provision pasal-1 {
    text "t"
    note "sumber: berita"
    reasoning "Ringkasan."
    reasoning "Hanya untuk Pilkada." for pilkada-2024
  }
}
aggregation {
  concurrent heaviest note "C1" reasoning "Satu sanksi." for pilkada-2024, pemilu-2024
  repeat "Pengulangan" when a.b raise 1 within {ringan, berat} reasoning "Lebih berat." note "C1"
}
scope { outside actor.status == tni "Bukan ASN." }
rule r { note "n" reasoning "Tahap calon." for pemilu-2024 reasoning "Lain." }
requirement q { element "e": a.b reasoning "Syarat." }
deadline d { due 2 days after report.x reasoning "Tenggat." for pilkada-2024 }
recommend k {
  to bkn "BKN" from 2024-08-24 { note "C2" reasoning "Masa peralihan." }
  reasoning "Untuk semua penerima."
}
)";
    const char* english = R"(
regulations:
  - id: pp-1
    title: P
    reasoning: untuk setiap ketentuan
    provisions:
      - id: pasal-1
        text: t
        note: "sumber: berita"
        reasoning:
          - Ringkasan.
          - {text: Hanya untuk Pilkada., for: pilkada-2024}
aggregation:
  concurrent: {note: C1, reasoning: [{text: Satu sanksi., for: [pilkada-2024, pemilu-2024]}]}
  repeat:
    - {title: Pengulangan, when: a.b, raise: 1, within: [ringan, berat], reasoning: Lebih berat., note: C1}
scope:
  outside:
    - {when: actor.status == tni, text: Bukan ASN.}
rules:
  - id: r
    notes: n
    reasoning:
      - {text: Tahap calon., for: [pemilu-2024]}
      - Lain.
requirements:
  - {id: q, elements: [{name: e, when: a.b}], reasoning: Syarat.}
deadlines:
  - {id: d, due: 2 days after report.x, reasoning: [{text: Tenggat., for: pilkada-2024}]}
recommendations:
  - id: k
    recipients:
      - {id: bkn, title: BKN, from: 2024-08-24, note: C2, reasoning: Masa peralihan.}
    reasoning: Untuk semua penerima.
)";
    const char* indonesian = R"(
peraturan:
  - id: pp-1
    judul: P
    pertimbangan: untuk setiap ketentuan
    ketentuan:
      - id: pasal-1
        teks: t
        catatan: "sumber: berita"
        pertimbangan:
          - Ringkasan.
          - {teks: Hanya untuk Pilkada., untuk: pilkada-2024}
agregasi:
  bersamaan: {catatan: C1, pertimbangan: [{teks: Satu sanksi., untuk: [pilkada-2024, pemilu-2024]}]}
  pengulangan:
    - {judul: Pengulangan, jika: a.b, naik: 1, dalam: [ringan, berat], pertimbangan: Lebih berat., catatan: C1}
cakupan:
  di_luar:
    - {jika: actor.status == tni, catatan: Bukan ASN.}
aturan:
  - id: r
    catatan: n
    pertimbangan:
      - {teks: Tahap calon., untuk: [pemilu-2024]}
      - Lain.
syarat:
  - {id: q, unsur: [{nama: e, jika: a.b}], pertimbangan: Syarat.}
tenggat:
  - {id: d, jatuh_tempo: 2 days after report.x, pertimbangan: [{teks: Tenggat., untuk: pilkada-2024}]}
rekomendasi:
  - id: k
    penerima:
      - {id: bkn, judul: BKN, sejak: 2024-08-24, catatan: C2, pertimbangan: Masa peralihan.}
    pertimbangan: Untuk semua penerima.
)";
    ParseResult from_dsl = parse_dsl(dsl, "t.netral");
    ParseResult from_english = parse(english);
    ParseResult from_indonesian = parse(indonesian);
    INFO(describe(from_dsl.diagnostics) + describe(from_english.diagnostics) + describe(from_indonesian.diagnostics));
    REQUIRE(from_dsl.diagnostics.empty());
    REQUIRE(from_english.diagnostics.empty());
    REQUIRE(from_indonesian.diagnostics.empty());
    CHECK(dump_reasoning(from_dsl.file) ==
          "regulation pp-1: untuk setiap ketentuan[]\n"
          "provision pp-1/pasal-1 note sumber: berita: Ringkasan.[]\n"
          "provision pp-1/pasal-1 note sumber: berita: Hanya untuk Pilkada.[pilkada-2024,]\n"
          "concurrent note C1: Satu sanksi.[pilkada-2024,pemilu-2024,]\n"
          "repeat note C1: Lebih berat.[]\n"
          "rule note n\n"
          "rule r: Tahap calon.[pemilu-2024,]\n"
          "rule r: Lain.[]\n"
          "requirement q: Syarat.[]\n"
          "deadline d: Tenggat.[pilkada-2024,]\n"
          "recommend k: Untuk semua penerima.[]\n"
          "to bkn note C2: Masa peralihan.[]\n"
          "outside Bukan ASN.\n");
    CHECK(dump_reasoning(from_english.file) == dump_reasoning(from_dsl.file));
    CHECK(dump_reasoning(from_indonesian.file) == dump_reasoning(from_dsl.file));
    // An election written in YAML points at itself.
    const ast::Reasoning& pilkada = from_english.file.regulations[0].provisions[0].reasoning[1];
    CHECK(at(pilkada.elections[0].location) == "12:47");
}

TEST_CASE("yaml: the shapes a reasoning may not have", "[yaml]") {
    ParseResult no_text = parse("rules:\n  - id: r\n    reasoning: [{for: pilkada-2024}]\n");
    REQUIRE(find(no_text.diagnostics, "E012"));
    CHECK(find(no_text.diagnostics, "E012")->message == "a reasoning has no `text`");
    ParseResult typo = parse("rules:\n  - id: r\n    reasoning: [{text: x, untk: pilkada-2024}]\n");
    REQUIRE(find(typo.diagnostics, "E010"));
    CHECK(find(typo.diagnostics, "E010")->notes.at(0) == "did you mean `untuk`?");
    ParseResult nested = parse("rules:\n  - id: r\n    reasoning: {text: x}\n");
    REQUIRE(find(nested.diagnostics, "E011"));
    // `note` and `text` of an `outside` are one key.
    ParseResult twice = parse("scope:\n  outside:\n    - {when: a.b, note: x, text: y}\n");
    REQUIRE(find(twice.diagnostics, "E010"));
}
