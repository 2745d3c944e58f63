// Case reviews: the template's checks, the report facts they quote, the
// content of each section, and escaping of everything a report says.
#include <catch2/catch.hpp>

#include "fixture.hpp"
#include "netral/check.hpp"
#include "netral/review.hpp"
#include "review/review_template.hpp"
#include "review/write_review.hpp"

namespace netral::testing {
namespace {

const Pack& standard_pack() {
    static PackLoad loaded = load_pack(embedded_standard_pack());
    REQUIRE(loaded.pack);
    return *loaded.pack;
}

// The shared wording (rules/bersama), which has every key.
std::string standard_template() { return pack_template_layers(standard_pack(), review_template_name).front().text; }

// The standard template with one line replaced.
std::string template_with(const std::string& from, const std::string& to) {
    std::string text = standard_template();
    std::size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

struct Reviewed {
    std::vector<ReportInput> inputs;
    std::vector<Verdict> verdicts;
};

Reviewed read_and_check(const std::string& yaml) {
    Reviewed reviewed;
    reviewed.inputs = read_reports(yaml, "laporan.yaml", InputFormat::yaml, standard_pack());
    for (const ReportInput& input : reviewed.inputs) reviewed.verdicts.push_back(check(standard_pack(), input));
    return reviewed;
}

std::string review(const std::string& yaml, ReviewFormat format, ReviewStage stage = ReviewStage::pelanggaran) {
    Diagnostics diagnostics;
    auto reviewer = Reviewer::for_pack(standard_pack(), diagnostics);
    REQUIRE(reviewer);
    Reviewed reviewed = read_and_check(yaml);
    std::vector<ReviewCase> cases;
    for (std::size_t i = 0; i < reviewed.inputs.size(); ++i) cases.push_back({&reviewed.inputs[i], &reviewed.verdicts[i]});
    ReviewOptions options;
    options.stage = stage;
    return reviewer->render(cases, format, options);
}

const char* rally_report = R"(
id: 1/LP/2024
election: pilkada-2024
reporter: Panwascam Sangir
actor: {status: pns, official: true, name: R. S., position: Camat, agency: Pemkab Solok Selatan}
acts:
  - type: campaign_participation
    date: 2024-10-15
    stance: support
    role: participant
    state_facilities: true
    evidence: [Foto kendaraan dinas, Video]
)";

}  // namespace

TEST_CASE("the standard review template is complete and clean") {
    Diagnostics diagnostics;
    REQUIRE(ReviewTemplate::read(standard_template(), "kajian.yaml", diagnostics));
    INFO(all_messages(diagnostics));
    CHECK(diagnostics.empty());
}

TEST_CASE("a review template with problems is refused with their places") {
    Diagnostics diagnostics;

    SECTION("not YAML") {
        CHECK_FALSE(ReviewTemplate::read("judul: [unclosed", "kajian.yaml", diagnostics));
        REQUIRE(find_code(diagnostics, "E310"));
        CHECK(find_code(diagnostics, "E310")->location.line == 1);
    }
    SECTION("not a mapping") {
        CHECK_FALSE(ReviewTemplate::read("- a\n- b\n", "kajian.yaml", diagnostics));
        CHECK(find_code(diagnostics, "E310"));
    }
    SECTION("a missing key") {
        CHECK_FALSE(ReviewTemplate::read(template_with("  judul: V. REKOMENDASI\n", ""), "kajian.yaml", diagnostics));
        REQUIRE(find_code(diagnostics, "E311"));
        CHECK(find_code(diagnostics, "E311")->message.find("rekomendasi.judul") != std::string::npos);
    }
    SECTION("a placeholder the key does not have") {
        CHECK_FALSE(ReviewTemplate::read(template_with("perbuatan: \"Perbuatan {nomor}\"", "perbuatan: \"Perbuatan {nomer}\""),
                                         "kajian.yaml", diagnostics));
        const Diagnostic* error = find_code(diagnostics, "E312");
        REQUIRE(error);
        CHECK(error->message.find("{nomer}") != std::string::npos);
        CHECK(error->location.line > 1);
        CHECK(error->notes.at(0).find("{nomor}") != std::string::npos);
    }
    SECTION("a placeholder in a label") {
        CHECK_FALSE(ReviewTemplate::read(template_with("laporan: Laporan masyarakat", "laporan: Laporan {x}"),
                                         "kajian.yaml", diagnostics));
        CHECK(find_code(diagnostics, "E312"));
    }
    SECTION("an unknown key is a warning with the closest key") {
        CHECK(ReviewTemplate::read(template_with("kosong: \"-\"", "kosong: \"-\"\nkosnog: x"), "kajian.yaml", diagnostics));
        const Diagnostic* warning = find_code(diagnostics, "W313");
        REQUIRE(warning);
        CHECK(warning->notes.at(0).find("kosong") != std::string::npos);
    }
    SECTION("nesting too deep") {
        CHECK_FALSE(ReviewTemplate::read(standard_template() + "x: {a: {b: {c: {d: {e: {f: {g: {h: {i: 1}}}}}}}}}\n",
                                         "kajian.yaml", diagnostics));
        CHECK(find_code(diagnostics, "E310"));
    }
}

TEST_CASE("template texts fill placeholders and keep doubled braces") {
    Diagnostics diagnostics;
    auto wording = ReviewTemplate::read(template_with("pelanggaran: KAJIAN", "pelanggaran: \"{{KAJIAN}}\" #"), "k.yaml", diagnostics);
    REQUIRE(wording);
    CHECK(wording->text("judul.pelanggaran").rfind("{KAJIAN}", 0) == 0);
    CHECK(wording->text("data.perbuatan", {{"nomor", "3"}}) == "Perbuatan 3");
    CHECK(wording->list("bulan").size() == 12);
    CHECK_FALSE(wording->find("nilai.acts.type.tidak_ada"));
}

TEST_CASE("lint reports a broken review template in the pack") {
    PackSource source = embedded_standard_pack();
    for (PackFile& file : source.files)
        if (file.path == "templates/kajian.yaml") file.text = "judul: [";
    PackLoad loaded = load_pack(source);
    const Diagnostic* error = find_code(loaded.diagnostics, "E310");
    REQUIRE(error);
    CHECK(error->location.file.find("templates/kajian.yaml") != std::string::npos);
}

TEST_CASE("a pack without a review template gives E314") {
    auto pack = compile_rules(rally_rule);
    Diagnostics diagnostics;
    CHECK_FALSE(Reviewer::for_pack(*pack, diagnostics));
    CHECK(find_code(diagnostics, "E314"));
}

TEST_CASE("report facts are read back by path") {
    Reviewed reviewed = read_and_check(rally_report);
    const Pack& pack = standard_pack();
    const ReportInput& input = reviewed.inputs.at(0);
    CHECK(fact_text(pack, input, "actor.name") == std::vector<std::string>{"R. S."});
    CHECK(fact_text(pack, input, "acts[0].date") == std::vector<std::string>{"2024-10-15"});
    CHECK(fact_text(pack, input, "acts[0].type") == std::vector<std::string>{"campaign_participation"});
    CHECK(fact_text(pack, input, "acts[0].state_facilities") == std::vector<std::string>{"true"});
    CHECK(fact_text(pack, input, "acts[0].evidence") == std::vector<std::string>{"Foto kendaraan dinas", "Video"});
    CHECK(fact_count(pack, input, "acts") == 1);
    CHECK(fact_text(pack, input, "acts[0].description").empty());  // not given
    CHECK(fact_text(pack, input, "acts[1].type").empty());         // no such act
    CHECK(fact_text(pack, input, "acts[x].type").empty());
    CHECK(fact_text(pack, input, "acts[0]").empty());
    CHECK(fact_text(pack, input, "actor.name.first").empty());
    CHECK(fact_text(pack, input, "tidak_ada").empty());
    CHECK(fact_count(pack, input, "actor") == 0);
}

TEST_CASE("a violation review has every section in order, with elements and sanction") {
    std::string text = review(rally_report, ReviewFormat::markdown);
    std::size_t last = 0;
    for (const char* heading : {"asn-netralitas", "# KAJIAN DUGAAN PELANGGARAN", "Nomor: 1/LP/2024", "## I. KASUS POSISI",
                                "### C. Terlapor", "Camat", "### D. Peristiwa", "15 Oktober 2024",
                                "## II. SYARAT FORMIL DAN MATERIIL", "## III. FAKTA DAN ANALISIS",
                                "Pasal 5 huruf n angka 4", "terpenuhi", "## IV. KESIMPULAN",
                                "Sanksi yang dapat dijatuhkan kepada terlapor: hukuman disiplin berat",
                                "## V. REKOMENDASI", "BKN", "Sentra Gakkumdu", "Demikian kajian ini"}) {
        std::size_t at = text.find(heading, last);
        INFO(heading);
        REQUIRE(at != std::string::npos);
        last = at;
    }
}

TEST_CASE("an insufficient review asks the clarification questions") {
    std::string text = review(R"(
id: 2/LP/2024
election: pilkada-2024
actor: {status: pns}
acts: [{type: social_media, date: 2024-10-07, action: comment}]
)",
                              ReviewFormat::markdown);
    CHECK(text.find("belum dapat dipastikan") != std::string::npos);
    CHECK(text.find("Hal yang perlu diklarifikasi") != std::string::npos);
    CHECK(text.find("Apakah perbuatan itu menunjukkan dukungan") != std::string::npos);
    CHECK(text.find("Melakukan klarifikasi") != std::string::npos);
}

