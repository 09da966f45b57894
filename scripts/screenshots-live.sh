#!/usr/bin/env bash
# Screenshots of scim-monitor while an identity provider provisions it: starts the window on a
# fresh data directory under Xvfb, sends a Test Connection, plays an Entra ID provisioning cycle
# with the shared load generator (../shared/bench/scim-load.mjs, Entra's quirks included) and saves
# as PNG files in OUT_DIR:
#   provisioning-log-live.png  the log following the requests during the run
#   log-patch-detail.png       a deactivation PATCH selected: dialect badges and the before → after diff
#   overview.png               the Overview tab with its requests-per-minute chart
#   audit.png                  the Audit tab with an event selected
#   audit-export.png           the audit export dialog after exporting the trail
#
# Usage: scripts/screenshots-live.sh OUT_DIR [BINARY]
# Environment: USERS (default 3000), LOAD (path of scim-load.mjs).
# Needs xvfb-run, xdotool, ImageMagick's import and node (scripts/install-deps.sh --test).
set -euo pipefail
# The README's screenshots show the English window, whatever the system's language (the window
# follows LANGUAGE, then LC_ALL, LC_MESSAGES and LANG).
export LANGUAGE=en
here=$(cd "$(dirname "$0")" && pwd)
out_dir=${1:?usage: screenshots-live.sh OUT_DIR [BINARY]}
binary=${2:-$here/../build/release/bin/scim-monitor}
load=${LOAD:-$here/../../shared/bench/scim-load.mjs}
[[ -x $binary ]] || { echo "screenshots-live: build $binary first (cmake --build --preset release)" >&2; exit 2; }
[[ -f $load ]] || { echo "screenshots-live: scim-load.mjs not found; set LOAD=PATH" >&2; exit 2; }
mkdir -p "$out_dir"
out_dir=$(cd "$out_dir" && pwd)
binary=$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")
data_dir=$(mktemp -d)
trap 'rm -rf "$data_dir"' EXIT

token=$("$binary" token create --name "Entra ID" --data-dir "$data_dir" | tail -n 1)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

xvfb-run -a -s "-screen 0 1280x800x24" bash -s "$binary" "$data_dir" "$out_dir" "$port" "$token" "$load" \
  "${USERS:-3000}" <<'INNER'
set -euo pipefail
binary=$1 data_dir=$2 out_dir=$3 port=$4 token=$5 load=$6 users=$7
base=http://127.0.0.1:$port/scim/v2
"$binary" --data-dir "$data_dir" --listen "127.0.0.1:$port" >/dev/null 2>&1 &
app=$!
for _ in $(seq 1 50); do
  win=$(xdotool search --name '^scim-monitor$' 2>/dev/null | head -n 1 || true)
  [[ -n "$win" ]] && break
  sleep 0.2
done
[[ -n "${win:-}" ]] || { echo "screenshots-live: the window did not appear" >&2; kill $app; exit 1; }
xdotool windowsize "$win" 1280 800 windowmove "$win" 0 0 windowfocus "$win"
sleep 1
shot() { sleep "${2:-0.8}"; import -window root "$out_dir/$1.png"; echo "screenshots-live: $out_dir/$1.png"; }
key() { xdotool key --window "$win" "$@"; sleep 0.5; }
click() { xdotool mousemove "$1" "$2" click 1; sleep 0.3; }

# Entra's Test Connection: a lookup of a random GUID by the matching attribute.
curl -s -o /dev/null -H "Authorization: Bearer $token" -H "User-Agent: Microsoft.AzureAD.Provisioning" \
  --get --data-urlencode "filter=userName eq \"$(cat /proc/sys/kernel/random/uuid)\"" "$base/Users"

# Tabs: 1 Overview, 2 Provisioning log, 3 Cycles, 4 Users, 5 Groups, 6 Audit.
key ctrl+2
node "$load" --base "$base" --token="$token" --users "$users" --concurrency 8 >/dev/null 2>&1 &
loadgen=$!
shot provisioning-log-live 4
wait $loadgen

# A deactivation sent with Entra's "False" string: search the log for the quirk, select the first.
key ctrl+f
xdotool type --delay 20 'sent as string'
sleep 1.5
click 500 148
xdotool mousemove 640 10
shot log-patch-detail 1.5

key ctrl+1
shot overview 1.5

key ctrl+6
sleep 1
click 500 120
xdotool mousemove 640 10
shot audit 1

key ctrl+shift+e
sleep 1
dialog=$(xdotool search --name 'Export audit trail' 2>/dev/null | head -n 1 || true)
[[ -n "$dialog" ]] && xdotool windowmove "$dialog" 340 140
# Export (the default button) asks for a file: type its name in the file dialog. Without a window
# manager, focus is given by hand.
if [[ -n "$dialog" ]]; then
  xdotool windowfocus --sync "$dialog"
  xdotool key Return
  sleep 1.5
  chooser=$(xdotool search --onlyvisible --name 'Export audit trail' 2>/dev/null | grep -v "^$dialog\$" | tail -n 1 || true)
  if [[ -n "$chooser" ]]; then
    xdotool windowfocus --sync "$chooser"
    xdotool key ctrl+a
    xdotool type --delay 10 "$data_dir/audit-export.csv"
    xdotool key Return
    sleep 2
  fi
fi
shot audit-export 0.5
[[ -n "$dialog" ]] && { xdotool windowfocus --sync "$dialog"; xdotool key Escape; sleep 0.5; }
xdotool windowfocus --sync "$win"
key ctrl+q >/dev/null 2>&1 || true
for _ in $(seq 1 25); do kill -0 $app 2>/dev/null || break; sleep 0.2; done
kill $app 2>/dev/null || true
wait $app || true
INNER
