#!/usr/bin/env bash
# Quick start: installs what is missing, builds scim-monitor (Release) and starts it with the
# SQLite store and the receiver on http://127.0.0.1:8080/scim/v2. Without a display it runs the
# receiver headless and creates a first Secret Token if none exists. Extra arguments go to
# scim-monitor, e.g. ./scripts/run.sh --data-dir /tmp/demo
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release

BIN=build/release/bin/scim-monitor
if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
  exec "$BIN" "$@"
fi

echo "run: no display found; starting the receiver without a window (scim-monitor --headless)."
if ! "$BIN" "$@" token list | grep -qE ' (active|expiring soon) '; then
  echo "run: creating a first Secret Token (label \"Quick start\"); copy it now, it is not shown again:"
  "$BIN" "$@" token create --name "Quick start" | tail -n 1
fi
exec "$BIN" --headless "$@"
