// The keywords a syntax error can expect, in both languages, by the place in
// the grammar where they are expected: the message lists them in the
// language of the declaration being read, and a misspelt word gets the
// closest of them as a suggestion (dsl_errors.hpp, dsl_expression.cpp).
#pragma once

#include <span>

namespace netral::grammar {

struct KeywordPair {
    const char* english;
    const char* indonesian;
};

using KeywordList = std::span<const KeywordPair>;

inline constexpr KeywordPair declaration_keywords[] = {
    {"regulation", "peraturan"}, {"facts", "fakta"},       {"election", "pemilihan"},
    {"levels", "tingkat"},       {"aggregation", "agregasi"}, {"scope", "cakupan"},
    {"define", "definisi"},      {"rule", "aturan"},       {"recommend", "rekomendasi"},
    {"workdays", "kalender_kerja"}, {"kinds", "jenis_pelanggaran"}, {"admissibility", "penerimaan"},
    {"requirement", "syarat"},   {"deadline", "tenggat"},  {"example", "contoh"},
};

inline constexpr KeywordPair note_keywords[] = {{"note", "catatan"}, {"reasoning", "pertimbangan"}};

inline constexpr KeywordPair rule_keywords[] = {
    {"per", "per"},         {"subject", "subjek"},  {"when", "jika"},
    {"element", "unsur"},   {"unless", "kecuali"},  {"overrides", "mengesampingkan"},
    {"cites", "dasar"},     {"sanction", "sanksi"}, {"refer", "rujuk"},
    {"kind", "jenis"},      {"note", "catatan"},    {"reasoning", "pertimbangan"},
};

inline constexpr KeywordPair regulation_keywords[] = {
    {"provision", "ketentuan"}, {"in_force", "berlaku"},   {"repealed", "dicabut"},   {"source", "sumber"},
    {"note", "catatan"},        {"reasoning", "pertimbangan"}, {"subject", "subjek"},
};

inline constexpr KeywordPair provision_keywords[] = {
    {"text", "teks"},   {"citation", "sitasi"},       {"in_force", "berlaku"}, {"repealed", "dicabut"},
    {"note", "catatan"}, {"reasoning", "pertimbangan"}, {"subject", "subjek"},
};

inline constexpr KeywordPair stage_keywords[] = {
    {"registration", "pendaftaran"}, {"candidate_determination", "penetapan_calon"}, {"campaign", "kampanye"},
    {"quiet_period", "masa_tenang"}, {"voting_day", "pemungutan_suara"},
};

inline constexpr KeywordPair workdays_keywords[] = {{"weekend", "akhir_pekan"}, {"holiday", "libur"}};
inline constexpr KeywordPair level_keywords[] = {{"measures", "tindakan"}, {"basis", "dasar_sanksi"}, {"when", "jika"}};
inline constexpr KeywordPair variant_keywords[] = {{"measures", "tindakan"}, {"basis", "dasar_sanksi"}};
inline constexpr KeywordPair aggregation_keywords[] = {{"concurrent", "bersamaan"}, {"repeat", "pengulangan"}};
inline constexpr KeywordPair scope_keywords[] = {{"subject", "subjek"}, {"from", "sejak"}, {"outside", "di_luar"}};

inline constexpr KeywordPair requirement_keywords[] = {
    {"group", "kelompok"}, {"when", "jika"},    {"element", "unsur"},         {"time_limit", "batas_waktu"},
    {"cites", "dasar"},    {"note", "catatan"}, {"reasoning", "pertimbangan"},
};

inline constexpr KeywordPair admissibility_keywords[] = {{"group", "kelompok"}, {"outcome", "hasil"}};

inline constexpr KeywordPair deadline_keywords[] = {
    {"when", "jika"}, {"due", "jatuh_tempo"}, {"cites", "dasar"}, {"note", "catatan"}, {"reasoning", "pertimbangan"},
};

inline constexpr KeywordPair recommend_keywords[] = {
    {"when", "jika"},  {"dated", "bertanggal"}, {"to", "kepada"},           {"text", "teks"},
    {"cites", "dasar"}, {"note", "catatan"},    {"reasoning", "pertimbangan"},
};

inline constexpr KeywordPair example_keywords[] = {{"report", "laporan"}, {"expect", "harapan"}};

inline constexpr KeywordPair expectation_keywords[] = {
    {"status", "status"},           {"level", "tingkat"},          {"rules", "aturan"},
    {"cites", "dasar"},             {"missing", "kurang"},         {"basis", "dasar_sanksi"},
    {"refer", "rujuk"},             {"recommend", "rekomendasi"},  {"overridden", "dikesampingkan"},
    {"excepted", "dikecualikan"},   {"element", "unsur"},          {"admissibility", "penerimaan"},
    {"requirement", "syarat"},      {"deadline", "tenggat"},       {"kind", "jenis"},
};

inline constexpr KeywordPair per_keywords[] = {{"act", "perbuatan"}, {"report", "laporan"}};
inline constexpr KeywordPair heaviest_keywords[] = {{"heaviest", "terberat"}};
inline constexpr KeywordPair when_keywords[] = {{"when", "jika"}};
inline constexpr KeywordPair raise_keywords[] = {{"raise", "naik"}};
inline constexpr KeywordPair within_keywords[] = {{"within", "dalam"}};
inline constexpr KeywordPair after_keywords[] = {{"after", "setelah"}};
inline constexpr KeywordPair of_keywords[] = {{"of", "dari"}};
inline constexpr KeywordPair field_type_keywords[] = {
    {"bool", "bool"}, {"integer", "integer"}, {"string", "string"}, {"date", "date"},
    {"enum", "enum"}, {"object", "objek"},    {"list", "daftar"},
};

// Every keyword of the language, for the list of reserved words and for the
// language a declaration is written in.
inline constexpr KeywordList all_keyword_lists[] = {
    declaration_keywords, rule_keywords,         regulation_keywords,  provision_keywords, stage_keywords,
    workdays_keywords,    level_keywords,        aggregation_keywords, scope_keywords,     requirement_keywords,
    admissibility_keywords, deadline_keywords,   recommend_keywords,   example_keywords,   expectation_keywords,
    per_keywords,         heaviest_keywords,     raise_keywords,       within_keywords,    after_keywords,
    of_keywords,
};

}  // namespace netral::grammar
