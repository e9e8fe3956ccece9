#!/usr/bin/env bash
# Start-up benchmark: time from JVM start until both the reference host's sign-in page and the
# plugin's child portal answer HTTP 200 (as demo.sh waits before printing the URLs), and the
# JVM's resident memory once ready, for the demo assembly (reference host + plugin). Each run uses
# a fresh data folder (so the first start seeds the demo data) and then restarts on the same data.
#   bench/startup.sh [runs]        default 3 runs per JVM setting
# Prints figures; asserts nothing. Build first (./demo.sh or mvn -DskipTests package).
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
launcher=features/target/delaktig-launcher.jar
[ -f "$launcher" ] || { echo "build first: mvn -q -DskipTests package" >&2; exit 1; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

# one_start DATA_DIR JVM_FLAGS... : prints "<ms until ready> <RSS MiB after ready>"
one_start() {
  local data="$1"; shift
  local port; port=$(free_port)
  local start; start=$(date +%s%N)
  java "$@" -jar "$launcher" --port "$port" --data "$data" >"$data.log" 2>&1 &
  local pid=$!
  local deadline=$(( $(date +%s) + 120 )) ms=""
  while [ "$(date +%s)" -lt "$deadline" ]; do
    # Ready = the host's sign-in page and the plugin's child portal (the last part to come up) answer.
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/host/login" || true)" = 200 ] \
       && [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/delaktig/portal/" || true)" = 200 ]; then
      ms=$(( ($(date +%s%N) - start) / 1000000 )); break
    fi
    sleep 0.05
  done
  sleep 2 # let start-up work settle before reading memory
  local rss_kb; rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  [ -n "$ms" ] || { echo "no HTTP 200 within 120 s; see $data.log" >&2; exit 1; }
  echo "$ms $(( rss_kb / 1024 ))"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }

measure() {
  local label="$1"; shift
  local first=() again=() rss=()
  for i in $(seq "$runs"); do
    local data; data=$(mktemp -d)/data
    read -r ms mb < <(one_start "$data" "$@"); first+=("$ms")
    read -r ms2 mb2 < <(one_start "$data" "$@"); again+=("$ms2"); rss+=("$mb2")
    rm -rf "$(dirname "$data")"
  done
  printf '%-44s first start %5s ms   restart %5s ms   RSS %4s MiB   (median of %s)\n' "$label" \
    "$(printf '%s\n' "${first[@]}" | median)" "$(printf '%s\n' "${again[@]}" | median)" \
    "$(printf '%s\n' "${rss[@]}" | median)" "$runs"
}

echo "Delaktig start-up on $(nproc) cores, $(java -version 2>&1 | head -1)"
measure "as demo.sh (-Xmx128m SerialGC C1 only)" -Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1
measure "JVM defaults (G1, C2, heap by machine)"
