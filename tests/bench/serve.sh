#!/usr/bin/env bash
# Speed of `netral serve` on loopback (not a test: it prints figures), with
# wrk (`bash scripts/deps.sh bench`): POST /v1/check of one generated report
# with keep-alive at 1, 16 and 256 connections (requests per second, p50 and
# p99 latency); the server's memory after warm-up and after about a million
# requests; 1,000 concurrent connections; slow clients that trickle their
# requests while a normal client is served.
# Usage: tests/bench/serve.sh BUILD_DIR [SECONDS] [MEMORY_REQUESTS]
#        (defaults: 10 s per load step, 1000000 requests for memory)
# SERVE_THREADS sets --threads (default: netral's).
set -euo pipefail
build=$(realpath "${1:-build}")
seconds=${2:-10}
memory_requests=${3:-1000000}
command -v wrk >/dev/null || { echo "serve.sh: wrk is missing (bash scripts/deps.sh bench)" >&2; exit 1; }
work=$(mktemp -d)
server=
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

"$build/netral" gen --count 1 --seed 7 > "$work/report.json"
cat > "$work/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local file = io.open("$work/report.json", "rb")
wrk.body = file:read("*a")
file:close()
LUA

threads_option=()
[ -n "${SERVE_THREADS:-}" ] && threads_option=(--threads "$SERVE_THREADS")
"$build/netral" serve --port 0 --quiet "${threads_option[@]}" > "$work/port" &
server=$!
for _ in $(seq 50); do [ -s "$work/port" ] && break; sleep 0.1; done
url="http://127.0.0.1:$(cat "$work/port")"
rss() { awk '/VmRSS/ {print int($2 / 1024) " MiB"}' "/proc/$server/status"; }

echo "machine: $(nproc) cores; server: netral serve ${threads_option[*]:-(default threads)}, wrk on the same machine"
echo "report: $(stat -c %s "$work/report.json") bytes; verdict: $(curl -s --data-binary @"$work/report.json" -H 'Content-Type: application/json' "$url/v1/check" | wc -c) bytes"

run() {  # connections, seconds -> a line of figures
  local connections=$1 duration=$2 wrk_threads=2
  [ "$connections" -lt 2 ] && wrk_threads=1
  wrk -t"$wrk_threads" -c"$connections" -d"${duration}s" --latency -s "$work/post.lua" "$url/v1/check" > "$work/wrk.out" 2>&1
  awk -v c="$connections" '
    /Requests\/sec/ {rps = $2}
    /^ +50%/ {p50 = $2} /^ +99%/ {p99 = $2}
    / requests in / {total = $1}
    /Socket errors/ {errors = $0}
    /Non-2xx/ {non2xx = $0}
    END {printf "%5d connections: %9.0f checks/s  p50 %-8s p99 %-8s (%s requests) %s %s\n", c, rps, p50, p99, total, errors, non2xx}' "$work/wrk.out"
}

run 16 2 > /dev/null  # warm-up
echo "after warm-up: $(rss)"
for connections in 1 16 256; do run "$connections" "$seconds"; done

# Memory after about MEMORY_REQUESTS requests at 16 connections.
rate=$(awk '/Requests\/sec/ {print int($2)}' "$work/wrk.out")
[ "$rate" -gt 0 ] || rate=1000
memory_seconds=$(( memory_requests / rate + 1 ))
echo "memory: $(rss) before; $(run 16 "$memory_seconds" | sed 's/^ *//')"
echo "memory: $(rss) after"

echo "1000 concurrent connections:"
run 1000 "$seconds"

# Slow clients: each sends its request one byte every second; meanwhile
# curl asks for /healthz and a check.
slow=${SLOW_CLIENTS:-32}
python3 - "$(cat "$work/port")" "$slow" "$((seconds + 5))" <<'PY' &
import socket, sys, threading, time
port, count, seconds = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])
def trickle():
    s = socket.create_connection(("127.0.0.1", port))
    end = time.time() + seconds
    for byte in b"POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nX-Padding: " + b"a" * 200:
        if time.time() > end:
            break
        try:
            s.send(bytes([byte]))
        except OSError:
            break
        time.sleep(1)
    s.close()
threads = [threading.Thread(target=trickle) for _ in range(count)]
for t in threads: t.start()
for t in threads: t.join()
PY
slow_clients=$!
sleep 2
echo "$slow slow clients (one byte a second):"
for _ in 1 2 3; do
  curl -s -o /dev/null -w "  GET /healthz beside them: %{http_code} in %{time_total} s\n" --max-time 30 "$url/healthz" || echo "  GET /healthz beside them: no answer in 30 s"
  sleep 1
done
run 16 3 | sed 's/^/  beside them: /'
wait "$slow_clients" 2>/dev/null || true
echo "after the slow clients: $(rss)"
