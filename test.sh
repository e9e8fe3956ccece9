#!/usr/bin/env bash
# Runs every test: unit tests, the Pax Exam tests that boot Felix with the real features, and the
# browser tests (Playwright driving Debian's Chromium, axe-core), and the store's tests on PostgreSQL.
# Installs Chromium and PostgreSQL with apt when they are missing (as root, or through sudo). Extra
# arguments go to Maven, e.g. ./test.sh -o
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

# The store's tests also run on a throwaway PostgreSQL cluster of their own (initdb + pg_ctl, see
# bundles/store/README.md): Debian's server binaries are needed. Installed without creating or
# starting Debian's default cluster ("main"). -Dstore.postgresql=skip skips those tests instead.
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && ! command -v initdb >/dev/null 2>&1 \
    && [[ " $* " != *" -Dstore.postgresql=skip "* ]]; then
  echo "test.sh: installing Debian's postgresql (server binaries only; no cluster is created or started)"
  sudo=""
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
      sudo=sudo
    else
      echo "test.sh: the store's PostgreSQL tests need Debian's postgresql; install it (apt-get install postgresql)" \
        "or run ./test.sh -Dstore.postgresql=skip" >&2
      exit 1
    fi
  fi
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql-common
  $sudo sed -i 's/^#* *create_main_cluster *=.*/create_main_cluster = false/' /etc/postgresql-common/createcluster.conf
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql
fi

exec mvn verify "$@"
