#!/usr/bin/env bash
# Installs what is missing, builds with the CI preset (warnings are errors) and runs every test:
# engine units, the receiver over real HTTP, the executable, and the window under the offscreen
# platform, inside a private D-Bus session with an unlocked keyring.
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
trap 'rm -rf "$XDG_RUNTIME_DIR" "$XDG_DATA_HOME"' EXIT
# The keychain test must run here, not be skipped: it fails when no keychain answers.
export SCIMMON_REQUIRE_KEYCHAIN=1

dbus-run-session -- bash -c '
  printf "%s" "scim-monitor-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 \
    || echo "test.sh: gnome-keyring-daemon did not start; the keychain tests will fail" >&2
  ctest --preset ci
'

# The packages: build the .deb and the TGZ, validate, install, and smoke-test the installed binary.
./scripts/package-test.sh
