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
inputs_stamp=features/target/demo-inputs.sha256 # the inputs_hash of the last build

for tool in java mvn; do
  command -v "$tool" >/dev/null || { echo "demo.sh: $tool is needed (Java 17 and Maven 3.8+)" >&2; exit 1; }
done

# The files a build reads (not what it writes to target/): the poms, every file under a src folder
# (any type: a new kind of resource, such as a recording, must count too) and the NOTICE files.
# Extra arguments go to find.
build_inputs() {
  find pom.xml bundles features/pom.xml features/src -type f -not -path '*/target/*' \
    \( -name pom.xml -o -name NOTICE -o -path '*/src/*' \) "$@"
}

# A hash of the sorted list of input paths: it changes when a file is added, deleted or renamed.
inputs_hash() {
  build_inputs | LC_ALL=C sort | sha256sum | cut -d' ' -f1
}

# Prints how to build: "clean" when the set of inputs differs from the last build's (Maven without
# clean would keep a deleted component's DS and metatype XML in target/), "package" when an input
# is newer than the launcher (or --rebuild), nothing when the build is current.
build_kind() {
  local hash="$1" option="${2:-}"
  if [ ! -f "$inputs_stamp" ] || [ "$(cat "$inputs_stamp")" != "$hash" ]; then
    echo clean
  elif [ "$option" = "--rebuild" ] || [ ! -f "$launcher" ] || [ -n "$(build_inputs -newer "$launcher" -print -quit)" ]; then
    echo package
  fi
}

inputs=$(inputs_hash)
kind=$(build_kind "$inputs" "${1:-}")
if [ -n "$kind" ]; then
  echo "Building Delaktig (first time: a few minutes while Maven downloads the libraries)..."
  if [ "$kind" = clean ]; then
    mvn -q -B -DskipTests clean package
  else
    mvn -q -B -DskipTests package
  fi
  echo "$inputs" > "$inputs_stamp"
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
