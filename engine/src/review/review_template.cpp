// Reading and checking templates/kajian.yaml.
#include "review/review_template.hpp"

#include "review/template_cache.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

namespace netral {
namespace {

struct KeySpec {
    std::string key;
    std::vector<std::string_view> placeholders;
};

// Every key a review template must have, with the placeholders its text may
// use. The renderer asks for exactly these keys.
const std::vector<KeySpec>& required_keys() {
    static const std::vector<KeySpec> keys = [] {
        std::vector<KeySpec> k = {
            {"judul.pelanggaran", {}}, {"judul.awal", {}}, {"perihal", {}}, {"judul_halaman", {"nomor"}},
            {"kop_kosong", {}}, {"nomor", {"nomor"}}, {"nomor_kosong", {}},
            {"nomor_awalan", {"awalan", "bulan", "tahun"}}, {"kaki_halaman", {"nomor"}},
            {"halaman", {"halaman", "jumlah"}},
            {"kosong", {}}, {"tidak_diketahui", {}}, {"ya", {}}, {"tidak", {}},
            {"tanggal", {"hari", "bulan", "tahun"}},
            {"data.saksi_baris", {"nama", "alamat", "keterangan"}}, {"data.saksi_baris_singkat", {"nama"}},
            {"data.perbuatan", {"nomor"}}, {"data.bukti_baris", {"jenis", "uraian"}},
            {"data.bukti_pemegang", {"pemegang"}}, {"data.melalui", {"platform"}},
            {"syarat.hasil", {"status"}}, {"syarat.ringkas.met", {"syarat"}},
            {"syarat.ringkas.not_met", {"syarat"}}, {"syarat.ringkas.unknown", {"syarat"}}, {"syarat.batas", {"batas"}}, {"syarat.batas_waktu", {"status", "batas"}},
            {"syarat.tenggat", {"tahap", "tanggal"}}, {"syarat.jenis", {"jenis", "ketentuan"}},
            {"analisis.ketentuan", {"nomor", "judul"}}, {"analisis.ketentuan_perbuatan", {"nomor", "judul", "perbuatan"}},
            {"analisis.perbuatan", {"nomor"}}, {"analisis.bunyi", {"kutipan"}}, {"analisis.sudah_dikutip", {"kutipan"}}, {"analisis.diuji", {"kutipan"}},
            {"analisis.unsur_baris", {"unsur", "status"}}, {"analisis.fakta", {"fakta"}},
            {"analisis.fakta_baris", {"fakta", "nilai"}}, {"analisis.fakta_perbuatan", {"fakta", "perbuatan"}},
            {"analisis.hasil.excepted", {"pengecualian"}},
            {"analisis.dikesampingkan", {"aturan"}}, {"analisis.sanksi", {"tingkat", "dasar"}},
            {"analisis.sanksi_tanpa_dasar", {"tingkat"}},
            {"analisis.lainnya", {"jumlah"}}, {"analisis.lainnya_satu", {"judul", "unsur"}}, {"analisis.lainnya_ringkas", {"jumlah"}},
            {"tidak_terbaca.bentuk", {"isian"}}, {"tidak_terbaca.nilai", {"isian"}}, {"tidak_terbaca.wajib", {"isian"}},
            {"tidak_terbaca.terlalu_banyak", {"isian"}},
            {"kesimpulan.pelanggaran", {"kutipan", "judul"}}, {"kesimpulan.jenis", {"jenis"}},
            {"kesimpulan.sanksi", {"judul", "dasar"}}, {"kesimpulan.sanksi_tanpa_dasar", {"judul"}},
            {"rekomendasi.rujukan", {"perihal", "kepada", "alasan", "dasar"}},
            {"penutup.tempat_tanggal", {"tempat", "tanggal"}},
            {"lampiran.judul_laporan", {"nomor"}}, {"indeks.jumlah", {"jumlah"}},
        };
        // Keys whose texts take no placeholder.
        for (const char* key : {
                 "data.judul", "data.judul_awal_pelapor", "data.judul_awal_peristiwa", "data.laporan",
                 "data.nomor_registrasi", "data.tanggal_registrasi", "data.belum_registrasi", "data.asal",
                 "data.diterima_oleh", "data.tanggal_laporan", "data.jam_laporan", "data.tanggal_diketahui",
                 "data.pemilihan", "data.wilayah", "data.pelapor", "data.penemu", "data.pelapor_awal",
                 "data.penemu_awal", "data.nama", "data.alamat", "data.kedudukan", "data.kuasa", "data.kantor",
                 "data.pelapor_kosong", "data.terlapor", "data.terlapor_awal", "data.nip", "data.pangkat",
                 "data.status", "data.jabatan", "data.instansi", "data.ppk", "data.peristiwa", "data.waktu",
                 "data.tempat", "data.sarana", "data.jenis", "data.pihak", "data.uraian", "data.tanpa_perbuatan",
                 "data.catatan", "data.saksi", "data.saksi_awal", "data.tanpa_saksi", "data.bukti",
                 "data.bukti_awal", "data.tanpa_bukti",
                 "syarat.judul", "syarat.judul_awal", "syarat.tanpa_dasar", "syarat.tidak_dinilai", "syarat.kurang",
                 "syarat.tenggat_judul", "syarat.jenis_judul", "syarat.jenis_tanpa_ketentuan",
                 "analisis.judul", "analisis.pengantar", "analisis.unsur", "analisis.unsur_terbuka", "analisis.status_unsur.met",
                 "analisis.status_unsur.not_met", "analisis.status_unsur.unknown", "analisis.hasil.violation",
                 "analisis.hasil.unknown", "analisis.tanpa_ketentuan", "analisis.tidak_diuji",
                 "analisis.tidak_dapat_dibaca", "analisis.perbaikan", "analisis.sebelum_cakupan",
                 "tidak_terbaca.susunan", "tidak_terbaca.kosong", "tidak_terbaca.terlalu_besar",
                 "tidak_terbaca.lainnya",
                 "kesimpulan.judul", "kesimpulan.tindakan", "kesimpulan.pertanyaan", "kesimpulan.awal.judul",
                 "rekomendasi.judul", "rekomendasi.violation", "rekomendasi.rujukan_perihal",
                 "rekomendasi.insufficient", "rekomendasi.no_violation", "rekomendasi.invalid",
                 "rekomendasi.out_of_scope.lainnya",
                 "penutup.demikian", "penutup.tempat_kosong", "penutup.tanggal_kosong", "penutup.nama_kosong",
                 "lampiran.judul", "lampiran.seluruh_laporan", "indeks.judul", "indeks.judul_awal"})
            k.push_back({key, {}});
        for (const char* outcome : {"registrable", "incomplete", "inadmissible", "late", "not_assessed"}) {
            k.push_back({fmt::format("kesimpulan.awal.{}", outcome), {}});
            k.push_back({fmt::format("rekomendasi.awal.{}", outcome), {}});
        }
        for (int month = 0; month < 12; ++month) {
            k.push_back({fmt::format("bulan.{}", month), {}});
            k.push_back({fmt::format("bulan_romawi.{}", month), {}});
        }
        for (int column = 0; column < 4; ++column) {
            k.push_back({fmt::format("syarat.kolom.{}", column), {}});
            k.push_back({fmt::format("lampiran.kolom.{}", column), {}});
        }
        for (int column = 0; column < 6; ++column) k.push_back({fmt::format("indeks.kolom.{}", column), {}});
        for (const char* status : {"violation", "no_violation", "insufficient", "out_of_scope", "invalid"}) {
            k.push_back({fmt::format("kesimpulan.status.{}", status), {}});
            k.push_back({fmt::format("indeks.status.{}", status), {}});
        }
        return k;
    }();
    return keys;
}

// Keys below these may be added freely: labels and per-status texts.
bool optional_key(std::string_view key) {
    for (std::string_view prefix : {"nilai.", "fakta.", "penerima.", "rekomendasi.out_of_scope.", "penutup.tanda_tangan.",
                                    "data.saluran.", "analisis.subjek."})
        if (key.substr(0, prefix.size()) == prefix) return true;
    return false;
}

struct Entry {
    std::string text;
    Location location;
};

constexpr int deepest_key = 8;  // nilai.acts.type.x is 3 deep; more is a mistake

void flatten(const YAML::Node& node, const std::string& key, const std::string& path,
             std::map<std::string, Entry, std::less<>>& out, Diagnostics& diagnostics, int depth = 0) {
    Location at{path, static_cast<std::uint32_t>(node.Mark().line + 1), static_cast<std::uint32_t>(node.Mark().column + 1)};
    if ((node.IsMap() || node.IsSequence()) && depth >= deepest_key) {
        diagnostics.push_back({Severity::error, "E310", at,
                               fmt::format("`{}` nests deeper than {} levels; a template holds texts, labels and lists",
                                           key, deepest_key),
                               {}});
        return;
    }
    if (node.IsMap()) {
        for (const auto& item : node) {
            std::string name = item.first.as<std::string>();
            flatten(item.second, key.empty() ? name : key + "." + name, path, out, diagnostics, depth + 1);
        }
    } else if (node.IsSequence()) {
        // A later layer's list replaces an earlier one's whole.
        std::string items = key + ".";
        for (auto it = out.lower_bound(items); it != out.end() && it->first.rfind(items, 0) == 0;) it = out.erase(it);
        for (std::size_t i = 0; i < node.size(); ++i)
            flatten(node[i], fmt::format("{}.{}", key, i), path, out, diagnostics, depth + 1);
    } else if (node.IsScalar()) {
        out[key] = {node.Scalar(), at};
    } else if (!key.empty()) {
        out[key] = {"", at};  // `key:` with nothing after it: an empty text
    }
}

// The placeholder names in `text`: {name}; `{{` and `}}` are literal braces.
std::vector<std::string_view> placeholders_in(std::string_view text) {
    std::vector<std::string_view> names;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '{') continue;
        if (i + 1 < text.size() && text[i + 1] == '{') {
            ++i;
            continue;
        }
        std::size_t end = text.find('}', i);
        if (end == std::string_view::npos) break;
        names.push_back(text.substr(i + 1, end - i - 1));
        i = end;
    }
    return names;
}

