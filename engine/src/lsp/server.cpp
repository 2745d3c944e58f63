// The JSON-RPC side of the language server: messages parsed with simdjson,
// answers written with the renderers' JsonWriter. Every document change
// reloads its pack (the standard pack loads in milliseconds) and publishes
// the diagnostics of each of its files, clearing those that became clean.
#include <algorithm>
#include <filesystem>
#include <functional>
#include <map>
#include <simdjson.h>

#include "lsp/navigation.hpp"
#include "lsp/text_positions.hpp"
#include "lsp/workspace.hpp"
#include "netral/lsp.hpp"
#include "netral/version.hpp"
#include "render/json_writer.hpp"

namespace netral::lsp {
namespace {

// JSON-RPC error codes.
constexpr int parse_error = -32700;
constexpr int invalid_request = -32600;
constexpr int method_not_found = -32601;
constexpr int invalid_params = -32602;
constexpr int server_not_initialized = -32002;

using Element = simdjson::dom::element;

std::string_view string_at(Element object, std::string_view key) {
    std::string_view value;
    if (object[key].get(value) != simdjson::SUCCESS) return {};
    return value;
}

std::optional<Element> member(Element object, std::string_view key) {
    Element value;
    if (object[key].get(value) != simdjson::SUCCESS) return std::nullopt;
    return value;
}

struct Position {
    std::uint32_t line = 0, character = 0;
};

std::optional<Position> position_of(Element params) {
    auto position = member(params, "position");
    if (!position) return std::nullopt;
    std::uint64_t line = 0, character = 0;
    if ((*position)["line"].get(line) != simdjson::SUCCESS || (*position)["character"].get(character) != simdjson::SUCCESS)
        return std::nullopt;
    return Position{static_cast<std::uint32_t>(line), static_cast<std::uint32_t>(character)};
}

std::string document_uri(Element params) {
    auto document = member(params, "textDocument");
    return document ? std::string(string_at(*document, "uri")) : std::string();
}

void write_range(JsonWriter& json, std::uint32_t line, std::uint32_t start, std::uint32_t end) {
    json.field("range").begin_object();
    json.field("start").begin_object().field("line").number(line).field("character").number(start).end_object();
    json.field("end").begin_object().field("line").number(line).field("character").number(end).end_object();
    json.end_object();
}

}  // namespace

struct Server::State {
    Workspace workspace;
    bool initialized = false;
    bool shut_down = false;
    bool exited = false;
    std::vector<std::string> out;

    // ---- messages out

    void respond(std::string_view id, const std::function<void(JsonWriter&)>& result) {
        if (id.empty()) return;  // a notification (no `id`) gets no response in JSON-RPC
        std::string body;
        JsonWriter json(body, false);
        json.begin_object().field("jsonrpc").string("2.0").field("id").raw(id).field("result");
        result(json);
        json.end_object();
        out.push_back(std::move(body));
    }

    void fail(std::string_view id, int code, std::string_view message) {
        std::string body;
        JsonWriter json(body, false);
        json.begin_object().field("jsonrpc").string("2.0").field("id").raw(id.empty() ? "null" : id);
        json.field("error").begin_object().field("code").number(code).field("message").string(message).end_object();
        json.end_object();
        out.push_back(std::move(body));
    }

    void notify(std::string_view method, const std::function<void(JsonWriter&)>& params) {
        std::string body;
        JsonWriter json(body, false);
        json.begin_object().field("jsonrpc").string("2.0").field("method").string(method).field("params");
        params(json);
        json.end_object();
        out.push_back(std::move(body));
    }

    // ---- dispatch

    void handle(std::string_view body) {
        simdjson::dom::parser parser;
        simdjson::padded_string padded(body);
        Element message;
        if (parser.parse(padded).get(message) != simdjson::SUCCESS || !message.is_object()) {
            fail("", parse_error, "the message is not a JSON object");
            return;
        }
        std::string id;
        if (auto raw = member(message, "id")) id = simdjson::to_string(*raw);
        std::string_view method = string_at(message, "method");
        if (method.empty()) {
            if (!id.empty()) fail(id, invalid_request, "a request needs a `method`");
            return;  // a response to a request of ours: we send none
        }
        Element params;
        bool has_params = message["params"].get(params) == simdjson::SUCCESS && params.is_object();

        if (method == "exit") {
            exited = true;
            return;
        }
        if (method == "initialize") {
            initialize(id, has_params ? std::optional<Element>(params) : std::nullopt);
            return;
        }
        if (!initialized) {
            if (!id.empty()) fail(id, server_not_initialized, "the server was not initialized");
            return;
        }
        if (shut_down) {  // only `exit` may follow `shutdown`
            if (!id.empty()) fail(id, invalid_request, "the server is shut down; only `exit` may follow");
            return;
        }
        if (method == "shutdown") {
            shut_down = true;
            respond(id, [](JsonWriter& json) { json.null(); });
            return;
        }
        if (method == "initialized" || method.substr(0, 2) == "$/") return;
        if (!has_params) {
            if (!id.empty()) fail(id, invalid_params, "the request has no `params` object");
            return;
        }
        if (method == "textDocument/didOpen") return did_open(params);
        if (method == "textDocument/didChange") return did_change(params);
        if (method == "textDocument/didClose") return did_close(params);
        if (method == "textDocument/didSave") return;
        if (method == "textDocument/hover") return hover(id, params);
        if (method == "textDocument/definition") return definition(id, params);
        if (method == "textDocument/completion") return complete(id, params);
        if (!id.empty()) fail(id, method_not_found, "netral lsp does not support " + std::string(method));
    }

