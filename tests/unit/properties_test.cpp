// Properties over many generated inputs (issue 15): the evaluator follows
// Kleene's three-valued logic, law by law; a verdict does not depend on the
// order of a report's keys or on its whitespace; and a batch gives the same
// output whether its input comes from a file, a pipe, or one byte a read.
#include <fcntl.h>
#include <random>
#include <simdjson.h>
#include <sstream>
#include <thread>
#include <unistd.h>

#include "fixture.hpp"
#include "netral/batch.hpp"
#include "netral/descriptor_input.hpp"
#include "netral/generate.hpp"

using namespace netral;
using namespace netral::testing;

namespace {

// ------------------------------------------------------------------ Kleene

enum class K { no, unknown, yes };

K k_not(K a) { return a == K::yes ? K::no : a == K::no ? K::yes : K::unknown; }
K k_and(K a, K b) { return a == K::no || b == K::no ? K::no : a == K::yes && b == K::yes ? K::yes : K::unknown; }
K k_or(K a, K b) { return k_not(k_and(k_not(a), k_not(b))); }

const std::vector<std::string> atoms = {"act.a", "act.b", "act.official_duty", "actor.cltn"};

// A condition over the atoms, as text and as its value under an assignment.
struct Expr {
    enum class Op { atom, not_, and_, or_ } op = Op::atom;
    int atom = 0;
    std::vector<Expr> children;

    std::string text() const {
        switch (op) {
            case Op::atom: return atoms[static_cast<std::size_t>(atom)];
            case Op::not_: return "not (" + children[0].text() + ")";
            case Op::and_: return "(" + children[0].text() + " and " + children[1].text() + ")";
            case Op::or_: return "(" + children[0].text() + " or " + children[1].text() + ")";
        }
        return {};
    }
    K value(const std::vector<K>& given) const {
        switch (op) {
            case Op::atom: return given[static_cast<std::size_t>(atom)];
            case Op::not_: return k_not(children[0].value(given));
            case Op::and_: return k_and(children[0].value(given), children[1].value(given));
            case Op::or_: return k_or(children[0].value(given), children[1].value(given));
        }
        return K::unknown;
    }
};

Expr atom(int i) { return Expr{Expr::Op::atom, i, {}}; }
Expr make(Expr::Op op, std::vector<Expr> children) { return Expr{op, 0, std::move(children)}; }

Expr random_expr(std::mt19937& random, int depth) {
    if (depth == 0 || random() % 4 == 0) return atom(static_cast<int>(random() % atoms.size()));
    switch (random() % 3) {
        case 0: return make(Expr::Op::not_, {random_expr(random, depth - 1)});
        case 1: return make(Expr::Op::and_, {random_expr(random, depth - 1), random_expr(random, depth - 1)});
        default: return make(Expr::Op::or_, {random_expr(random, depth - 1), random_expr(random, depth - 1)});
    }
}

ElementStatus status_of(K value) {
    return value == K::yes ? ElementStatus::met : value == K::no ? ElementStatus::not_met : ElementStatus::unknown;
}

// The report giving each atom the value of `given` (unknown: left out).
std::string report_for(const std::vector<K>& given) {
    auto fact = [&](std::size_t i, const char* name) {
        if (given[i] == K::unknown) return std::string();
        return std::string(", ") + name + ": " + (given[i] == K::yes ? "true" : "false");
    };
    return "id: K\nactor: {status: pns" + fact(3, "cltn") + "}\nacts: [{type: rally, date: 2024-10-01" + fact(0, "a") +
           fact(1, "b") + fact(2, "official_duty") + "}]\n";
}

ElementStatus element_x(const Verdict& verdict, const std::string& rule) {
    const Finding* finding = finding_of(verdict, rule);
    REQUIRE(finding);
    for (const ElementResult& element : finding->elements)
        if (*element.name == "x") return element.status;
    FAIL("no element x in " << rule);
    return ElementStatus::unknown;
}

// Every assignment of yes, no and unknown to the atoms.
std::vector<std::vector<K>> every_assignment() {
    std::vector<std::vector<K>> all;
    for (int n = 0; n < 81; ++n) {
        std::vector<K> given;
        for (int i = 0, rest = n; i < 4; ++i, rest /= 3) given.push_back(static_cast<K>(rest % 3));
        all.push_back(given);
    }
    return all;
}

std::string rule_for(const std::string& id, const std::string& condition) {
    return "rule " + id + " {\n  when act.type == rally\n  element \"x\": " + condition +
           "\n  cites pp-1-2020/pasal-1\n  sanction ringan\n}\n";
}

}  // namespace

TEST_CASE("properties: the evaluator follows Kleene's logic on 120 random conditions, every assignment",
          "[properties][evaluate]") {
    std::mt19937 random(15);
    std::vector<Expr> exprs;
    std::string rules;
    for (int i = 0; i < 120; ++i) {
        exprs.push_back(random_expr(random, 4));
        rules += rule_for("k.r" + std::to_string(i), exprs.back().text());
    }
    auto pack = compile_rules(rules);
    for (const std::vector<K>& given : every_assignment()) {
        Verdict verdict = check_yaml(*pack, report_for(given));
        for (std::size_t i = 0; i < exprs.size(); ++i) {
            CAPTURE(exprs[i].text(), report_for(given));
            CHECK(element_x(verdict, "k.r" + std::to_string(i)) == status_of(exprs[i].value(given)));
        }
    }
}