TEST_CASE("an out-of-scope review sends the case where it belongs") {
    std::string text = review("id: 3\nactor: {status: tni}\nacts: [{type: partisan_activity, date: 2024-10-01}]\n",
                              ReviewFormat::markdown);
    CHECK(text.find("bukan Pegawai ASN") != std::string::npos);
    CHECK(text.find("institusi TNI") != std::string::npos);
}

TEST_CASE("hostile text in every free-text field is escaped") {
    const std::string evil = "<script>alert(1)</script><img src=x onerror=alert(2)>&amp;\"'*_[x](y)|@z`";
    std::string yaml = R"(
id: 'EVIL'
election: 'EVIL'
region: 'EVIL'
reporter: 'EVIL'
notes: 'EVIL'
actor: {status: pns, name: 'EVIL', position: 'EVIL', agency: 'EVIL'}
acts:
  - {type: campaign_participation, date: 2024-10-15, stance: support, role: participant, state_facilities: true,
     description: 'EVIL', evidence: ['EVIL', 'EVIL'], contestant: 'EVIL', platform: 'EVIL', channel: social_media}
)";
    std::string quoted = "\"" + std::string("<script>alert(1)</script><img src=x onerror=alert(2)>&amp;\\\"'*_[x](y)|@z`") + "\"";
    for (std::size_t at; (at = yaml.find("'EVIL'")) != std::string::npos;) yaml.replace(at, 6, quoted);

    std::string html = review(yaml, ReviewFormat::html);
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("<img") == std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
    CHECK(html.find("&amp;amp;") != std::string::npos);
    // Every field shows up escaped: id, region, reporter, notes, name, position,
    // agency, description, two evidence items, contestant, platform.
    std::size_t shown = 0;
    for (std::size_t at = 0; (at = html.find("&lt;script&gt;", at)) != std::string::npos; ++at) ++shown;
    CHECK(shown >= 12);

    std::string markdown = review(yaml, ReviewFormat::markdown);
    auto count = [&](const std::string& what) {
        std::size_t n = 0;
        for (std::size_t at = 0; (at = markdown.find(what, at)) != std::string::npos; ++at) ++n;
        return n;
    };
    CHECK(count("<script") == count("\\<script"));  // every one escaped
    CHECK(count("\\<script\\>") >= 12);
    CHECK(markdown.find("\\[x\\](y)") != std::string::npos);
    CHECK(markdown.find("\\@z") != std::string::npos);
}

