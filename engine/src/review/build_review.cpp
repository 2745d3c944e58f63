// The order of a kajian's sections, its heading, and its closing (place,
// date, signatures). Every phrase comes from the template, every fact from
// the report or its verdict.
#include "review/build_review.hpp"

#include <algorithm>
#include <fmt/format.h>

#include "review/review_builder.hpp"

namespace netral {

Span plain(std::string text) { return {Span::Style::plain, std::move(text), {}}; }
Span strong(std::string text) { return {Span::Style::strong, std::move(text), {}}; }
Span emphasis(std::string text) { return {Span::Style::emphasis, std::move(text), {}}; }

Block block(Block::Kind kind, Line line) {
    Block b;
    b.kind = kind;
    b.lines.push_back(std::move(line));
    return b;
}
Block block(Block::Kind kind, std::string text) { return block(kind, Line{plain(std::move(text))}); }

std::string joined(const std::vector<std::string>& items, std::string_view separator) {
    std::string out;
    for (const std::string& item : items) {
        if (!out.empty()) out += separator;
        out += item;
    }
    return out;
}

ReportInput readable(const ReportInput& input) {
    ReportInput out = input;
    if (!out.report) out.report = out.partial;
    return out;
}

std::string in_sentence(std::string title) {
    if (title.size() > 1 && title[0] >= 'A' && title[0] <= 'Z' && title[1] >= 'a' && title[1] <= 'z') title[0] += 'a' - 'A';
    return title;
}

std::string citations(ProvisionSpan provisions, const std::string& none) {
    std::vector<std::string> cited;
    for (const ProvisionInfo* provision : provisions) cited.push_back(provision->citation);
    return cited.empty() ? none : joined(cited, "; ");
}

ReviewBuilder::ReviewBuilder(const ReviewTemplate& wording, const Pack& pack, const ReviewCase& review,
                             const ReviewOptions& options)
    : t_(wording), words_(wording), pack_(pack), input_(*review.input), readable_(readable(*review.input)),
      verdict_(*review.verdict), options_(options) {}

Document ReviewBuilder::build() {
    document_.title = t_.text("judul_halaman", {{"nomor", register_number()}});
    document_.page_footer = t_.text("kaki_halaman", {{"nomor", register_number()}});
    document_.page_number = t_.text("halaman");  // its placeholders are filled by the printer
    document_.generator = fmt::format("{}; {} {} ({})", verdict_.engine, verdict_.pack_name, verdict_.pack_version,
                                      verdict_.pack_digest);
    heading();
    if (awal()) {
        reporter_data();
        event_data();
        admissibility();
        conclusion_awal();
        recommendation_awal();
        closing();
    } else {
        case_data();
        admissibility();
        analysis();
        conclusion();
        recommendation();
        closing();
        annex();
    }
    return std::move(document_);
}

// --- facts

std::vector<std::string> ReviewBuilder::facts(std::string_view path) const { return fact_text(pack_, readable_, path); }

std::string ReviewBuilder::fact(std::string_view path) const {
    auto items = facts(path);
    return items.empty() ? std::string() : items.front();
}

std::size_t ReviewBuilder::count(std::string_view path) const { return fact_count(pack_, readable_, path); }

std::string ReviewBuilder::value(std::string_view path) const {
    auto items = facts(path);
    return items.empty() ? std::string() : words_.values(path, items);
}

std::string ReviewBuilder::or_empty(std::string text) const { return text.empty() ? t_.text("kosong") : text; }

std::string ReviewBuilder::act_path(std::size_t act, std::string_view field) { return fmt::format("acts[{}].{}", act, field); }

// The registration number when there is one; else the report's own id,
// unless the id is only where it stood in a file; else a number to fill in.
std::string ReviewBuilder::register_number() const {
    if (std::string number = fact("registration.number"); !number.empty()) return number;
    bool placeholder_id = input_.id == fmt::format("{}#{}", input_.location.file, input_.number);
    if (!placeholder_id && !input_.id.empty()) return input_.id;
    if (options_.office && !options_.office->register_prefix.empty()) {
        std::string date = fact("registration.date");
        if (date.empty()) date = fact("reported_on");
        std::string month = t_.text("nomor_kosong"), year = t_.text("nomor_kosong");
        if (parse_iso_date(date)) {  // YYYY-MM-DD
            month = t_.find(fmt::format("bulan_romawi.{}", std::stoi(date.substr(5, 2)) - 1)).value_or(month);
            year = date.substr(0, 4);
        }
        return t_.text("nomor_awalan", {{"awalan", options_.office->register_prefix}, {"bulan", month}, {"tahun", year}});
    }
    return t_.text("nomor_kosong");
}

// --- output

void ReviewBuilder::fields(std::vector<std::pair<std::string, std::string>> rows) {
    Block b;
    b.kind = Block::Kind::fields;
    for (auto& [label, text] : rows)
        if (!text.empty()) b.fields.push_back({std::move(label), Line{plain(std::move(text))}});
    if (!b.fields.empty()) add(std::move(b));
}

void ReviewBuilder::list(Block::Kind kind, std::vector<Line> items) {
    if (items.empty()) return;
    Block b;
    b.kind = kind;
    b.lines = std::move(items);
    add(std::move(b));
}

void ReviewBuilder::reasoning(std::span<const DocumentNote> notes) {
    for (const DocumentNote& note : notes) {
        if (!note.applies_to(verdict_.election)) continue;
        if (std::find(reasoned_.begin(), reasoned_.end(), note.text) != reasoned_.end()) continue;
        reasoned_.push_back(note.text);
        add(block(Block::Kind::note, note.text));
    }
}
void ReviewBuilder::reasoning(const std::vector<DocumentNote>& notes) {
    reasoning(std::span<const DocumentNote>(notes.data(), notes.size()));
}

// --- heading: letterhead, title, number, subject

void ReviewBuilder::heading() {
    Block letterhead;
    letterhead.kind = Block::Kind::letterhead;
    const Office* office = options_.office;
    letterhead.lines.push_back(Line{strong(office && !office->name.empty() ? office->name : t_.text("kop_kosong"))});
    if (office && !office->address.empty()) letterhead.lines.push_back(Line{plain(office->address)});
    add(std::move(letterhead));
    Block title;
    title.kind = Block::Kind::title;
    title.lines.push_back(Line{plain(t_.text(awal() ? "judul.awal" : "judul.pelanggaran"))});
    title.lines.push_back(Line{plain(t_.text("nomor", {{"nomor", register_number()}}))});
    title.lines.push_back(Line{plain(t_.text("perihal"))});
    add(std::move(title));
}

// --- closing: place and date, signatures

void ReviewBuilder::closing() {
    add(block(Block::Kind::paragraph, t_.text("penutup.demikian")));
    const Office* office = options_.office;
    std::string place = office && !office->place.empty() ? office->place : t_.text("penutup.tempat_kosong");
    std::string date = options_.signed_on ? words_.date(format_iso_date(*options_.signed_on)) : t_.text("penutup.tanggal_kosong");
    add(block(Block::Kind::place_date, t_.text("penutup.tempat_tanggal", {{"tempat", place}, {"tanggal", date}})));
    Block signatures;
    signatures.kind = Block::Kind::signatures;
    if (office && !office->signatories.empty()) {
        for (const Signatory& signatory : office->signatories)
            signatures.rows.push_back({Line{plain(signatory.position)},
                                       Line{strong(signatory.name.empty() ? t_.text("penutup.nama_kosong") : signatory.name)}});
    } else {
        for (const std::string& caption : t_.list("penutup.tanda_tangan"))
            signatures.rows.push_back({Line{plain(caption)}, Line{plain(t_.text("penutup.nama_kosong"))}});
    }
    if (!signatures.rows.empty()) add(std::move(signatures));
}

Document build_review(const ReviewTemplate& wording, const Pack& pack, const ReviewCase& review,
                      const ReviewOptions& options) {
    return ReviewBuilder(wording, pack, review, options).build();
}

// --- the index of a folder of reviews

Document build_review_index(const ReviewTemplate& t, const Pack& pack, const std::vector<ReviewIndexEntry>& entries,
                            const ReviewOptions& options) {
    Document document;
    document.page_number = t.text("halaman");
    std::string title = t.text(options.stage == ReviewStage::awal ? "indeks.judul_awal" : "indeks.judul");
    document.title = title;
    document.blocks.push_back(block(Block::Kind::title, title));
    document.blocks.push_back(block(Block::Kind::paragraph, t.text("indeks.jumlah", {{"jumlah", std::to_string(entries.size())}})));
    Block table;
    table.kind = Block::Kind::table;
    table.keep_words = true;
    std::vector<Line> header;
    for (const std::string& column : t.list("indeks.kolom")) header.push_back(Line{plain(column)});
    table.rows.push_back(std::move(header));
    int number = 0;
    for (const ReviewIndexEntry& entry : entries) {
        const Verdict& verdict = *entry.verdict;
        ReportInput input = entry.input ? readable(*entry.input) : ReportInput{};
        auto fact = [&](std::string_view path) {
            auto items = fact_text(pack, input, path);
            return items.empty() ? std::string() : items.front();
        };
        std::vector<std::string> cited;
        for (const Finding& finding : verdict.findings) {
            if (finding.status != FindingStatus::violation) continue;
            for (const ProvisionInfo* provision : finding.provisions)
                if (std::find(cited.begin(), cited.end(), provision->citation) == cited.end()) cited.push_back(provision->citation);
        }
        std::string actor = fact("actor.name");
        if (std::string position = fact("actor.position"); !position.empty())
            actor += (actor.empty() ? "" : ", ") + position;
        std::string empty = t.text("kosong");
        std::string agency = fact("actor.agency");
        table.rows.push_back({Line{plain(std::to_string(++number))},
                              Line{Span{Span::Style::plain, verdict.incident, entry.file}},
                              Line{plain(actor.empty() ? empty : actor)},
                              Line{plain(agency.empty() ? empty : agency)},
                              Line{plain(t.text(std::string("indeks.status.") + to_string(verdict.status)))},
                              Line{plain(cited.empty() ? empty : joined(cited, "; "))}});
    }
    document.blocks.push_back(std::move(table));
    return document;
}

}  // namespace netral
