#!/usr/bin/env bash
# Screenshots of fault injection: adds three fault rules with `scim-monitor faults` to a fresh data
# directory, opens scim-monitor under Xvfb, plays an Entra ID initial cycle (the IdP simulator,
# against the window's own receiver) into the faulty receiver, and saves in OUT_DIR:
#   faults-log.png        the provisioning log with the injected answers (Fault column, badge)
#   faults-panel.png      Receiver → Faults…: the rules, and the first profile with what it does
#   faults-overview.png   the Overview: injected answers and the quarantine risk of the cycle
#
# Usage: scripts/screenshots-faults.sh OUT_DIR [BINARY]
# Needs xvfb-run, xdotool and ImageMagick's import (scripts/install-deps.sh --test installs them).
set -euo pipefail
export SHOTS_LIB SHOTS_TAG=screenshots-faults
SHOTS_LIB=$(cd "$(dirname "${BASH_SOURCE[0]}")/lib" && pwd)
out_dir=${1:?usage: screenshots-faults.sh OUT_DIR [BINARY]}
binary=${2:-$(dirname "$0")/../build/release/bin/scim-monitor}
[[ -x $binary ]] || { echo "screenshots-faults: build $binary first (cmake --build --preset release)" >&2; exit 2; }
mkdir -p "$out_dir"
out_dir=$(cd "$out_dir" && pwd)
binary=$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")
data_dir=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

"$binary" faults add --data-dir "$data_dir" --name "lost create answer" --match "POST /Users" --status 500 \
  --phase after --first 3 >/dev/null
"$binary" faults add --data-dir "$data_dir" --name "throttle creates" --match "POST /Users" --status 429 \
  --retry-after 1 --every 6 >/dev/null
"$binary" faults add --data-dir "$data_dir" --name "slow member adds" --match "PATCH /Groups/*" \
  --operation "Add members" --delay-ms 1500 >/dev/null

LANG=C.UTF-8 LANGUAGE=en LC_ALL= xvfb-run -a -s "-screen 0 1900x1000x24" dbus-run-session -- \
  bash -s "$binary" "$data_dir" "$out_dir" "$port" <<'INNER'
set -euo pipefail
binary=$1 data_dir=$2 out_dir=$3 port=$4
"$binary" --data-dir "$data_dir" --listen "127.0.0.1:$port" >/dev/null 2>&1 &
app=$!
source "$SHOTS_LIB/xwindow.sh"
shot() { sleep 1; import -window root -crop "$2" "$out_dir/$1.png"; echo "screenshots-faults: $out_dir/$1.png"; }
win=$(window scim-monitor)
xdotool windowsize "$win" 1880 900 windowmove "$win" 0 0
sleep 3
# The first Secret Token, shown once over the window, is closed.
xdotool key Escape
sleep 1
# An Entra ID initial cycle into the faulty receiver (the running window's receiver).
"$binary" simulate --idp entra --cycle initial --users 30 --groups 3 --members-per-group 6 --rate 20 \
  --data-dir "$data_dir" >/dev/null 2>&1 || true
xdotool windowfocus "$win"
xdotool key ctrl+2
shot faults-log 1880x900+0+0
xdotool key ctrl+1
sleep 2
shot faults-overview 1880x900+0+0
xdotool key ctrl+shift+f
panel=$(window Faults)
xdotool windowsize "$panel" 1100 640 windowmove "$panel" 200 120
xdotool windowfocus "$panel"
shot faults-panel 1880x900+0+0
kill $app
wait $app || true
INNER
rm -rf "$data_dir"