TEST_CASE("escaping for each format") {
    CHECK(html_escape("<a href=\"x\">&'</a>") == "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;");
    CHECK(markdown_escape("*a* _b_ `c` <d> [e] & | ~ ^ $ @ # - 1.") ==
          "\\*a\\* \\_b\\_ \\`c\\` \\<d\\> \\[e\\] \\& \\| \\~ \\^ \\$ \\@ # - 1.");
    CHECK(markdown_line_start("12. bukan daftar") == "12\\. bukan daftar");
    CHECK(markdown_line_start("- bukan daftar") == "\\- bukan daftar");
    CHECK(markdown_line_start("# bukan judul") == "\\# bukan judul");
    CHECK(markdown_line_start("2024 bukan daftar") == "2024 bukan daftar");
    CHECK(markdown_escape("baris\r\nbaru") == "baris baru");
}

TEST_CASE("report ids become safe file names") {
    CHECK(review_file_stem("050/Reg/LP/PB/Kab/13.01/X/2024") == "050-Reg-LP-PB-Kab-13.01-X-2024");
    CHECK(review_file_stem("../../etc/passwd") == "etc-passwd");
    CHECK(review_file_stem("a b\\c:d*e?") == "a-b-c-d-e");
    CHECK(review_file_stem("") == "laporan");
    CHECK(review_file_stem("///") == "laporan");
    CHECK(review_file_stem(std::string(300, 'x')).size() == 120);
}

TEST_CASE("several reviews in one HTML file start on new pages") {
    std::string html = review("id: a\nactor: {status: tni}\nacts: [{type: other}]\n---\nid: b\nactor: {status: tni}\n"
                              "acts: [{type: other}]\n",
                              ReviewFormat::html);
    std::size_t articles = 0;
    for (std::size_t at = 0; (at = html.find("<article class=\"kajian-", at)) != std::string::npos; ++at) ++articles;
    CHECK(articles == 2);
    CHECK(html.find("break-before: page") != std::string::npos);
    CHECK(html.find("Content-Security-Policy") != std::string::npos);
    CHECK(html.find("http") == html.find("http-equiv"));  // no address anywhere else: nothing to fetch
    // Each on its own named page, whose footer carries its number.
    CHECK(html.find("@page kajian-2") != std::string::npos);
    CHECK(html.find("@bottom-left { content: \"Kajian Nomor b\"") != std::string::npos);
    CHECK(html.find("counter(page)") != std::string::npos);
}

