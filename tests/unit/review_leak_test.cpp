// What a case handler signs must read as an official letter: no notes meant
// for the pack's authors (confidence labels, file names, research-matrix
// rows, news outlets), no fact paths, no English codes. Checked over the
// kajian of every sample and every example of the standard pack, in both
// stages.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <regex>

#include "check/author_words.hpp"
#include "compile/compiled_pack.hpp"
#include "netral/check.hpp"
#include "netral/review.hpp"

namespace netral::testing {
namespace {

const Pack& standard() {
    static PackLoad loaded = load_pack(embedded_standard_pack());
    REQUIRE(loaded.pack);
    return *loaded.pack;
}

// Everything in `review` a reader of an official letter must not meet.
std::vector<std::string> leaks(const std::string& review) {
    std::vector<std::string> found = author_only_words(review);
    static const std::regex machine(
        R"((acts|actor|reporter|witnesses|evidence)(\[\d+\])?\.[a-z_]+|\b(violation|insufficient|not_met|out_of_scope|no_violation|registrable|unknown|true|false|null)\b|\.netral\b|\bmatriks\b|paket aturan)");
    for (std::sregex_iterator it(review.begin(), review.end(), machine), end; it != end; ++it) found.push_back(it->str());
    return found;
}

std::string without_metadata(std::string text) {
    // The generator comment names the pack and its digest on purpose.
    std::size_t start = text.find("<!--");
    while (start != std::string::npos) {
        std::size_t end = text.find("-->", start);
        text.erase(start, end == std::string::npos ? std::string::npos : end + 3 - start);
        start = text.find("<!--");
    }
    return text;
}

void check_reviews(const std::vector<ReportInput>& inputs, const std::string& where) {
    Diagnostics problems;
    auto reviewer = Reviewer::for_pack(standard(), problems);
    REQUIRE(reviewer);
    std::vector<Verdict> verdicts;
    for (const ReportInput& input : inputs) verdicts.push_back(check(standard(), input));
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        for (ReviewStage stage : {ReviewStage::awal, ReviewStage::pelanggaran}) {
            ReviewOptions options;
            options.stage = stage;
            std::string review = without_metadata(reviewer->render({{&inputs[i], &verdicts[i]}}, ReviewFormat::markdown, options));
            std::vector<std::string> found = leaks(review);
            INFO(where << " report " << inputs[i].id << (stage == ReviewStage::awal ? " (awal)" : " (pelanggaran)"));
            CHECK(found.empty());
            for (const std::string& word : found) UNSCOPED_INFO("found: " << word);
        }
    }
}

}  // namespace

TEST_CASE("no review of a sample holds what only authors or machines read", "[review][leak]") {
    std::size_t samples = 0;
    for (const auto& entry : std::filesystem::directory_iterator(std::string(NETRAL_SOURCE_DIR) + "/samples")) {
        if (!entry.is_regular_file()) continue;
        std::string path = entry.path().string();
        std::ifstream file(path, std::ios::binary);
        std::string text((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
        check_reviews(read_reports(text, path, input_format_for_path(path), standard()), path);
        ++samples;
    }
    CHECK(samples >= 14);
}

TEST_CASE("no review of an example of the standard pack holds what only authors or machines read", "[review][leak]") {
    std::size_t examples = 0;
    for (const ast::Example* example : standard().examples) {
        check_reviews(read_reports(example->report, example->location.file, InputFormat::yaml, standard()),
                      example->id);
        ++examples;
    }
    CHECK(examples > 100);
}

TEST_CASE("the leak check finds what it looks for", "[review][leak]") {
    CHECK_FALSE(leaks("Dua sumber berita (C2), lihat legal-basis.md").empty());
    CHECK_FALSE(leaks("menurut Kompas").empty());
    CHECK_FALSE(leaks("fakta acts[0].role belum diketahui").empty());
    CHECK_FALSE(leaks("status violation").empty());
    CHECK(leaks("Pasal 5 huruf n angka 4 Peraturan Pemerintah Nomor 94 Tahun 2021").empty());
}

}  // namespace netral::testing
