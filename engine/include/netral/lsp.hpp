// `netral lsp`: a language server for rule packs (Language Server Protocol,
// JSON-RPC 2.0). The server never touches standard input or output: the
// caller feeds it the bytes it reads (FrameReader cuts them into messages by
// their Content-Length headers) and writes what handle() returns, framed.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace netral::lsp {

// Cuts a byte stream into message bodies: headers ("Content-Length: N",
// others ignored) ending with an empty line, then N bytes.
class FrameReader {
public:
    void feed(std::string_view bytes);
    // The next whole body, or nullopt until more bytes arrive.
    std::optional<std::string> next();
    // A header block without a valid Content-Length (or an absurd one): the
    // stream cannot be resynchronised.
    bool broken() const { return !broken_reason_.empty(); }
    const std::string& broken_reason() const { return broken_reason_; }

    static constexpr std::size_t max_body_bytes = std::size_t{64} << 20;

private:
    std::string buffer_;
    std::size_t start_ = 0;
    std::string broken_reason_;
};

// "Content-Length: N\r\n\r\n" followed by the body.
std::string frame(std::string_view body);

class Server {
public:
    Server();
    ~Server();
    Server(const Server&) = delete;
    Server& operator=(const Server&) = delete;

    // One message's body in, the bodies to send back out (responses and
    // notifications such as textDocument/publishDiagnostics), in order.
    std::vector<std::string> handle(std::string_view body);

    // After `exit`: stop reading; the process's exit code (0 after `shutdown`).
    bool exited() const;
    int exit_code() const;

private:
    struct State;
    std::unique_ptr<State> state_;
};

}  // namespace netral::lsp