std::string joined(const std::vector<std::string_view>& names) {
    std::string out;
    for (std::string_view name : names) out += (out.empty() ? "{" : ", {") + std::string(name) + "}";
    return out.empty() ? "none" : out;
}

YAML::Node load_layer(const TemplateLayer& layer, TemplateParseCache* cache) {
    if (!cache) return YAML::Load(layer.text);
    auto found = cache->read.find(layer.path);
    if (found != cache->read.end() && found->second.first == layer.text) return found->second.second;
    YAML::Node root = YAML::Load(layer.text);  // throws before anything is kept
    cache->read[layer.path] = {layer.text, root};
    return root;
}

}  // namespace

std::shared_ptr<const ReviewTemplate> ReviewTemplate::read(const std::vector<TemplateLayer>& layers,
                                                           Diagnostics& diagnostics, TemplateParseCache* cache) {
    std::map<std::string, Entry, std::less<>> entries;
    std::size_t errors_before = diagnostics.size();
    for (const TemplateLayer& layer : layers) {
        try {
            YAML::Node root = load_layer(layer, cache);
            if (!root.IsMap()) {
                diagnostics.push_back({Severity::error, "E310", {layer.path, 1, 1},
                                       "a review template must be a YAML mapping of keys to texts", {}});
                return nullptr;
            }
            flatten(root, "", layer.path, entries, diagnostics);
        } catch (const YAML::Exception& error) {
            diagnostics.push_back({Severity::error, "E310",
                                   {layer.path, static_cast<std::uint32_t>(error.mark.line + 1),
                                    static_cast<std::uint32_t>(error.mark.column + 1)},
                                   "the review template is not valid YAML: " + error.msg, {}});
            return nullptr;
        }
    }
    // A missing key is missing from the pack's own layer, the last.
    const std::string path = layers.empty() ? std::string() : layers.back().path;

    std::vector<std::string> known;
    for (const KeySpec& spec : required_keys()) {
        known.push_back(spec.key);
        auto found = entries.find(spec.key);
        if (found == entries.end()) {
            diagnostics.push_back({Severity::error, "E311", {path, 1, 1},
                                   fmt::format("the review template has no `{}`", spec.key),
                                   {"see docs/reviews.md for every key and its placeholders"}});
            continue;
        }
        for (std::string_view name : placeholders_in(found->second.text)) {
            if (std::find(spec.placeholders.begin(), spec.placeholders.end(), name) != spec.placeholders.end()) continue;
            diagnostics.push_back({Severity::error, "E312", found->second.location,
                                   fmt::format("`{}` has no placeholder {{{}}}", spec.key, name),
                                   {"it may use: " + joined(spec.placeholders) + "; write `{{` for a brace"}});
        }
    }
    for (const auto& [key, entry] : entries) {
        if (optional_key(key)) {
            if (!placeholders_in(entry.text).empty())
                diagnostics.push_back({Severity::error, "E312", entry.location,
                                       fmt::format("`{}` is a label and has no placeholders", key),
                                       {"write `{{` for a brace"}});
            continue;
        }
        if (std::find(known.begin(), known.end(), key) != known.end()) continue;
        Diagnostic warning{Severity::warning, "W313", entry.location,
                           fmt::format("the review template has a key `{}` that reviews do not use", key), {}};
        if (std::string close = closest_match(key, known); !close.empty())
            warning.notes.push_back("did you mean `" + close + "`?");
        diagnostics.push_back(std::move(warning));
    }
    for (std::size_t i = errors_before; i < diagnostics.size(); ++i)
        if (diagnostics[i].severity == Severity::error) return nullptr;

    auto result = std::make_shared<ReviewTemplate>();
    for (auto& [key, entry] : entries) result->texts_.emplace(key, std::move(entry.text));
    return result;
}

