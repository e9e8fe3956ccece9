#!/usr/bin/env bash
# Statistics benchmark (a benchmark, not a timed test; never run in CI): generates sent responses of
# 40 answers each into an H2 file database with the portal's answers table (V003), feeding the
# incremental aggregates as they are written, then measures in one run the full manager dashboard
# from the aggregates against one raw SQL GROUP BY over the answers table for the same figures.
#   bench/statistics.sh                     1,000,000 responses (~40 million answers; ~5 GB, ~15 minutes)
#   bench/statistics.sh --responses 20000   a quick run
# Prints figures; asserts nothing. Needs a built reactor (mvn -q -o -DskipTests install).
set -euo pipefail
cd "$(dirname "$0")/.."
module=bundles/statistics
mvn -q -o -f "$module/pom.xml" test-compile
deps=$(mktemp); trap 'rm -f "$deps"' EXIT
mvn -q -o -f "$module/pom.xml" dependency:build-classpath -Dmdep.outputFile="$deps" >/dev/null
cp="$module/target/classes:$module/target/test-classes:$(cat "$deps")"
java -Xmx6g -XX:+UseParallelGC -cp "$cp" se.delaktig.statistics.web.StatisticsBench --dir "$module/target/bench" "$@"
