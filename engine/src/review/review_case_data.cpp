// The report's own data as a kajian sets it out: the report and its
// registration, the reporter (or the supervisor who found it), the terlapor,
// what happened where and when, the witnesses and the numbered evidence.
#include <fmt/format.h>

#include "review/review_builder.hpp"

namespace netral {

// I. Kasus posisi of a kajian dugaan pelanggaran.
void ReviewBuilder::case_data() {
    add(block(Block::Kind::heading, t_.text("data.judul")));
    add(block(Block::Kind::subheading, t_.text("data.laporan")));
    report_fields();
    add(block(Block::Kind::subheading, t_.text(fact("source") == "temuan" ? "data.penemu" : "data.pelapor")));
    reporter_fields();
    add(block(Block::Kind::subheading, t_.text("data.terlapor")));
    actor_fields();
    add(block(Block::Kind::subheading, t_.text("data.peristiwa")));
    acts();
    witnesses(t_.text("data.saksi"));
    evidence(t_.text("data.bukti"));
}

// I. Identitas pelapor of a kajian awal.
void ReviewBuilder::reporter_data() {
    add(block(Block::Kind::heading, t_.text("data.judul_awal_pelapor")));
    reporter_fields();
    report_fields();
}

// II. Uraian peristiwa of a kajian awal.
void ReviewBuilder::event_data() {
    add(block(Block::Kind::heading, t_.text("data.judul_awal_peristiwa")));
    add(block(Block::Kind::subheading, t_.text("data.terlapor_awal")));
    actor_fields();
    acts();
    witnesses(t_.text("data.saksi_awal"));
    evidence(t_.text("data.bukti_awal"));
}

void ReviewBuilder::report_fields() {
    std::string received = words_.date(fact("reported_on"));
    if (std::string time = fact("reported_time"); !received.empty() && !time.empty())
        received += ", " + t_.text("data.jam_laporan") + " " + time;
    std::string registered = fact("registration.number");
    // What the report does not say is left out here; the questions at the
    // end ask for what the case needs.
    // A registered report's number heads the document already.
    fields({{t_.text("data.nomor_registrasi"), awal() || !registered.empty() ? "" : t_.text("data.belum_registrasi")},
            {t_.text("data.tanggal_registrasi"), words_.date(fact("registration.date"))},
            {t_.text("data.asal"), value("source")},
            {t_.text("data.diterima_oleh"), fact("received_by")},
            {t_.text("data.tanggal_laporan"), received},
            {t_.text("data.tanggal_diketahui"), words_.date(fact("known_on"))},
            {t_.text("data.pemilihan"), value("election")},
            {t_.text("data.wilayah"), fact("region")}});
}

void ReviewBuilder::reporter_fields() {
    bool found = fact("source") == "temuan";
    if (awal()) add(block(Block::Kind::subheading, t_.text(found ? "data.penemu_awal" : "data.pelapor_awal")));
    std::string name = fact("reporter.name");
    if (name.empty()) name = fact("reporter");
    std::string proxy = fact("reporter.proxy");
    fields({{t_.text("data.nama"), name.empty() ? t_.text("data.pelapor_kosong") : name},
            {t_.text("data.alamat"), found ? "" : fact("reporter.address")},
            {t_.text("data.kedudukan"), value("reporter.category")},
            {t_.text("data.kuasa"), proxy == "true" ? t_.text("ya") : ""},
            {t_.text("data.kantor"), fact("reporter.office") == name ? "" : fact("reporter.office")}});
}

void ReviewBuilder::actor_fields() {
    fields({{t_.text("data.nama"), or_empty(fact("actor.name"))},
            {t_.text("data.nip"), fact("actor.nip")},
            {t_.text("data.pangkat"), fact("actor.rank")},
            {t_.text("data.status"), or_empty(value("actor.status"))},
            {t_.text("data.jabatan"), or_empty(fact("actor.position"))},
            {t_.text("data.instansi"), or_empty(fact("actor.agency"))},
            {t_.text("data.ppk"), fact("actor.ppk")}});
}

void ReviewBuilder::acts() {
    std::size_t total = count("acts");
    if (total == 0) add(block(Block::Kind::paragraph, t_.text("data.tanpa_perbuatan")));
    for (std::size_t act = 0; act < total; ++act) {
        if (total > 1) add(block(Block::Kind::paragraph, Line{strong(t_.text("data.perbuatan", {{"nomor", std::to_string(act + 1)}}))}));
        fields({{t_.text("data.waktu"), or_empty(words_.date(fact(act_path(act, "date"))))},
                {t_.text("data.tempat"), place(act)},
                {t_.text("data.sarana"), channel(act)},
                {t_.text("data.jenis"), or_empty(value(act_path(act, "type")))},
                {t_.text("data.pihak"), fact(act_path(act, "contestant"))},
                {t_.text("data.uraian"), or_empty(fact(act_path(act, "description")))}});
    }
    if (std::string notes = fact("notes"); !notes.empty()) fields({{t_.text("data.catatan"), notes}});
}

// Where an act happened: the place the report names, then the region.
std::string ReviewBuilder::place(std::size_t act) const {
    std::vector<std::string> parts;
    if (std::string spot = fact(act_path(act, "place")); !spot.empty()) parts.push_back(spot);
    if (std::string region = fact("region"); !region.empty()) parts.push_back(region);
    return joined(parts, ", ");
}

// How: "melalui Facebook" when the platform is named, else the channel.
std::string ReviewBuilder::channel(std::size_t act) const {
    if (std::string platform = fact(act_path(act, "platform")); !platform.empty())
        return t_.text("data.melalui", {{"platform", words_.value("acts.platform", platform)}});
    std::string channel = fact(act_path(act, "channel"));
    if (channel.empty()) return {};
    return t_.find("data.saluran." + channel).value_or(words_.value("acts.channel", channel));
}

// A section with no items is one line: its heading and "none"; two such
// sections in a row share the line.
void ReviewBuilder::section(const std::string& heading, std::vector<Line> items, const char* none_key) {
    if (items.empty()) {
        Line line{strong(heading + "."), plain(" " + t_.text(none_key))};
        if (last_empty_section_ + 1 == document_.blocks.size()) {  // the block just before is one
            Line& previous = document_.blocks.back().lines[0];
            previous.push_back(plain(" "));
            previous.insert(previous.end(), line.begin(), line.end());
            return;
        }
        add(block(Block::Kind::paragraph, std::move(line)));
        last_empty_section_ = document_.blocks.size() - 1;
        return;
    }
    add(block(Block::Kind::subheading, heading));
    list(Block::Kind::numbered, std::move(items));
}

void ReviewBuilder::witnesses(const std::string& heading) {
    std::vector<Line> lines;
    for (std::size_t i = 0, n = count("witnesses"); i < n; ++i) {
        std::string at = fmt::format("witnesses[{}]", i);
        std::string name = fact(at + ".name"), address = fact(at + ".address"), account = fact(at + ".account");
        lines.push_back(Line{plain(address.empty() && account.empty()
                                       ? t_.text("data.saksi_baris_singkat", {{"nama", or_empty(name)}})
                                       : t_.text("data.saksi_baris", {{"nama", or_empty(name)},
                                                                      {"alamat", or_empty(address)},
                                                                      {"keterangan", or_empty(account)}}))});
    }
    section(heading, std::move(lines), "data.tanpa_saksi");
}

// Every item of evidence, the report's own and each act's, numbered once.
void ReviewBuilder::evidence(const std::string& heading) {
    std::vector<Line> lines;
    auto add_items = [&](const std::string& list_path, std::string_view label_path) {
        for (std::size_t i = 0, n = count(list_path); i < n; ++i) {
            std::string at = fmt::format("{}[{}]", list_path, i);
            std::string kind = fact(at + ".kind");
            std::string description = fact(at + ".description");
            std::string line = kind.empty() ? or_empty(description)
                                            : t_.text("data.bukti_baris", {{"jenis", words_.value(std::string(label_path), kind)},
                                                                           {"uraian", or_empty(description)}});
            if (std::string holder = fact(at + ".holder"); !holder.empty())
                line += t_.text("data.bukti_pemegang", {{"pemegang", holder}});
            lines.push_back(Line{plain(line)});
        }
    };
    add_items("evidence", "evidence.kind");
    for (std::size_t act = 0, n = count("acts"); act < n; ++act) add_items(act_path(act, "evidence"), "acts.evidence.kind");
    section(heading, std::move(lines), "data.tanpa_bukti");
}

}  // namespace netral
