// Rendering for people and spreadsheets: the text verdict (what a case
// handler reads first, and --explain), the CSV separator and labels, and
// the terlapor a verdict names.
#include <atomic>
#include <fstream>
#include <sstream>

#include "fixture.hpp"
#include "netral/batch.hpp"
#include "netral/pack_set.hpp"
#include "netral/review.hpp"
#include "render/csv_cell.hpp"

using namespace netral;
using namespace netral::testing;

namespace {

std::shared_ptr<const Pack> standard_pack() {
    static std::shared_ptr<const Pack> pack = [] {
        PackLoad loaded = load_pack(embedded_standard_pack());
        REQUIRE(loaded.pack);
        return loaded.pack;
    }();
    return pack;
}

std::string sample(const std::string& name) {
    std::ifstream in(std::string(NETRAL_SOURCE_DIR) + "/samples/" + name, std::ios::binary);
    REQUIRE(in);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

Verdict check_sample(const std::string& name) {
    std::vector<ReportInput> inputs = read_reports(sample(name), name, InputFormat::automatic, *standard_pack());
    REQUIRE(inputs.size() == 1);
    return check(*standard_pack(), inputs[0]);
}

std::vector<std::string> split(const std::string& line, char separator) {
    std::vector<std::string> cells;
    std::size_t start = 0;
    for (;;) {
        std::size_t end = line.find(separator, start);
        cells.push_back(line.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (end == std::string::npos) return cells;
        start = end + 1;
    }
}

}  // namespace

TEST_CASE("CSV separator: --csv-separator, else the input's, else a comma", "[render][csv]") {
    CHECK(csv_output_separator(0, 0) == ',');
    CHECK(csv_output_separator(0, ';') == ';');
    CHECK(csv_output_separator(0, ',') == ',');
    CHECK(csv_output_separator(',', ';') == ',');
    CHECK(csv_output_separator('\t', ';') == '\t');
    CHECK(csv_output_separator(';', 0) == ';');

    CHECK(csv_separator_from_name(",") == ',');
    CHECK(csv_separator_from_name(";") == ';');
    CHECK(csv_separator_from_name("\\t") == '\t');
    CHECK(csv_separator_from_name("tab") == '\t');
    CHECK(csv_separator_from_name("\t") == '\t');
    CHECK(csv_separator_from_name("") == 0);
    CHECK(csv_separator_from_name("|") == 0);
    CHECK(csv_separator_from_name(",,") == 0);
}

TEST_CASE("CSV cells: quoted for the separator in use, commas and semicolons always", "[render][csv]") {
    CHECK(csv_cell("a;b", ';') == "\"a;b\"");
    CHECK(csv_cell("a,b", ';') == "\"a,b\"");  // a spreadsheet that guesses `,` keeps it whole too
    CHECK(csv_cell("a|b", ';') == "a|b");       // lists stay inside their cell
    CHECK(csv_cell("a\tb", '\t') == "\"a\tb\"");
    CHECK(csv_cell("a\tb", ',') == "a\tb");
    CHECK(csv_cell("\tb", '\t') == "\"'\tb\"");  // defused, then quoted
    std::string out = "x;";
    append_csv_cell(out, "=1;2", ';');
    CHECK(out == "x;\"'=1;2\"");
}

TEST_CASE("CSV rows: the separator and the terlapor's columns", "[render][csv]") {
    Verdict verdict = check_sample("camat-kampanye-mobil-dinas.yaml");
    REQUIRE(verdict.status == VerdictStatus::violation);
    CHECK(verdict.actor.name == "R. S.");
    CHECK(verdict.actor.position == "Camat Sangir Balai Janggo");
    CHECK(verdict.actor.agency == "Pemerintah Kabupaten Solok Selatan");

    for (char separator : {',', ';', '\t'}) {
        CsvOptions options{separator, CsvLabels::code};
        std::vector<std::string> header = split(render_csv_header(options), separator);
        REQUIRE(header.size() == 14);
        CHECK(header[0] == "id");
        CHECK(header[1] == "actor_name");
        CHECK(header[2] == "actor_position");
        CHECK(header[3] == "actor_agency");
        CHECK(header[4] == "status");
        CHECK(header[13] == "diagnostics\n");
        std::string row = render_csv_row(verdict, options);
        REQUIRE(row.back() == '\n');
        row.pop_back();
        std::vector<std::string> cells = split(row, separator);
        REQUIRE(cells.size() == 14);
        CHECK(cells[0] == "021/Reg/TM/PB/Kab/13.06/X/2024");
        CHECK(cells[1] == "R. S.");
        CHECK(cells[2] == "Camat Sangir Balai Janggo");
        CHECK(cells[3] == "Pemerintah Kabupaten Solok Selatan");
        CHECK(cells[4] == "violation");
        CHECK(cells[5] == "berat");
        CHECK(cells[6] == "kampanye.fasilitas_negara.calon");
        CHECK(cells[7].find('|') != std::string::npos);  // several provisions, one cell
        CHECK(cells[9] == "gakkumdu");
        CHECK(cells[10] == "bkn");
        CHECK(cells[11] == "lainnya|pidana_pemilihan");
        CHECK(cells[12] == "registrable");
    }
    // The same row appended to a buffer.
    std::string out = "before\n";
    append_csv_row(out, verdict, {});
    CHECK(out == "before\n" + render_csv_row(verdict));
}

TEST_CASE("CSV --labels id: statuses, levels, admissibility and kinds in Indonesian", "[render][csv]") {
    Verdict verdict = check_sample("camat-kampanye-mobil-dinas.yaml");
    std::string row = render_csv_row(verdict, {',', CsvLabels::id});
    row.pop_back();
    std::vector<std::string> cells = split(row, ',');
    REQUIRE(cells.size() == 14);
    CHECK(cells[4] == "pelanggaran");
    CHECK(cells[5] == "Hukuman disiplin berat");
    CHECK(cells[6] == "kampanye.fasilitas_negara.calon");  // ids stay ids
    CHECK(cells[11] == "pelanggaran peraturan perundang-undangan lainnya|tindak pidana Pemilihan");
    CHECK(cells[12] == "dapat diregistrasi");
    // The header names the same columns whatever the labels.
    CHECK(render_csv_header({',', CsvLabels::id}) == render_csv_header());

    Verdict insufficient =
        check_yaml(*standard_pack(), "id: X\nactor: {status: pns}\nacts: [{type: social_media, date: 2024-10-01}]\n");
    std::vector<std::string> other = split(render_csv_row(insufficient, {';', CsvLabels::id}), ';');
    REQUIRE(other.size() == 14);
    CHECK(other[4] == "fakta belum cukup");
    CHECK(other[5] == "Tidak ada sanksi");
    CHECK(other[12] == "belum lengkap");

    auto pack = compile_rules(rally_rule);
    Verdict invalid = check_yaml(*pack, "id: X\nactor: {status: pnss}\nacts: [{type: rally}]\n");
    std::vector<std::string> cells_invalid = split(render_csv_row(invalid, {',', CsvLabels::id}), ',');
    CHECK(cells_invalid[4] == "laporan tidak dapat dibaca");
    CHECK(cells_invalid[12] == "tidak dinilai");
}

TEST_CASE("the terlapor of a verdict: from actor.name, position and agency, cleared for the next report", "[check]") {
    auto pack = standard_pack();
    std::vector<ReportInput> inputs = read_reports(
        "id: A\nactor: {status: pns, name: Budi, position: Camat, agency: Pemkab}\nacts: [{type: other}]\n---\n"
        "id: B\nactor: {status: pns}\nacts: [{type: other}]\n",
        "r.yaml", InputFormat::yaml, *pack);
    REQUIRE(inputs.size() == 2);
    Verdict verdict;
    check(*pack, inputs[0], {}, verdict);
    CHECK(verdict.actor.name == "Budi");
    CHECK(verdict.actor.position == "Camat");
    CHECK(verdict.actor.agency == "Pemkab");
    check(*pack, inputs[1], {}, verdict);  // the same verdict, reused as a batch does
    CHECK(verdict.actor.name.empty());
    CHECK(verdict.actor.position.empty());
    CHECK(verdict.actor.agency.empty());
    // A vocabulary without these fields leaves them empty.
    Verdict mini = check_yaml(*compile_rules(rally_rule), "id: C\nactor: {status: pns}\nacts: [{type: rally}]\n");
    CHECK(mini.actor.name.empty());
}

TEST_CASE("run_batch tells the separator of a CSV input before its rows are rendered", "[batch][csv]") {
    auto pack = compile_rules(rally_rule);
    auto run = [&](const std::string& text, InputFormat format) {
        std::istringstream input(text);
        BatchOptions options;
        options.format = format;
        options.threads = 2;
        std::vector<char> told;
        std::atomic<int> rendered_before{0};  // rows rendered before the separator was told
        options.csv_separator = [&](char separator) { told.push_back(separator); };
        bool tells = format == InputFormat::csv && !text.empty();
        std::string out;
        run_batch(
            *pack, input, "in", options,
            [&](const ReportInput&, const Verdict&, std::string& o) {
                if (tells && told.empty()) ++rendered_before;
                o += "r\n";
            },
            [&](std::string_view text) { out += text; });
        CHECK(rendered_before == 0);
        return told;
    };
    CHECK(run("id;actor.status;acts.0.type\nA;pns;rally\nB;pns;rally\n", InputFormat::csv) == std::vector<char>{';'});
    CHECK(run("\n;;\nid,actor.status,acts.0.type\nA,pns,rally\n", InputFormat::csv) == std::vector<char>{','});
    CHECK(run("id;actor.status\n", InputFormat::csv) == std::vector<char>{';'});  // a header, no rows
    CHECK(run("", InputFormat::csv).empty());
    CHECK(run("{\"id\":\"A\",\"actor\":{\"status\":\"pns\"},\"acts\":[{\"type\":\"rally\"}]}\n", InputFormat::jsonl)
              .empty());
}

TEST_CASE("text verdict: what the case handler acts on, in Indonesian; --explain adds the analysis", "[render]") {
    Verdict verdict = check_sample("camat-kampanye-mobil-dinas.yaml");
    std::string text = render_text(verdict, TextOptions{});
    CHECK(text.rfind("Laporan 021/Reg/TM/PB/Kab/13.06/X/2024\n"
                     "Terlapor: R. S., Camat Sangir Balai Janggo, Pemerintah Kabupaten Solok Selatan\n"
                     "Status: PELANGGARAN\n"
                     "Ketentuan yang dilanggar:\n"
                     "  - PNS sebagai peserta kampanye calon dengan menggunakan fasilitas negara:\n"
                     "    Pasal 5 huruf n angka 4 Peraturan Pemerintah Nomor 94 Tahun 2021\n"
                     "    Pasal 9 ayat (2) Undang-Undang Nomor 20 Tahun 2023\n",
                     0) == 0);
    // In this order: sanction, kind, recommendation, referral, admissibility, the rest counted.
    std::size_t sanction = text.find("Sanksi: Hukuman disiplin berat"), kind = text.find("Jenis pelanggaran: "),
                recommendation = text.find("Rekomendasi: "), referral = text.find("Rujukan kepada "),
                admissibility = text.find("Syarat laporan: "), counted = text.find("Ketentuan lain yang diuji: ");
    CHECK(sanction < kind);
    CHECK(kind < recommendation);
    CHECK(recommendation < referral);
    CHECK(referral < admissibility);
    CHECK(admissibility < counted);
    CHECK(counted != std::string::npos);
    CHECK(text.find("; lihat --explain.") != std::string::npos);
    // No English status, no fact path, no element, no note for the pack's authors.
    CHECK(text.find("(violation)") == std::string::npos);
    CHECK(text.find("acts[0]") == std::string::npos);
    CHECK(text.find("actor.") == std::string::npos);
    CHECK(text.find("Unsur:") == std::string::npos);
    CHECK(text.find("Catatan") == std::string::npos);
    CHECK(text.find("Kompas") == std::string::npos);  // a provision's note names its sources

    std::string explained = render_text(verdict, TextOptions{false, true});
    CHECK(explained.rfind(text.substr(0, text.find("Ketentuan lain yang diuji")), 0) == 0);
    CHECK(explained.find("\nAnalisis\n") != std::string::npos);
    CHECK(explained.find("[melanggar] kampanye.fasilitas_negara.calon, perbuatan ke-1") != std::string::npos);
    CHECK(explained.find("terpenuhi [acts[0].state_facilities = true]") != std::string::npos);
    CHECK(explained.find("Kompas") == std::string::npos);  // notes stay out of --explain too
    CHECK(render_text(verdict, false) == text);
}

TEST_CASE("text verdict: questions for klarifikasi in words; near misses counted", "[render]") {
    auto pack = compile_rules(R"(
rule t.r "r" {
  when act.type == rally
  element "a": act.a
  element "b": act.b
  cites pp-1-2020/pasal-1
  sanction ringan by pp-1-2020/pasal-2/ayat-1
}
rule t.s "s" {
  when act.type == rally
  element "tidak a": not act.a
  cites pp-1-2020/pasal-1
  sanction ringan by pp-1-2020/pasal-2/ayat-1
}
)");
    Verdict verdict = check_yaml(*pack, "id: Q\nactor: {status: pns}\nacts: [{type: rally, date: 2024-10-01, a: true}]\n");
    REQUIRE(verdict.status == VerdictStatus::insufficient);
    std::string text = render_text(verdict, TextOptions{});
    CHECK(text.find("Status: FAKTA BELUM CUKUP\n") != std::string::npos);
    CHECK(text.find("Ketentuan yang mungkin dilanggar (fakta belum cukup):\n  - r:\n    Pasal 1 ") != std::string::npos);
    CHECK(text.find("Pertanyaan klarifikasi (fakta yang belum diketahui)\n  1. b?\n") != std::string::npos);
    CHECK(text.find("acts[0].b") == std::string::npos);
    CHECK(text.find("\nKetentuan lain yang diuji: 1 tidak terpenuhi; lihat --explain.\n") != std::string::npos);
    std::string explained = render_text(verdict, TextOptions{false, true});
    CHECK(explained.find("  1. b?\n     [acts[0].b]\n") != std::string::npos);
    CHECK(explained.find("[tidak melanggar] t.s, perbuatan ke-1: tidak terpenuhi — tidak a") != std::string::npos);
}

TEST_CASE("text verdict: the pack's notes are never shown, its reasoning for the report's election is", "[render]") {
    ProvisionInfo provision{"pp-1/pasal-1", "Pasal 1 PP 1", "Teks pasal.", "sumber: berita (C2)", {}, {}, {}, -1};
    provision.reasoning = {{"Pasal ini berlaku bagi pejabat.", {}}};
    LevelInfo level;
    level.name = "berat";
    level.title = "Hukuman disiplin berat";
    RuleInfo rule;
    rule.id = "t.r";
    rule.title = "Judul aturan";
    rule.level = &level;
    rule.notes = {"catatan penulis: belum diverifikasi"};
    rule.reasoning = {{"Pertimbangan untuk pilkada.", {"pilkada-2024"}}, {"Pertimbangan untuk pemilu.", {"pemilu-2024"}}};
    std::vector<const ProvisionInfo*> cited{&provision};
    Verdict verdict;
    verdict.incident = "N";
    verdict.status = VerdictStatus::violation;
    verdict.election = "pilkada-2024";
    Finding finding;
    finding.rule = &rule;
    finding.act = 0;
    finding.status = FindingStatus::violation;
    finding.provisions = cited;
    verdict.findings.push_back(finding);
    RecommendationResult recommendation;
    recommendation.text = "Meneruskan kepada BKN.";
    recommendation.note = "catatan penulis rekomendasi";
    DocumentNote recipient_reasoning{"BKN berwenang sejak 2024.", {}};
    recommendation.reasoning = std::span<const DocumentNote>(&recipient_reasoning, 1);
    verdict.recommendations.push_back(recommendation);

    for (bool explain : {false, true}) {
        std::string text = render_text(verdict, TextOptions{false, explain});
        CHECK(text.find("catatan penulis") == std::string::npos);
        CHECK(text.find("sumber: berita") == std::string::npos);
        CHECK(text.find("Pertimbangan: BKN berwenang sejak 2024.") != std::string::npos);
        CHECK(text.find("pemilu") == std::string::npos);
        CHECK((text.find("Pertimbangan: Pertimbangan untuk pilkada.") != std::string::npos) == explain);
        CHECK((text.find("Pertimbangan: Pasal ini berlaku bagi pejabat.") != std::string::npos) == explain);
    }
}

TEST_CASE("text verdict: a terlapor's name with a line break or an escape forges no line", "[render][hostile-text]") {
    std::string yaml = sample("camat-kampanye-mobil-dinas.yaml");
    std::string name = "name: \"R. S.\\nStatus: TIDAK ADA PELANGGARAN \\e[2J\"";
    REQUIRE(yaml.find("name: R. S.") != std::string::npos);
    yaml.replace(yaml.find("name: R. S."), std::string("name: R. S.").size(), name);
    std::vector<ReportInput> inputs = read_reports(yaml, "r.yaml", InputFormat::yaml, *standard_pack());
    REQUIRE(inputs.size() == 1);
    Verdict verdict = check(*standard_pack(), inputs[0]);
    REQUIRE(verdict.actor.name.find('\n') != std::string::npos);
    for (bool explain : {false, true}) {
        std::string text = render_text(verdict, TextOptions{false, explain});
        CHECK(text.find("\nStatus: TIDAK ADA") == std::string::npos);  // the recommendation names the terlapor too
        CHECK(text.find('\x1b') == std::string::npos);
    }
    std::string row = render_csv_row(verdict);
    CHECK(row.find('\x1b') == std::string::npos);
    CHECK(row.find("\"R. S.\nStatus: TIDAK ADA PELANGGARAN \xE2\x90\x9B[2J\"") != std::string::npos);  // quoted, one cell
}

TEST_CASE("text verdict: a referral names its recipient as the pack's wording does", "[render]") {
    Verdict verdict = check_sample("camat-kampanye-mobil-dinas.yaml");
    REQUIRE_FALSE(verdict.referrals.empty());
    CHECK(render_text(verdict, TextOptions{}).find("Rujukan kepada gakkumdu: ") != std::string::npos);

    std::string error;
    auto packs = PackSet::make({standard_pack()}, error);
    REQUIRE(packs);
    Diagnostics problems;
    RecipientNames names = referral_recipient_names(*packs, problems);
    CHECK(problems.empty());
    REQUIRE(names.count("gakkumdu") == 1);
    TextOptions options;
    options.recipients = &names;
    std::string text = render_text(verdict, options);
    CHECK(text.find("Rujukan kepada " + names.at("gakkumdu") + ": ") != std::string::npos);
    CHECK(text.find("gakkumdu:") == std::string::npos);
}
