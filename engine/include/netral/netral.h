/* netral's C API: load a rule pack, check incident reports given as JSON
 * text, get verdicts as JSON text (docs/verdict-format.md). For programs in
 * other languages (Python through ctypes: examples/python/), see
 * docs/embedding.md.
 *
 * Errors are values: every function returns a netral_status, never aborts,
 * never prints and never exits. Strings it returns are NUL-terminated UTF-8,
 * allocated by netral, and freed with netral_free. A loaded pack is
 * immutable: any number of threads may check with it at the same time. */
#ifndef NETRAL_NETRAL_H
#define NETRAL_NETRAL_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum netral_status {
    NETRAL_OK = 0,
    NETRAL_ERROR_ARGUMENT = 1, /* a null pointer where one is needed */
    NETRAL_ERROR_PACK = 2,     /* the pack cannot be read or has errors; the message lists them */
    NETRAL_ERROR_INPUT = 3,    /* the text holds no report, or more than one where one is expected */
    NETRAL_ERROR_MEMORY = 4,   /* out of memory */
    NETRAL_ERROR_INTERNAL = 5  /* anything else; a bug to report */
} netral_status;

typedef struct netral_pack netral_pack;

/* The version of the library, "netral 0.1.0". Static: do not free. */
const char* netral_version(void);

/* Loads the pack in `folder`, or, when `folder` is NULL or "", every
 * standard pack built into the library (civil servants, village heads and
 * officials, TNI and Polri; each report goes to the pack that covers its
 * actor, and its verdict's `rulepack` names it). On success *pack is set; free it with
 * netral_pack_free. On failure *pack is NULL and, when `message` is not
 * NULL, *message holds the diagnostics (file:line:column CODE text). */
netral_status netral_pack_load(const char* folder, netral_pack** pack, char** message);

/* Frees a pack; NULL is allowed. No check may be running with it. */
void netral_pack_free(netral_pack* pack);

/* Checks the report(s) in `json` (`length` bytes; it need not end in NUL):
 * a JSON object gives one verdict object, a JSON array an array of
 * verdicts, each as docs/verdict-format.md. A report that cannot be read is
 * NETRAL_OK with an `invalid` verdict that says why, as on the command line.
 * On success *verdict holds the JSON text; on failure it is NULL and
 * *message (when not NULL) says why. */
netral_status netral_check_json(const netral_pack* pack, const char* json, size_t length, char** verdict,
                                char** message);

/* The packs' texts that verdicts refer to by id, as JSON: what GET /v1/pack
 * of `netral serve` gives (the first pack's `netral pack` object, the labels
 * of facts and values, and `packs`: every pack's object). */
netral_status netral_pack_json(const netral_pack* pack, char** json, char** message);

/* Frees a string netral returned; NULL is allowed. */
void netral_free(char* text);

#ifdef __cplusplus
}
#endif

#endif /* NETRAL_NETRAL_H */