TEST_CASE("properties: Kleene's laws hold, and the excluded middle does not", "[properties][evaluate]") {
    std::mt19937 random(7);
    struct Law {
        std::string name, left, right;
    };
    std::vector<Law> laws;
    for (int i = 0; i < 20; ++i) {
        std::string a = random_expr(random, 2).text(), b = random_expr(random, 2).text(), c = random_expr(random, 2).text();
        laws.push_back({"double negation", "not (not (" + a + "))", a});
        laws.push_back({"De Morgan (and)", "not (" + a + " and " + b + ")", "(not (" + a + ")) or (not (" + b + "))"});
        laws.push_back({"De Morgan (or)", "not (" + a + " or " + b + ")", "(not (" + a + ")) and (not (" + b + "))"});
        laws.push_back({"commutativity", a + " and " + b, b + " and " + a});
        laws.push_back({"associativity", "(" + a + " or " + b + ") or " + c, a + " or (" + b + " or " + c + ")"});
        laws.push_back({"distributivity", a + " and (" + b + " or " + c + ")", "(" + a + " and " + b + ") or (" + a + " and " + c + ")"});
        laws.push_back({"absorption", a + " or (" + a + " and " + b + ")", a});
        laws.push_back({"idempotence", a + " and " + a, a});
    }
    std::string rules;
    for (std::size_t i = 0; i < laws.size(); ++i)
        rules += rule_for("l.l" + std::to_string(i), laws[i].left) + rule_for("l.r" + std::to_string(i), laws[i].right);
    rules += rule_for("l.middle", "act.a or not act.a");
    auto pack = compile_rules(rules);
    for (const std::vector<K>& given : every_assignment()) {
        Verdict verdict = check_yaml(*pack, report_for(given));
        for (std::size_t i = 0; i < laws.size(); ++i) {
            CAPTURE(laws[i].name, laws[i].left, laws[i].right, report_for(given));
            CHECK(element_x(verdict, "l.l" + std::to_string(i)) == element_x(verdict, "l.r" + std::to_string(i)));
        }
        // a or not a is not always true: unknown when a is.
        CHECK(element_x(verdict, "l.middle") == (given[0] == K::unknown ? ElementStatus::unknown : ElementStatus::met));
    }
}

// ------------------------------------------------------------------ key order and whitespace

namespace {

// `element` written again as JSON with its keys in a random order and random
// spaces, tabs and line breaks between the tokens.
void rewrite(const simdjson::dom::element& element, std::mt19937& random, std::string& out) {
    auto space = [&] {
        static const char* choices[] = {"", " ", "  ", "\t", "\n", " \n\t"};
        out += choices[random() % 6];
    };
    auto quoted = [&](std::string_view text) {
        out += '"';
        for (char c : text) {
            if (c == '"' || c == '\\') out += '\\';
            if (c == '\n') {
                out += "\\n";
                continue;
            }
            out += c;
        }
        out += '"';
    };
    switch (element.type()) {
        case simdjson::dom::element_type::OBJECT: {
            std::vector<std::pair<std::string_view, simdjson::dom::element>> members;
            simdjson::dom::object object;
            if (element.get_object().get(object)) FAIL("not an object");
            for (auto field : object) members.emplace_back(field.key, field.value);
            std::shuffle(members.begin(), members.end(), random);
            out += '{';
            for (std::size_t i = 0; i < members.size(); ++i) {
                space();
                if (i) out += ',';
                space();
                quoted(members[i].first);
                space();
                out += ':';
                space();
                rewrite(members[i].second, random, out);
            }
            space();
            out += '}';
            return;
        }
        case simdjson::dom::element_type::ARRAY: {
            out += '[';
            bool first = true;
            simdjson::dom::array array;
            if (element.get_array().get(array)) FAIL("not an array");
            for (auto item : array) {
                space();
                if (!first) out += ',';
                first = false;
                space();
                rewrite(item, random, out);
            }
            space();
            out += ']';
            return;
        }
        case simdjson::dom::element_type::STRING: {
            std::string_view text;
            if (element.get_string().get(text)) FAIL("not a string");
            quoted(text);
            return;
        }
        default: out += simdjson::minify(element); return;
    }
}

// A verdict's JSON without the positions of its diagnostics, which move
// with the layout.
std::string without_positions(Verdict verdict) {
    for (Diagnostic& d : verdict.diagnostics) d.location = {};
    return render_json(verdict);
}

}  // namespace