std::string ReviewTemplate::text(std::string_view key, const Placeholders& values) const {
    auto found = texts_.find(key);
    if (found == texts_.end()) return "{" + std::string(key) + "}";  // checked by read(); visible if not
    const std::string& text = found->second;
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if ((c == '{' || c == '}') && i + 1 < text.size() && text[i + 1] == c) {
            out += c;
            ++i;
            continue;
        }
        std::size_t end = c == '{' ? text.find('}', i) : std::string::npos;
        if (end == std::string::npos) {
            out += c;
            continue;
        }
        std::string_view name = std::string_view(text).substr(i + 1, end - i - 1);
        auto value = std::find_if(values.begin(), values.end(), [&](const auto& v) { return v.first == name; });
        out += value != values.end() ? value->second : text.substr(i, end - i + 1);
        i = end;
    }
    return out;
}

std::optional<std::string> ReviewTemplate::find(std::string_view key) const {
    auto found = texts_.find(key);
    if (found == texts_.end()) return std::nullopt;
    return found->second;
}

std::vector<std::string> ReviewTemplate::list(std::string_view key) const {
    std::vector<std::string> items;
    for (std::size_t i = 0;; ++i) {
        auto found = texts_.find(fmt::format("{}.{}", key, i));
        if (found == texts_.end()) return items;
        items.push_back(found->second);
    }
}

std::vector<std::pair<std::string, std::string>> ReviewTemplate::below(std::string_view prefix) const {
    std::vector<std::pair<std::string, std::string>> found;
    for (auto it = texts_.lower_bound(prefix); it != texts_.end() && it->first.starts_with(prefix); ++it)
        found.emplace_back(it->first.substr(prefix.size()), it->second);
    return found;
}

}  // namespace netral
