// The page's Content-Security-Policy: only its own inline script (by its
// SHA-256, worked out from the page built into the program) runs, and it
// talks only to the server it came from.
#include <openssl/evp.h>
#include <string>
#include <string_view>

#include "netral/serve.hpp"

namespace netral {

std::string_view serve_page_html();  // embedded_page.cpp

namespace {

std::string base64_sha256(std::string_view text) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_Digest(text.data(), text.size(), digest, &length, EVP_sha256(), nullptr);
    std::string encoded(4 * ((length + 2) / 3) + 1, '\0');
    int written = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(encoded.data()), digest, static_cast<int>(length));
    encoded.resize(static_cast<std::size_t>(written));
    return encoded;
}

// The text between the page's one <script> and </script>.
std::string_view inline_script(std::string_view page) {
    std::size_t open = page.find("<script>");
    std::size_t close = page.find("</script>");
    if (open == std::string_view::npos || close == std::string_view::npos || close < open) return {};
    open += std::string_view("<script>").size();
    return page.substr(open, close - open);
}

}  // namespace

const char* Service::page_security_policy() {
    // Styles: the kajian previewed in a sandboxed frame carries its own
    // <style>, and a frame's document inherits this policy.
    static const std::string policy = "default-src 'none'; script-src 'sha256-" +
                                      base64_sha256(inline_script(serve_page_html())) +
                                      "'; style-src 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; "
                                      "frame-src 'self' blob: data:; base-uri 'none'; form-action 'none'; "
                                      "frame-ancestors 'none'";
    return policy.c_str();
}

ServeResponse Service::page() const { return {200, "text/html; charset=utf-8", std::string(serve_page_html())}; }

}  // namespace netral
