#!/usr/bin/env bash
# Installs what is missing, builds with the CI preset (warnings are errors) and runs every test:
# engine units, the receiver over real HTTP, the executable, and the window under the offscreen
# platform, inside a private D-Bus session with an unlocked keyring. The store suites run on SQLite
# and on a throwaway PostgreSQL cluster (scripts/pg-test-cluster.sh), removed afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh --test
./scripts/lint.sh
./scripts/check-translations.sh
cmake --preset ci >/dev/null
cmake --build --preset ci

export QT_QPA_PLATFORM=offscreen
XDG_RUNTIME_DIR=$(mktemp -d)
export XDG_RUNTIME_DIR
chmod 700 "$XDG_RUNTIME_DIR"
# The keyring of the test run lives in its own folder (never the user's login keyring); the
# Secret Service needs ~/.cache to exist, or each keychain call waits 25 s for it.
XDG_DATA_HOME=$(mktemp -d)
export XDG_DATA_HOME
mkdir -p "${HOME:-/root}/.cache"
# The PostgreSQL cluster of this run: its own folder and a port of its own, never a system cluster.
PG_DIR=$(mktemp -d)
trap './scripts/pg-test-cluster.sh stop "$PG_DIR"; rm -rf "$XDG_RUNTIME_DIR" "$XDG_DATA_HOME"' EXIT
# A random port (SCIMMON_TEST_PG_PORT to choose one); another when it is taken.
for attempt in 1 2 3; do
  PG_PORT=${SCIMMON_TEST_PG_PORT:-$((40000 + RANDOM % 20000))}
  if SCIMMON_TEST_PG=$(./scripts/pg-test-cluster.sh start "$PG_DIR" "$PG_PORT"); then
    break
  fi
  ./scripts/pg-test-cluster.sh stop "$PG_DIR"
  PG_DIR=$(mktemp -d)
  [[ $attempt == 3 ]] && { echo "test.sh: the PostgreSQL test cluster did not start" >&2; exit 1; }
done
export SCIMMON_TEST_PG
# The keychain test must run here, not be skipped: it fails when no keychain answers.
export SCIMMON_REQUIRE_KEYCHAIN=1

dbus-run-session -- bash -c '
  printf "%s" "scim-monitor-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 \
    || echo "test.sh: gnome-keyring-daemon did not start; the keychain tests will fail" >&2
  ctest --preset ci
'

# The packages: build the .deb and the TGZ, validate, install, and smoke-test the installed binary.
./scripts/package-test.sh
