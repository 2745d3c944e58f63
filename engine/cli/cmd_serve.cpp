// netral serve: the check, review and pack endpoints (docs/serve.md) and the
// case handlers' page over HTTP, with one pack loaded once and shared by
// every worker thread.
#include <CLI/CLI.hpp>
#include <csignal>
#include <cstring>
#include <fmt/format.h>
#include <httplib.h>
#include <pthread.h>
#include <sys/socket.h>
#include <thread>

#include "cli.hpp"
#include "netral/serve.hpp"

namespace netral::cli {
namespace {

struct ServeCommand {
    std::vector<std::string> rules;
    std::string host = "127.0.0.1";
    int port = 8080;
    unsigned threads = 64;
    std::size_t max_body_bytes = ServeLimits{}.max_body_bytes;
    std::size_t max_record_bytes = default_max_record_bytes;
    std::size_t max_records = ServeLimits{}.max_records;
    std::size_t max_depth = ServeLimits{}.max_depth;
    unsigned max_seconds = 10;
    unsigned idle_seconds = 5;
    bool quiet = false;
};

ServeRequest request_of(const httplib::Request& request) {
    ServeRequest serve{request.body, {}, {}};
    auto type = request.headers.find("Content-Type");
    if (type != request.headers.end()) serve.content_type = type->second;
    for (const auto& [key, value] : request.params) serve.query.emplace(key, value);  // the first of each name
    return serve;
}

void reply(httplib::Response& response, const ServeResponse& serve) {
    response.status = serve.status;
    response.set_content(serve.body, serve.content_type.c_str());
}

// An endpoint: the Service's answer, and a JSON 500 if anything throws
// (which the library's functions do not do by design).
template <class Endpoint>
httplib::Server::Handler endpoint(Endpoint answer) {
    return [answer](const httplib::Request& request, httplib::Response& response) {
        try {
            reply(response, answer(request));
        } catch (const std::exception& e) {
            reply(response, serve_error(500, "internal", e.what()));
        }
    };
}

httplib::Server::Handler method_not_allowed(const char* allowed) {
    return [allowed](const httplib::Request& request, httplib::Response& response) {
        response.set_header("Allow", allowed);
        reply(response, serve_error(405, "method_not_allowed",
                                    fmt::format("{} {} is not served; use {}", request.method, request.path, allowed)));
    };
}

void add_routes(httplib::Server& server, std::shared_ptr<const Service> service) {
    server.Post("/v1/check", endpoint([service](const httplib::Request& r) { return service->check(request_of(r)); }));
    server.Post("/v1/review", endpoint([service](const httplib::Request& r) { return service->review(request_of(r)); }));
    server.Get("/v1/pack", endpoint([service](const httplib::Request&) { return service->pack(); }));
    server.Get("/healthz", endpoint([service](const httplib::Request&) { return service->health(); }));
    server.Get("/", [service](const httplib::Request&, httplib::Response& response) {
        response.set_header("Content-Security-Policy", Service::page_security_policy());
        response.set_header("Referrer-Policy", "no-referrer");
        response.set_header("X-Frame-Options", "DENY");
        reply(response, service->page());
    });
    server.Get("/v1/check", method_not_allowed("POST"));
    server.Get("/v1/review", method_not_allowed("POST"));
    server.Post("/v1/pack", method_not_allowed("GET"));
    server.Post("/healthz", method_not_allowed("GET"));
    server.Post("/", method_not_allowed("GET"));
    // What the server refuses itself (no such path, a body over the limit,
    // a request it cannot parse) gets a JSON error too.
    server.set_error_handler([](const httplib::Request& request, httplib::Response& response) {
        if (!response.body.empty()) return;
        const char* code = response.status == 404   ? "not_found"
                           : response.status == 413 ? "body_too_large"
                           : response.status == 414 ? "uri_too_long"
                                                    : "bad_request";
        std::string message = response.status == 404 ? fmt::format("no endpoint at {}", request.path)
                              : response.status == 413
                                  ? "the request body is larger than the server's limit (--max-body-size)"
                                  : "the request cannot be read";
        reply(response, serve_error(response.status, code, message));
    });
    server.set_exception_handler([](const httplib::Request&, httplib::Response& response, std::exception_ptr) {
        reply(response, serve_error(500, "internal", "the request could not be answered"));
    });
}

// cpp-httplib listens with a backlog of 5 connections (built into Debian's
// libcpp-httplib.so): 16 clients connecting at once overflow it and are
// reset. listen() again on the bound socket sets the kernel's largest.
class Server : public httplib::Server {
public:
    bool widen_backlog() { return ::listen(svr_sock_, SOMAXCONN) == 0; }
};

// SIGTERM and SIGINT stop the server from a thread of their own (a signal
// handler may not call stop()); the requests in flight are finished. Set up
// before the pack is loaded: a signal during loading stops the server as
// soon as it runs, instead of killing the process half-way.
class StopOnSignal {
public:
    explicit StopOnSignal(httplib::Server& server) {
        sigemptyset(&signals_);
        for (int signal : {SIGTERM, SIGINT, SIGUSR1}) sigaddset(&signals_, signal);
        pthread_sigmask(SIG_BLOCK, &signals_, nullptr);  // before any worker starts: they inherit it
        waiter_ = std::thread([this, &server] {
            int received = 0;
            sigwait(&signals_, &received);
            if (received == SIGUSR1) return;  // the server ended by itself
            signalled_ = true;
            // stop() does nothing to a server not yet listening.
            while (!server.is_running() && !finished_) std::this_thread::sleep_for(std::chrono::milliseconds(10));
            server.stop();
        });
    }
    ~StopOnSignal() {
        finished_ = true;
        if (!signalled_) pthread_kill(waiter_.native_handle(), SIGUSR1);
        waiter_.join();
        // The signals stay blocked: a second SIGTERM sent while the server
        // finished must not kill it on the way out.
    }
    bool signalled() const { return signalled_; }

private:
    sigset_t signals_;
    std::atomic<bool> signalled_ = false;
    std::atomic<bool> finished_ = false;
    std::thread waiter_;
};

int run_serve(const ServeCommand& options) {
    Server server;
    StopOnSignal stop(server);
    std::shared_ptr<const PackSet> packs = load_packs_or_report(options.rules, true);
    if (!packs) return exit_failed;
    ServeLimits limits;
    limits.max_body_bytes = options.max_body_bytes;
    limits.max_record_bytes = options.max_record_bytes;
    limits.max_records = options.max_records;
    limits.max_depth = options.max_depth;
    limits.max_time = std::chrono::seconds(options.max_seconds);
    Diagnostics problems;
    std::shared_ptr<const Service> service = Service::create(packs, limits, problems);
    for (const Diagnostic& d : problems) fmt::print(stderr, "{}", format_diagnostic(d, {}));
    if (!service) return exit_failed;

    unsigned threads = options.threads;
    server.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
    server.set_payload_max_length(limits.max_body_bytes);
    // A client that stops sending (or reading) is dropped, freeing its thread.
    server.set_read_timeout(options.idle_seconds, 0);
    server.set_write_timeout(options.idle_seconds, 0);
    server.set_keep_alive_timeout(options.idle_seconds);
    server.set_keep_alive_max_count(1000);
    // Headers and body go out in two writes: without TCP_NODELAY, Nagle and
    // the client's delayed ACK hold every answer for 40 ms.
    server.set_tcp_nodelay(true);
    server.set_default_headers({{"X-Content-Type-Options", "nosniff"}, {"Cache-Control", "no-store"}});
    add_routes(server, service);

    int port = options.port;
    if (port == 0) {
        port = server.bind_to_any_port(options.host);
    } else if (!server.bind_to_port(options.host, port)) {
        port = -1;
    }
    if (port < 0 || !server.widen_backlog()) {
        print_message(fmt::format("cannot listen on {}:{}: {}", options.host, options.port, std::strerror(errno)));
        return exit_failed;
    }
    std::string names;  // "asn-netralitas 2024.1, kepala-desa 2024.1, …"
    for (const auto& pack : packs->packs())
        names += (names.empty() ? "" : ", ") + identity(*pack).name + " " + identity(*pack).version;
    if (!options.quiet)
        print_message(fmt::format("serving {} on http://{}:{}/ with {} threads (SIGTERM or Ctrl-C stops)", names,
                                  options.host.find(':') != std::string::npos ? "[" + options.host + "]" : options.host,
                                  port, threads));
    // The port on standard output too, for scripts that gave --port 0.
    fmt::print("{}\n", port);
    std::fflush(stdout);
    server.listen_after_bind();
    if (!options.quiet) print_message(stop.signalled() ? "stopped" : "the server stopped");
    return stop.signalled() ? exit_ok : exit_failed;
}

}  // namespace

void add_serve_command(CLI::App& app) {
    auto options = std::make_shared<ServeCommand>();
    CLI::App* command = app.add_subcommand(
        "serve", "Serve the check, review and pack endpoints and the case handlers' page over HTTP");
    add_routed_rules_option(*command, options->rules);
    command->add_option("--host", options->host,
                        "Address to listen on; 0.0.0.0 opens the server to the network (no authentication: put it "
                        "behind a proxy that has some)")
        ->capture_default_str();
    command->add_option("--port,-p", options->port, "Port to listen on; 0 picks a free one (printed on standard output)")
        ->check(CLI::Range(0, 65535))
        ->capture_default_str();
    command->add_option("--threads", options->threads,
                        "Worker threads; each serves one connection at a time, so this is also how many clients "
                        "are served at once (others wait)")
        ->check(CLI::Range(1u, 4096u))
        ->capture_default_str();
    command->add_option("--max-body-size", options->max_body_bytes, "Largest request body, e.g. 8MB (413 beyond; default: 8MB)")
        ->transform(CLI::AsSizeValue(false))
        ->check(CLI::Range(std::size_t{1}, std::size_t{1} << 34));
    add_max_record_size_option(*command, options->max_record_bytes);
    command->add_option("--max-reports", options->max_records, "Most reports in one request (413 beyond)")
        ->capture_default_str();
    command->add_option("--max-depth", options->max_depth, "Deepest nesting of a request body (400 beyond)")
        ->capture_default_str();
    command->add_option("--max-time", options->max_seconds, "Seconds one request may take to check (408 beyond)")
        ->check(CLI::Range(1u, 3600u))
        ->capture_default_str();
    command->add_option("--idle-timeout", options->idle_seconds,
                        "Seconds a client may stay silent while sending or reading, or idle between requests, "
                        "before its connection is closed")
        ->check(CLI::Range(1u, 3600u))
        ->capture_default_str();
    command->add_flag("--quiet,-q", options->quiet, "No start and stop lines on standard error");
    command->footer(
        "Endpoints: POST /v1/check, POST /v1/review, GET /v1/pack, GET /healthz, and the page at /.\n"
        "Examples:\n"
        "  netral serve\n"
        "  curl -s --data-binary @report.json -H 'Content-Type: application/json' localhost:8080/v1/check\n"
        "Docs: docs/serve.md");
    command->callback([options] { exit_status() = run_serve(*options); });
}

}  // namespace netral::cli
