// The C API (netral.h) over the C++ library: every call catches what the C++
// side may throw and returns it as a status, since an exception must not
// cross into C (or Python).
#include "netral/netral.h"

#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>
#include <string>

#include "netral/check.hpp"
#include "netral/pack.hpp"
#include "netral/pack_set.hpp"
#include "netral/render.hpp"
#include "netral/serve.hpp"
#include "netral/version.hpp"

struct netral_pack {
    std::shared_ptr<const netral::PackSet> packs;
    std::shared_ptr<const netral::Service> service;  // the same reading and rendering as POST /v1/check
};

namespace {

// A copy the caller frees with netral_free (std::free), or null.
char* c_string(std::string_view text) {
    char* copy = static_cast<char*>(std::malloc(text.size() + 1));
    if (!copy) return nullptr;
    std::memcpy(copy, text.data(), text.size());
    copy[text.size()] = '\0';
    return copy;
}

void set_message(char** message, std::string_view text) {
    if (message) *message = c_string(text);
}

template <class Body>
netral_status guarded(char** message, Body body) {
    if (message) *message = nullptr;
    try {
        return body();
    } catch (const std::bad_alloc&) {
        set_message(message, "out of memory");
        return NETRAL_ERROR_MEMORY;
    } catch (const std::exception& e) {
        set_message(message, e.what());
        return NETRAL_ERROR_INTERNAL;
    } catch (...) {
        set_message(message, "unknown error");
        return NETRAL_ERROR_INTERNAL;
    }
}

netral_status returned(std::string_view text, char** out, char** message) {
    *out = c_string(text);
    if (*out) return NETRAL_OK;
    set_message(message, "out of memory");
    return NETRAL_ERROR_MEMORY;
}

}  // namespace

extern "C" {

const char* netral_version(void) { return netral::engine_version; }

netral_status netral_pack_load(const char* folder, netral_pack** pack, char** message) {
    if (!pack) {
        set_message(message, "netral_pack_load: pack is NULL");
        return NETRAL_ERROR_ARGUMENT;
    }
    *pack = nullptr;
    return guarded(message, [&] {
        std::vector<netral::PackSource> sources;
        netral::Diagnostics read_errors;
        if (folder && *folder) {
            auto read = netral::read_pack_folder(folder, read_errors);
            bool failed = !read;
            for (const netral::Diagnostic& d : read_errors) failed = failed || d.severity == netral::Severity::error;
            if (failed) {
                std::string text;
                for (const netral::Diagnostic& d : read_errors) text += netral::format_diagnostic(d, {});
                set_message(message, text);
                return NETRAL_ERROR_PACK;
            }
            sources.push_back(std::move(*read));
        } else {
            sources = netral::embedded_standard_packs();
        }
        std::vector<std::shared_ptr<const netral::Pack>> loaded_packs;
        std::string text;
        netral::LoadOptions options;
        options.check_examples = false;  // the API checks reports; `netral lint` reads the examples
        for (netral::PackLoad& loaded : netral::load_packs(sources, options)) {
            for (const netral::Diagnostic& d : loaded.diagnostics)
                if (d.severity == netral::Severity::error) text += netral::format_diagnostic(d, loaded.sources);
            if (!loaded.pack) {
                set_message(message, text);
                return NETRAL_ERROR_PACK;
            }
            loaded_packs.push_back(std::move(loaded.pack));
        }
        std::string set_error;
        auto packs = netral::PackSet::make(std::move(loaded_packs), set_error);
        if (!packs) {
            set_message(message, set_error);
            return NETRAL_ERROR_PACK;
        }
        netral::Diagnostics problems;
        // A library caller chose what to send: no limit on size or count.
        netral::ServeLimits limits;
        limits.max_body_bytes = SIZE_MAX;
        limits.max_records = SIZE_MAX;
        limits.max_time = std::chrono::hours(24 * 365);
        auto service = netral::Service::create(packs, limits, problems);
        if (!service) {
            for (const netral::Diagnostic& d : problems) text += netral::format_diagnostic(d, {});
            set_message(message, text);
            return NETRAL_ERROR_PACK;
        }
        *pack = new netral_pack{std::move(packs), std::move(service)};
        return NETRAL_OK;
    });
}

void netral_pack_free(netral_pack* pack) { delete pack; }

netral_status netral_check_json(const netral_pack* pack, const char* json, size_t length, char** verdict,
                                char** message) {
    if (verdict) *verdict = nullptr;
    if (!pack || !verdict || (!json && length > 0)) {
        set_message(message, "netral_check_json: pack, json and verdict must not be NULL");
        return NETRAL_ERROR_ARGUMENT;
    }
    return guarded(message, [&] {
        netral::ServeRequest request{std::string_view(json ? json : "", length), "application/json", {}};
        netral::ServeResponse response = pack->service->check(request);
        if (response.status != 200) {
            set_message(message, response.body);  // the JSON error: no report, too large, too deep
            return NETRAL_ERROR_INPUT;
        }
        return returned(response.body, verdict, message);
    });
}

netral_status netral_pack_json(const netral_pack* pack, char** json, char** message) {
    if (json) *json = nullptr;
    if (!pack || !json) {
        set_message(message, "netral_pack_json: pack and json must not be NULL");
        return NETRAL_ERROR_ARGUMENT;
    }
    return guarded(message, [&] { return returned(pack->service->pack().body, json, message); });
}

void netral_free(char* text) { std::free(text); }

}  // extern "C"
