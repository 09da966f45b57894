#!/usr/bin/env bash
# Quick start: installs what is missing, builds scim-monitor (Release) and starts it with the
# SQLite store and the receiver on http://127.0.0.1:8080/scim/v2. Without a display it runs the
# receiver headless and, when no usable Secret Token exists yet, creates one and prints it.
# Arguments go to scim-monitor, e.g. ./scripts/run.sh --data-dir /tmp/demo --listen 127.0.0.1:9090
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release | grep -v '^ninja: no work to do' || true
BIN=build/release/bin/scim-monitor
[[ -x "$BIN" ]] || { echo "run: the build failed" >&2; exit 1; }

if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
  exec "$BIN" "$@"
fi

# The token commands only take the data directory of the arguments given.
data_args=()
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  case "${args[i]}" in
    --data-dir) data_args=(--data-dir "${args[i + 1]:-}") ;;
    --data-dir=*) data_args=("${args[i]}") ;;
  esac
done

echo "run: no display found; starting the receiver without a window (scim-monitor --headless)."
# (A data directory without a database yet has no token: `token list` then says so on stderr.)
if ! "$BIN" "${data_args[@]}" token list 2>/dev/null | grep -qE ' (active|expiring soon) '; then
  echo "run: no usable Secret Token yet; created one labelled \"Quick start\". Copy it now, it is not shown again:"
  "$BIN" "${data_args[@]}" token create --name "Quick start" | tail -n 1
fi
headless=(--headless)
for a in "$@"; do [[ "$a" == --headless ]] && headless=(); done
exec "$BIN" "${headless[@]}" "$@"
