#!/usr/bin/env bash
# Runs every test: unit tests, the Pax Exam tests that boot Felix with the real features, and the
# browser tests (Playwright driving Debian's Chromium, axe-core). Installs Chromium with apt when it
# is missing (as root, or through sudo). Extra arguments go to Maven, e.g. ./test.sh -o
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v chromium >/dev/null 2>&1; then
  packages="chromium fonts-dejavu-core fonts-liberation"
  echo "test.sh: installing Debian's $packages for the browser tests"
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $packages
  elif command -v sudo >/dev/null 2>&1; then
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $packages
  else
    echo "test.sh: the browser tests need Debian's chromium; install it: apt-get install $packages" >&2
    exit 1
  fi
fi

exec mvn verify "$@"
