#include <array>
#include <optional>
#include <fmt/format.h>
#include <string_view>

#include "netral/date.hpp"
#include "netral/generate.hpp"
#include "render/json_writer.hpp"

namespace netral {
namespace {

// splitmix64: small, fast, and good enough for synthetic data.
class Random {
public:
    explicit Random(std::uint64_t seed) : state_(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
    bool chance(int percent) { return below(100) < percent; }

    // One of `choices`, by their weights.
    template <std::size_t N>
    std::string_view pick(const std::array<std::pair<std::string_view, int>, N>& choices) {
        int total = 0;
        for (const auto& choice : choices) total += choice.second;
        int roll = below(total);
        for (const auto& choice : choices) {
            if (roll < choice.second) return choice.first;
            roll -= choice.second;
        }
        return choices.back().first;
    }

private:
    std::uint64_t state_;
};

constexpr std::array<std::pair<std::string_view, int>, 7> statuses{{
    {"pns", 70}, {"pppk", 12}, {"cpns", 5}, {"non_asn", 6}, {"kepala_desa", 3}, {"perangkat_desa", 2}, {"unknown", 2}}};

constexpr std::array<std::pair<std::string_view, int>, 15> act_types{{
    {"social_media", 55}, {"photo_with_contestant", 10}, {"campaign_participation", 10},
    {"declaration_attendance", 5}, {"partisan_activity", 5}, {"campaign_material", 3}, {"official_decision", 2},
    {"campaign_team", 2}, {"party_event", 2}, {"support_letter", 1}, {"party_membership", 1}, {"candidacy", 1},
    {"party_approach", 1}, {"voting", 1}, {"other", 1}}};

constexpr std::array<std::pair<std::string_view, int>, 3> stances{{{"support", 80}, {"oppose", 6}, {"neutral", 14}}};
constexpr std::array<std::pair<std::string_view, int>, 7> actions{{
    {"post", 30}, {"share", 25}, {"like", 20}, {"comment", 12}, {"upload", 8}, {"follow", 3}, {"join_group", 2}}};
constexpr std::array<std::pair<std::string_view, int>, 6> platforms{{
    {"facebook", 40}, {"instagram", 20}, {"tiktok", 18}, {"whatsapp", 14}, {"x", 5}, {"youtube", 3}}};
constexpr std::array<std::pair<std::string_view, int>, 5> roles{{
    {"participant", 50}, {"spectator", 25}, {"speaker", 10}, {"organizer", 8}, {"team_member", 7}}};
constexpr std::array<std::string_view, 8> regions{
    "Kabupaten Solok, Sumatera Barat", "Kota Tanjungpinang, Kepulauan Riau", "Kabupaten Pasuruan, Jawa Timur",
    "Kabupaten Sikka, Nusa Tenggara Timur", "Kota Makassar, Sulawesi Selatan", "Kabupaten Paser, Kalimantan Timur",
    "Kota Tangerang, Banten", "Kabupaten Jayapura, Papua"};
constexpr std::array<std::string_view, 6> positions{"Guru SD Negeri", "Camat", "Lurah", "Staf Dinas Pendidikan",
                                                    "Kepala Bidang", "Perawat Puskesmas"};

constexpr std::array<std::string_view, 6> places{"akun media sosial terlapor", "lapangan kecamatan", "balai desa",
                                                 "kantor dinas", "rumah makan di pusat kota", "posko pemenangan"};
constexpr std::array<std::string_view, 5> reporter_categories{"pemilih", "pemilih", "pemilih", "pemantau", "peserta"};

// The fields incident format v2 adds, drawn from their own stream so that
// the v1 fields of every report stay what they were: a report's verdict
// depends on those, and seasons generated before v2 compare with later ones.
struct Handling {
    bool laporan = true;
    Date known_on;
    int delay = 0;  // days from known_on to the report or the registration
};

void write_handling(JsonWriter& json, Random& extra, const Handling& handling) {
    if (handling.laporan) {
        json.key("reporter").begin_object();
        json.key("name").string(fmt::format("Pelapor {}", 1 + extra.below(900)));
        if (!extra.chance(8)) json.key("address").string("Alamat pelapor (data sintetis)");
        json.key("category").string(reporter_categories[static_cast<std::size_t>(extra.below(reporter_categories.size()))]);
        json.key("voter_in_region").boolean(!extra.chance(3));
        json.end_object();
    } else {
        json.key("reporter").string("Panwaslu Kecamatan (data sintetis)");
    }
    if (!extra.chance(10)) json.key("known_on").string(format_iso_date(handling.known_on));
    Date reported{handling.known_on.days + handling.delay};
    json.key("reported_on").string(format_iso_date(reported));
    if (!handling.laporan || extra.chance(60)) {
        json.key("registration").begin_object();
        json.key("date").string(format_iso_date(Date{reported.days + (handling.laporan ? 1 + extra.below(3) : 0)}));
        json.end_object();
    }
}

void write_act(JsonWriter& json, Random& random, bool pilkada, bool incomplete, Random& extra,
               std::optional<Date>& latest) {
    json.begin_object();
    std::string_view type = random.pick(act_types);
    json.key("type").string(type);
    // Pilkada: mostly during the campaign (2024-09-25 .. 2024-11-23);
    // Pemilu: 2023-11-28 .. 2024-02-10.
    Date start = *parse_iso_date(pilkada ? "2024-09-01" : "2023-11-01");
    int span = pilkada ? 90 : 105;
    if (!(incomplete && random.chance(40))) {
        Date date{start.days + random.below(span)};
        json.key("date").string(format_iso_date(date));
        if (!latest || *latest < date) latest = date;
    }
    bool partisan_type = type != "voting" && type != "party_membership" && type != "candidacy";
    if (partisan_type && !(incomplete && random.chance(60))) json.key("stance").string(random.pick(stances));
    json.key("contestant").string(fmt::format("Paslon Nomor Urut {}", 1 + random.below(4)));
    if (type == "social_media") {
        json.key("channel").string("social_media");
        json.key("platform").string(random.pick(platforms));
        json.key("action").string(random.pick(actions));
        json.key("public").boolean(random.chance(85));
    } else if (type == "photo_with_contestant") {
        json.key("action").string(random.chance(70) ? "upload" : "post");
        json.key("public").boolean(random.chance(80));
        json.key("gesture").boolean(random.chance(50));
    } else if (type == "campaign_participation" || type == "declaration_attendance") {
        json.key("role").string(random.pick(roles));
        json.key("gesture").boolean(random.chance(35));
        json.key("state_facilities").boolean(random.chance(10));
        json.key("mobilized_civil_servants").boolean(random.chance(5));
        json.key("attributes").begin_array();
        if (random.chance(25)) json.string("party");
        if (random.chance(10)) json.string("civil_service");
        json.end_array();
        if (random.chance(4)) json.key("official_duty").boolean(true);
    } else if (type == "partisan_activity") {
        json.key("audience").begin_array().string(random.chance(60) ? "civil_servants" : "public").end_array();
        json.key("gift").boolean(random.chance(30));
    } else if (type == "candidacy") {
        json.key("resigned").boolean(random.chance(50));
    }
    json.key("description").string("Uraian perbuatan terlapor menurut pelapor (data sintetis).");
    if (!extra.chance(10)) json.key("place").string(places[static_cast<std::size_t>(extra.below(places.size()))]);
    if (!extra.chance(10)) json.key("evidence").begin_array().string("Tangkapan layar atau foto (data sintetis)").end_array();
    json.end_object();
}

}  // namespace

std::string generate_report(std::uint64_t seed, std::uint64_t index) {
    Random random(seed * 0x100000001b3ULL ^ (index + 1) * 0x9e3779b97f4a7c15ULL);
    Random extra(seed * 0xc2b2ae3d27d4eb4fULL ^ (index + 1) * 0x165667b19e3779f9ULL);
    bool pilkada = random.chance(85);
    bool incomplete = random.chance(16);
    std::string out;
    out.reserve(640);
    JsonWriter json(out, false);
    json.begin_object();
    json.key("id").string(fmt::format("GEN-{}-{:07}", seed, index + 1));
    if (!(incomplete && random.chance(20))) json.key("election").string(pilkada ? "pilkada-2024" : "pemilu-2024");
    json.key("region").string(regions[static_cast<std::size_t>(random.below(regions.size()))]);
    bool laporan = random.chance(70);
    json.key("source").string(laporan ? "laporan" : "temuan");
    json.key("actor").begin_object();
    json.key("status").string(random.pick(statuses));
    json.key("position").string(positions[static_cast<std::size_t>(random.below(positions.size()))]);
    json.key("official").boolean(random.chance(25));
    if (random.chance(5)) {
        json.key("prior_sanctions").begin_array().begin_object();
        json.key("level").string("ringan").key("date").string("2023-06-01").key("same_kind").boolean(random.chance(50));
        json.end_object().end_array();
    }
    json.end_object();
    json.key("acts").begin_array();
    int acts = random.chance(15) ? 2 : 1;
    std::optional<Date> latest;
    for (int i = 0; i < acts; ++i) write_act(json, random, pilkada, incomplete, extra, latest);
    json.end_array();
    // Known on the day of the act or a few days later; reported within a
    // week mostly, late now and then.
    Handling handling;
    handling.laporan = laporan;
    handling.known_on = Date{(latest ? latest->days : parse_iso_date(pilkada ? "2024-10-01" : "2024-01-10")->days) +
                             extra.below(4)};
    handling.delay = extra.chance(12) ? 8 + extra.below(30) : extra.below(7);
    write_handling(json, extra, handling);
    json.end_object();
    return out;
}

}  // namespace netral