    void initialize(const std::string& id, std::optional<Element> params) {
        if (params) {
            std::string root = path_from_uri(string_at(*params, "rootUri"));
            if (root.empty()) root = std::string(string_at(*params, "rootPath"));
            if (root.empty()) {
                simdjson::dom::array folders;
                if ((*params)["workspaceFolders"].get(folders) == simdjson::SUCCESS)
                    for (Element folder : folders) {
                        root = path_from_uri(string_at(folder, "uri"));
                        if (!root.empty()) break;
                    }
            }
            workspace.set_root(root);
        }
        initialized = true;
        respond(id, [](JsonWriter& json) {
            json.begin_object().field("capabilities").begin_object();
            json.field("textDocumentSync").begin_object().field("openClose").boolean(true).field("change").number(1);
            json.end_object();
            json.field("hoverProvider").boolean(true);
            json.field("definitionProvider").boolean(true);
            json.field("completionProvider").begin_object().field("triggerCharacters").strings({".", "/"}).end_object();
            json.end_object();
            json.field("serverInfo").begin_object().field("name").string("netral").field("version").string(engine_version);
            json.end_object().end_object();
        });
    }

    // ---- documents

    void did_open(Element params) {
        auto document = member(params, "textDocument");
        if (!document) return;
        std::string path = path_from_uri(string_at(*document, "uri"));
        std::string_view text;
        if (path.empty() || (*document)["text"].get(text) != simdjson::SUCCESS) return;
        workspace.open(path, std::string(text));
        publish(path);
    }

    void did_change(Element params) {
        std::string path = path_from_uri(document_uri(params));
        simdjson::dom::array changes;
        if (path.empty() || params["contentChanges"].get(changes) != simdjson::SUCCESS) return;
        // Full sync: the last change holds the whole text.
        std::optional<std::string_view> text;
        for (Element change : changes) {
            std::string_view whole;
            if (change["text"].get(whole) == simdjson::SUCCESS) text = whole;
        }
        if (!text) return;
        workspace.open(path, std::string(*text));
        publish(path);
    }

    void did_close(Element params) {
        std::string path = path_from_uri(document_uri(params));
        if (path.empty()) return;
        workspace.close(path);
        publish(path);
    }

    // Reloads the pack of `path` and sends every one of its files' diagnostics.
    void publish(const std::string& path) {
        std::optional<std::string> root = workspace.pack_root(path);
        if (!root) return;
        PackView* view = workspace.reload(*root);
        if (!view) return;
        std::map<std::string, std::vector<const Diagnostic*>> by_file;
        by_file[path];  // the file changed is always answered, if only with none
        for (const std::string& file : view->published) by_file[file];  // cleared unless still wrong
        for (const Diagnostic& d : view->diagnostics) {
            // Included folders' files are written "ROOT/../bersama/x.netral".
            std::string file = std::filesystem::path(d.location.file).lexically_normal().string();
            // A problem of the whole pack (no manifest) is shown on pack.yaml.
            if (file.empty() || file == view->root) file = view->root + "/pack.yaml";
            // A definition with an error is reported at each use it is
            // written out in: one squiggle is enough.
            std::vector<const Diagnostic*>& list = by_file[file];
            bool repeated = std::any_of(list.begin(), list.end(), [&](const Diagnostic* seen) {
                return seen->location.line == d.location.line && seen->location.column == d.location.column &&
                       seen->code == d.code && seen->message == d.message;
            });
            if (!repeated) list.push_back(&d);
        }
        view->published.clear();
        for (const auto& entry : by_file) {
            // Named references rather than a structured binding: clang 14
            // does not let a lambda capture a binding.
            const std::string& file = entry.first;
            const auto& diagnostics = entry.second;
            if (!diagnostics.empty()) view->published.insert(file);
            std::optional<std::string> text = workspace.text(file);
            notify("textDocument/publishDiagnostics", [&](JsonWriter& json) {
                json.begin_object().field("uri").string(uri_from_path(file)).field("diagnostics").begin_array();
                for (const Diagnostic* d : diagnostics) write_diagnostic(json, *d, text ? *text : std::string());
                json.end_array().end_object();
            });
        }
    }

