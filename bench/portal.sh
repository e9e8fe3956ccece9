#!/usr/bin/env bash
# Page weight of the child portal, as served (cold: HTML + every CSS/JS it links; pictures apart).
# Usage: bench/portal.sh http://localhost:8080 CODE   (CODE: a fresh short code, e.g. from the
# staff REST API: POST /delaktig/api/cases/<case>/invitations {"channelId":"print",...} as anna).
# Throughput under load (50 children) is not written yet.
set -euo pipefail
base=${1:?base URL}; code=${2:?short code}
jar=$(mktemp); trap 'rm -f "$jar"' EXIT
weigh() { # path -> bytes of the page and its linked css/js, and number of requests
  local html; html=$(curl -s -b "$jar" -c "$jar" -H 'Accept-Encoding: gzip' "$base$1")
  local total; total=$(curl -s -b "$jar" -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "$base$1")
  local n=1
  for a in $(grep -o '/delaktig/portal/assets/portal\.[0-9a-f]*\.\(css\|js\)' <<<"$html" | sort -u); do
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
