#!/usr/bin/env bash
# Screenshots of Receiver → Simulate…: opens scim-monitor under Xvfb on a fresh data directory,
# opens the Simulate… dialog (Ctrl+Shift+S), starts an Entra ID initial cycle of 100 users at
# Entra's pace against the window's own receiver, and saves in OUT_DIR:
#   simulate-dialog.png    the dialog as it opens, beside the empty provisioning log
#   simulate-running.png   the cycle under way: progress, the simulated IdP's log, the live log
#   simulate-done.png      the finished cycle: the filled provisioning log (marked as simulated)
#                          beside the simulated IdP's provisioning log with an entry's steps
#   simulate-users.png     the Users tab after the cycle
#
# Usage: scripts/screenshots-simulate.sh OUT_DIR [BINARY]
# Needs xvfb-run, xdotool and ImageMagick's import (scripts/install-deps.sh --test installs them).
set -euo pipefail
export SHOTS_LIB SHOTS_TAG=screenshots-simulate
SHOTS_LIB=$(cd "$(dirname "${BASH_SOURCE[0]}")/lib" && pwd)
out_dir=${1:?usage: screenshots-simulate.sh OUT_DIR [BINARY]}
binary=${2:-$(dirname "$0")/../build/release/bin/scim-monitor}
[[ -x $binary ]] || { echo "screenshots-simulate: build $binary first (cmake --build --preset release)" >&2; exit 2; }
mkdir -p "$out_dir"
out_dir=$(cd "$out_dir" && pwd)
binary=$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")
data_dir=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

LANG=C.UTF-8 LANGUAGE=en LC_ALL= xvfb-run -a -s "-screen 0 2200x1000x24" dbus-run-session -- \
  bash -s "$binary" "$data_dir" "$out_dir" "$port" <<'INNER'
set -euo pipefail
binary=$1 data_dir=$2 out_dir=$3 port=$4
"$binary" --data-dir "$data_dir" --listen "127.0.0.1:$port" >/dev/null 2>&1 &
app=$!
source "$SHOTS_LIB/xwindow.sh"
shot() { sleep 1; import -window root -crop "$2" "$out_dir/$1.png"; echo "screenshots-simulate: $out_dir/$1.png"; }
win=$(window scim-monitor)
xdotool windowsize "$win" 1180 900 windowmove "$win" 0 0
sleep 3
# The first Secret Token, shown once over the window, is closed; the empty provisioning log shows.
xdotool key Escape
sleep 1
xdotool windowfocus "$win"
xdotool key ctrl+2
xdotool key ctrl+shift+s
dialog=$(window "Simulate an Identity Provider")
xdotool windowsize "$dialog" 1000 900 windowmove "$dialog" 1190 0
shot simulate-dialog 2190x900+0+0
# Start (the default button): an Entra ID initial cycle of 100 users at Entra's pace.
xdotool windowfocus "$dialog"
xdotool key Return
sleep 20
shot simulate-running 2190x900+0+0
# About a minute in all; then select the first user's entry for its steps and requests.
sleep 60
xdotool windowfocus "$dialog"
shot simulate-done 2190x900+0+0
xdotool windowfocus "$win"
xdotool key ctrl+4
shot simulate-users 1180x900+0+0
kill $app
wait $app || true
INNER
rm -rf "$data_dir"