TEST_CASE("the kajian awal sets out the syarat and what follows") {
    std::string text = review(R"(
id: 5/LP/2024
election: pilkada-2024
source: laporan
reporter: {name: Budi, address: Desa Raci, category: pemilih, voter_in_region: true}
known_on: 2024-08-20
reported_on: 2024-10-20
actor: {name: F. H., status: pns, position: Kepala Seksi}
acts: [{type: social_media, date: 2024-08-20, place: akun Facebook, platform: facebook, action: upload, public: true,
        stance: support, description: Mengunggah foto, evidence: [Tangkapan layar]}]
)",
                              ReviewFormat::markdown, ReviewStage::awal);
    std::size_t last = 0;
    for (const char* part : {"# KAJIAN AWAL", "## I. IDENTITAS PELAPOR", "Budi", "## II. URAIAN PERISTIWA",
                             "melalui Facebook", "## III. ANALISIS", "### Syarat formil", "| No. | Syarat | Dasar | Hasil |",
                             "tidak terpenuhi; batas akhir 27 Agustus 2024", "### Dugaan jenis pelanggaran",
                             "## IV. KESIMPULAN", "melewati batas waktu", "## V. REKOMENDASI", "tidak diregistrasi"}) {
        std::size_t at = text.find(part, last);
        INFO(part);
        REQUIRE(at != std::string::npos);
        last = at;
    }
}

TEST_CASE("an unreadable report gets a document saying in words what to correct") {
    std::string text = review("id: 6\nactor: {status: pnss, name: Ani}\nacts: [{type: rally, date: 2024-13-01}]\n",
                              ReviewFormat::markdown);
    CHECK(text.find("Isian \"status kepegawaian\" berisi nilai yang tidak dikenal.") != std::string::npos);
    CHECK(text.find("Isian \"jenis perbuatan\" berisi nilai yang tidak dikenal.") != std::string::npos);
    CHECK(text.find("Isian \"tanggal perbuatan\" tidak berbentuk") != std::string::npos);
    CHECK(text.find("Ani") != std::string::npos);  // what could be read is shown
    CHECK(text.find("laporan.yaml") == std::string::npos);  // no file path
    CHECK(text.find("acts[") == std::string::npos);
}

TEST_CASE("an office file gives the letterhead and signatures; unknown keys are errors at their line") {
    Diagnostics diagnostics;
    auto office = read_office("name: BAWASLU KABUPATEN X\nplace: Kota X\nsignatories:\n  - {name: A, position: Ketua}\n",
                              "kantor.yaml", diagnostics);
    REQUIRE(office);
    CHECK(office->signatories.size() == 1);
    diagnostics.clear();
    CHECK_FALSE(read_office("name: X\nadress: Jalan\n", "kantor.yaml", diagnostics));
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0].location.line == 2);
    CHECK(diagnostics[0].notes[0] == "did you mean `address`?");
    diagnostics.clear();
    CHECK_FALSE(read_office("signatories:\n  - {name: A, jabatan: Ketua}\n", "kantor.yaml", diagnostics));
    CHECK_FALSE(diagnostics.empty());
}

TEST_CASE("a pack's own review wording overrides the shared layer key by key") {
    std::string shared = standard_template();
    Diagnostics diagnostics;
    auto wording = ReviewTemplate::read(
        {{"bersama/templates/kajian.yaml", shared},
         {"paket/templates/kajian.yaml",
          "perihal: Perihal paket ini\nbulan: [Satu, Dua, Tiga, Empat, Lima, Enam, Tujuh, Delapan, Sembilan, "
          "Sepuluh, Sebelas, Duabelas]\n"}},
        diagnostics);
    INFO(all_messages(diagnostics));
    REQUIRE(wording);
    CHECK(wording->text("perihal") == "Perihal paket ini");
    CHECK(wording->list("bulan").front() == "Satu");
    CHECK(wording->text("judul.awal") == "KAJIAN AWAL");  // from the shared layer

    // A key the pack's layer misspells is a warning at its own line.
    Diagnostics misspelt;
    REQUIRE(ReviewTemplate::read({{"bersama.yaml", shared}, {"paket.yaml", "\nperihall: x\n"}}, misspelt));
    const Diagnostic* warning = find_code(misspelt, "W313");
    REQUIRE(warning);
    CHECK(warning->location.file == "paket.yaml");
    CHECK(warning->location.line == 2);
}

}  // namespace netral::testing
