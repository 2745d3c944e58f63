/* netral from C (netral.h): checks the report in a JSON file with the
 * standard pack and prints its verdict as JSON.
 *
 *   cc check_report.c $(pkg-config --cflags --libs netral) -o check_report
 *   ./check_report report.json */
#include <netral/netral.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char** argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: check_report REPORT.json\n");
        return 2;
    }
    FILE* file = fopen(argv[1], "rb");
    if (!file) {
        perror(argv[1]);
        return 1;
    }
    char* text = NULL;
    size_t length = 0, capacity = 0;
    for (;;) {
        if (length == capacity) {
            capacity = capacity ? 2 * capacity : 65536;
            char* grown = realloc(text, capacity);
            if (!grown) return 1;
            text = grown;
        }
        size_t read = fread(text + length, 1, capacity - length, file);
        if (read == 0) break;
        length += read;
    }
    fclose(file);

    netral_pack* pack = NULL;
    char* message = NULL;
    if (netral_pack_load(NULL, &pack, &message) != NETRAL_OK) { /* NULL: the built-in standard pack */
        fprintf(stderr, "%s", message ? message : "");
        netral_free(message);
        return 1;
    }
    char* verdict = NULL;
    netral_status status = netral_check_json(pack, text, length, &verdict, &message);
    if (status == NETRAL_OK)
        fputs(verdict, stdout);
    else
        fprintf(stderr, "netral error %d: %s\n", (int)status, message ? message : "");
    netral_free(verdict);
    netral_free(message);
    netral_pack_free(pack);
    free(text);
    return status == NETRAL_OK ? 0 : 1;
}