    static void write_diagnostic(JsonWriter& json, const Diagnostic& d, const std::string& text) {
        std::uint32_t line = d.location.line > 0 ? d.location.line - 1 : 0;
        std::string_view line_text = line_of(text, line);
        std::size_t at = d.location.column > 0 ? d.location.column - 1 : 0;
        Word word = word_at(line_text, at);
        std::size_t end = word.text.empty() || word.start != at ? std::min(at + 1, line_text.size()) : word.end;
        if (end < at) end = at;
        json.begin_object();
        write_range(json, line, utf16_units(line_text, at), utf16_units(line_text, end) + (end == at ? 1 : 0));
        json.field("severity").number(d.severity == Severity::error ? 1 : d.severity == Severity::warning ? 2 : 3);
        if (!d.code.empty()) json.field("code").string(d.code);
        json.field("source").string("netral");
        std::string message = d.message;
        for (const std::string& note : d.notes) message += "\n" + note;
        json.field("message").string(message);
        json.end_object();
    }

    // ---- questions about a word

    struct Place {
        PackView* view = nullptr;
        std::string path;
        Word word;
        std::uint32_t line = 0;
        std::string_view line_text;
        std::string text;
    };

    std::optional<Place> place_of(Element params) {
        Place place;
        place.path = path_from_uri(document_uri(params));
        auto position = position_of(params);
        if (place.path.empty() || !position) return std::nullopt;
        std::optional<std::string> root = workspace.pack_root(place.path);
        if (!root) return std::nullopt;
        place.view = workspace.view(*root);
        if (!place.view) place.view = workspace.reload(*root);
        std::optional<std::string> text = workspace.text(place.path);
        if (!place.view || !text) return std::nullopt;
        place.text = std::move(*text);
        place.line = position->line;
        place.line_text = line_of(place.text, position->line);
        place.word = word_at(place.line_text, byte_offset(place.line_text, position->character));
        return place;
    }

    void hover(const std::string& id, Element params) {
        std::optional<Place> place = place_of(params);
        std::optional<std::string> text;
        if (place && !place->word.text.empty()) text = hover_of(*place->view, place->word.text, place->path);
        respond(id, [&](JsonWriter& json) {
            if (!text) {
                json.null();
                return;
            }
            json.begin_object().field("contents").begin_object().field("kind").string("markdown");
            json.field("value").string(*text).end_object();
            write_range(json, place->line, utf16_units(place->line_text, place->word.start),
                        utf16_units(place->line_text, place->word.end));
            json.end_object();
        });
    }

    void definition(const std::string& id, Element params) {
        std::optional<Place> place = place_of(params);
        std::optional<Location> found;
        if (place && !place->word.text.empty()) found = definition_of(*place->view, place->word.text, place->path);
        std::string target_text = found ? workspace.text(found->file).value_or("") : "";
        respond(id, [&](JsonWriter& json) {
            if (!found) {
                json.null();
                return;
            }
            std::uint32_t line = found->line > 0 ? found->line - 1 : 0;
            std::string_view line_text = line_of(target_text, line);
            std::uint32_t column = utf16_units(line_text, found->column > 0 ? found->column - 1 : 0);
            json.begin_object().field("uri").string(uri_from_path(found->file));
            write_range(json, line, column, column);
            json.end_object();
        });
    }

    void complete(const std::string& id, Element params) {
        std::optional<Place> place = place_of(params);
        std::vector<CompletionItem> items;
        if (place) {
            std::optional<Position> cursor = position_of(params);
            std::size_t at = byte_offset(place->line_text, cursor ? cursor->character : 0);
            items = completions(*place->view, place->line_text.substr(0, at));
        }
        respond(id, [&](JsonWriter& json) {
            json.begin_object().field("isIncomplete").boolean(false).field("items").begin_array();
            for (const CompletionItem& item : items) {
                json.begin_object().field("label").string(item.label).field("kind").number(item.kind);
                json.field("detail").string(item.detail).end_object();
            }
            json.end_array().end_object();
        });
    }
};

Server::Server() : state_(std::make_unique<State>()) {}
Server::~Server() = default;

std::vector<std::string> Server::handle(std::string_view body) {
    state_->out.clear();
    state_->handle(body);
    return std::move(state_->out);
}

bool Server::exited() const { return state_->exited; }
int Server::exit_code() const { return state_->shut_down ? 0 : 1; }

}  // namespace netral::lsp
