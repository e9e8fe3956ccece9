#!/usr/bin/env bash
# Builds Delaktig if needed and starts the demo (the URLs are printed once the child portal,
# the last part to come up, answers): Felix with the reference host and the plugin,
# an embedded H2 database under ./delaktig-data (kept between runs), demo data on first start.
#   PORT=8081 ./demo.sh                 another port
#   DELAKTIG_DATA=/tmp/x ./demo.sh      another data folder
#   ./demo.sh --rebuild                 build even if nothing changed
set -euo pipefail
cd "$(dirname "$0")"
port="${PORT:-8080}"
data="${DELAKTIG_DATA:-./delaktig-data}"
launcher=features/target/delaktig-launcher.jar

for tool in java mvn; do
  command -v "$tool" >/dev/null || { echo "demo.sh: $tool is needed (Java 17 and Maven 3.8+)" >&2; exit 1; }
done

needs_build() {
  [ "${1:-}" = "--rebuild" ] && return 0
  [ -f "$launcher" ] || return 0
  # Any source or build file newer than the launcher means the build is stale.
  [ -n "$(find pom.xml bundles features/pom.xml features/src -newer "$launcher" -type f \
          \( -name '*.java' -o -name '*.xml' -o -name '*.json' -o -name '*.vm' -o -name '*.properties' \
             -o -name '*.sql' -o -name '*.css' -o -name '*.js' -o -name '*.svg' -o -name '*.txt' \) -not -path '*/target/*' -print -quit)" ]
}

if needs_build "${1:-}"; then
  echo "Building Delaktig (first time: a few minutes while Maven downloads the libraries)..."
  mvn -q -B -DskipTests package
fi

echo "Starting on http://localhost:${port}/host/ with data in ${data} ..."
# A small heap, the serial collector and C1 only: quicker start and less memory for a demo.
exec java -Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
  -Djava.util.logging.config.file=features/src/main/demo/logging.properties \
  -Dorg.slf4j.simpleLogger.log.org.eclipse.jetty=warn -Dorg.slf4j.simpleLogger.showDateTime=true \
  -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss \
  -jar "$launcher" --port "$port" --data "$data" \
  --ready-path /delaktig/portal/ --banner features/src/main/demo/banner.txt \
  --property gosh.args=--noshutdown
