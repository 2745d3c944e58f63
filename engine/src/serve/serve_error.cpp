#include <fmt/format.h>

#include "netral/serve.hpp"
#include "render/json_text.hpp"

namespace netral {

ServeResponse serve_error(int status, std::string_view code, std::string_view message) {
    std::string body = fmt::format("{{\"error\":{{\"status\":{},\"code\":", status);
    append_json_quoted(body, code);
    body += ",\"message\":";
    append_json_quoted(body, message);
    body += "}}\n";
    return {status, "application/json", std::move(body)};
}

}  // namespace netral