TEST_CASE("properties: a verdict does not depend on the order of keys or on whitespace", "[properties][report]") {
    PackLoad loaded = load_pack(embedded_standard_pack());
    REQUIRE(loaded.pack);
    const Pack& pack = *loaded.pack;
    std::mt19937 random(3);
    simdjson::dom::parser parser;
    std::size_t compared = 0;
    for (std::uint64_t n = 0; n < 300; ++n) {
        std::string line = generate_report(15, n);
        simdjson::dom::element root;
        REQUIRE_FALSE(parser.parse(simdjson::padded_string(line)).get(root));
        std::string rewritten;
        rewrite(root, random, rewritten);
        std::vector<ReportInput> original = read_reports(line, "in.json", InputFormat::json, pack);
        std::vector<ReportInput> shuffled = read_reports(rewritten, "in.json", InputFormat::json, pack);
        REQUIRE(original.size() == 1);
        CAPTURE(rewritten);
        REQUIRE(shuffled.size() == 1);
        CAPTURE(line, rewritten);
        CHECK(without_positions(check(pack, original[0])) == without_positions(check(pack, shuffled[0])));
        ++compared;
    }
    CHECK(compared == 300);
}

// ------------------------------------------------------------------ file, pipe, one byte a read

namespace {

class OneByteInput : public std::streambuf {
public:
    explicit OneByteInput(const std::string& text) : text_(text) {}

protected:
    int_type underflow() override {
        if (at_ >= text_.size()) return traits_type::eof();
        setg(&text_[at_], &text_[at_], &text_[at_] + 1);
        ++at_;
        return traits_type::to_int_type(*gptr());
    }
    std::streamsize xsgetn(char* to, std::streamsize count) override {
        if (count <= 0) return 0;
        if (gptr() < egptr()) {
            *to = *gptr();
            gbump(1);
            return 1;
        }
        if (at_ >= text_.size()) return 0;
        *to = text_[at_++];
        return 1;
    }

private:
    std::string text_;
    std::size_t at_ = 0;
};

std::string run(const Pack& pack, std::istream& input, InputFormat format, unsigned threads) {
    BatchOptions options;
    options.format = format;
    options.threads = threads;
    std::string out;
    run_batch(
        pack, input, "in", options, [](const ReportInput&, const Verdict& v, std::string& o) { o += render_csv_row(v); },
        [&](std::string_view text) { out += text; });
    return out;
}

// Through a real pipe, written in pieces of random sizes by another thread.
std::string run_from_pipe(const Pack& pack, const std::string& text, InputFormat format, std::uint32_t seed) {
    int ends[2];
    REQUIRE(::pipe(ends) == 0);
    std::thread writer([&] {
        std::mt19937 random(seed);
        for (std::size_t at = 0; at < text.size();) {
            std::size_t piece = std::min<std::size_t>(1 + random() % 700, text.size() - at);
            ssize_t wrote = ::write(ends[1], text.data() + at, piece);
            if (wrote <= 0) break;
            at += static_cast<std::size_t>(wrote);
        }
        ::close(ends[1]);
    });
    DescriptorInput buffer(ends[0]);
    std::istream input(&buffer);
    std::string out = run(pack, input, format, 2);
    writer.join();
    ::close(ends[0]);
    return out;
}

}  // namespace

TEST_CASE("properties: the same output from a file, a pipe and one byte a read, in every format",
          "[properties][batch]") {
    PackLoad loaded = load_pack(embedded_standard_pack());
    REQUIRE(loaded.pack);
    const Pack& pack = *loaded.pack;
    // 200 generated reports, some broken, in each format.
    std::string jsonl, json = "[\n", yaml, csv = "id;actor.status;acts[0].type;acts[0].date;acts[0].description\n";
    for (std::uint64_t n = 0; n < 200; ++n) {
        std::string line = generate_report(9, n);
        if (n % 17 == 5) line = line.substr(0, line.size() / 2);
        jsonl += line + "\n";
        json += (n ? ",\n" : "") + line;
        yaml += "---\nid: Y" + std::to_string(n) + "\nactor: {status: " + (n % 13 == 3 ? "pnss" : "pns") +
                "}\nacts:\n  - type: social_media\n    date: 2024-10-0" + std::to_string(1 + n % 9) + "\n";
        csv += "C" + std::to_string(n) + ";pns;social_media;0" + std::to_string(1 + n % 9) + "/10/2024;" +
               (n % 11 == 4 ? "\"kutip \"\"ganda\"\" dan;titik koma\"" : "biasa") + "\n";
    }
    json += "\n]\n";
    struct Input {
        InputFormat format;
        const std::string& text;
    };
    for (const Input& input : {Input{InputFormat::jsonl, jsonl}, Input{InputFormat::json, json},
                               Input{InputFormat::yaml, yaml}, Input{InputFormat::csv, csv}}) {
        CAPTURE(static_cast<int>(input.format));
        std::istringstream file(input.text);
        std::string from_file = run(pack, file, input.format, 2);
        CHECK(std::count(from_file.begin(), from_file.end(), '\n') >= 200);
        OneByteInput trickle(input.text);
        std::istream slow(&trickle);
        CHECK(run(pack, slow, input.format, 1) == from_file);
        CHECK(run_from_pipe(pack, input.text, input.format, 21) == from_file);
    }
}
