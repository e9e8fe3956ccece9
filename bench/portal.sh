#!/usr/bin/env bash
# Page weight of the child portal, as served (cold: HTML + every CSS/JS it links; pictures apart).
# Usage: bench/portal.sh http://localhost:8080 CODE   (CODE: a fresh short code, e.g. from the
# staff REST API: POST /delaktig/api/cases/<case>/invitations {"channelId":"print",...} as anna).
#
# Throughput:  bench/portal.sh load [children=50] [warmup_s=10] [measure_s=60] [runs=3] [modes=script,plain,bare]
# starts the demo (features/target/delaktig-launcher.jar, build it first) on a free loopback port
# with a fresh data folder and without the generated history, runs bench/PortalLoad.java against
# it (each child: own code, session, connection; in every run: 'script' = one POST of an answer
# answered 200 with the next page, as the portal's script posts; 'plain' = POST + 303 + GET, as
# without JavaScript; 'bare' = the bare endpoint /host/health on the same connections), prints
# answers/s, p50, p99, errors and the load average per run and the median of the runs, and stops
# the demo by its pid. DEMO_JAVA_OPTS replaces the server's JVM options (default -Xmx512m), e.g.
# DEMO_JAVA_OPTS="-Xmx512m -XX:StartFlightRecording=filename=/tmp/portal.jfr,settings=profile".
# DEMO_LAUNCHER=<copy of features/target>/delaktig-launcher.jar runs a snapshot of a build (its
# classes/features and repository next to it), so that other builds cannot change it mid-run.
# Manual only: nothing in the build or CI calls this script.
set -euo pipefail
if [[ "${1:-}" == load ]]; then
  here=$(cd "$(dirname "$0")" && pwd); root=$(dirname "$here")
  jar=${DEMO_LAUNCHER:-$root/features/target/delaktig-launcher.jar}
  [[ -f $jar ]] || { echo "build first: mvn -o -DskipTests install" >&2; exit 1; }
  work=$(mktemp -d); mkdir -p "$work/data/config"
  printf 'seed.responses=0\npooled.file=true\n' > "$work/data/config/se.delaktig.statistics.demo.cfg"
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  java ${DEMO_JAVA_OPTS:--Xmx512m} -jar "$jar" --port "$port" --data "$work/data" > "$work/server.log" 2>&1 &
  pid=$!; trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$work"' EXIT
  for _ in $(seq 120); do curl -sf "http://localhost:$port/host/health" >/dev/null && break; sleep 1; done
  curl -sf "http://localhost:$port/host/health" >/dev/null || { tail -20 "$work/server.log"; exit 1; }
  echo "demo pid $pid on http://localhost:$port (${DEMO_JAVA_OPTS:--Xmx512m}), $(nproc) CPUs"
  echo "before: $(uptime)"
  java -Xmx256m "$here/PortalLoad.java" "http://localhost:$port" "${2:-50}" "${3:-10}" "${4:-60}" "${5:-3}" /host/health "${6:-script,plain,bare}"
  echo "after: $(uptime)"
  exit 0
fi
base=${1:?base URL}; code=${2:?short code}
jar=$(mktemp); trap 'rm -f "$jar"' EXIT
weigh() { # path -> bytes of the page and its linked css/js, and number of requests
  local html; html=$(curl -s -b "$jar" -c "$jar" -H 'Accept-Encoding: gzip' "$base$1")
  local total; total=$(curl -s -b "$jar" -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "$base$1")
  local n=1
  for a in $(grep -o '/delaktig/static/portal/portal-[0-9a-f]*\.\(css\|js\)' <<<"$html" | sort -u); do
    total=$((total + $(curl -s -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "$base$a"))); n=$((n+1))
  done
  printf '%-40s %6d bytes in %d requests\n' "$1" "$total" "$n"
}
weigh /delaktig/portal/
curl -s -b "$jar" -c "$jar" -o /dev/null -d "code=$code" "$base/delaktig/portal/"
weigh /delaktig/portal/intro
first=$(curl -s -b "$jar" "$base/delaktig/portal/intro" | grep -o 'href="/delaktig/portal/q/[^"]*"' | head -1 | cut -d'"' -f2)
weigh "$first"
weigh /delaktig/portal/review
weigh /delaktig/portal/thanks
