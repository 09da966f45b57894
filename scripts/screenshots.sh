#!/usr/bin/env bash
# Opens scim-monitor on an existing data directory under Xvfb and saves screenshots of the
# provisioning log (newest request selected), the users table and the groups table (first row
# selected, with its members), as PNG files in OUT_DIR.
#
# Usage: scripts/screenshots.sh DATA_DIR OUT_DIR [BINARY]
# Needs xvfb-run, xdotool and ImageMagick's import (scripts/install-deps.sh --test installs them).
set -euo pipefail
data_dir=${1:?usage: screenshots.sh DATA_DIR OUT_DIR [BINARY]}
out_dir=${2:?usage: screenshots.sh DATA_DIR OUT_DIR [BINARY]}
binary=${3:-$(dirname "$0")/../build/release/bin/scim-monitor}
mkdir -p "$out_dir"
out_dir=$(cd "$out_dir" && pwd)
binary=$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")

xvfb-run -a -s "-screen 0 1280x800x24" bash -s "$binary" "$data_dir" "$out_dir" <<'INNER'
set -euo pipefail
binary=$1 data_dir=$2 out_dir=$3
"$binary" --data-dir "$data_dir" --listen 127.0.0.1:0 >/dev/null 2>&1 &
app=$!
for _ in $(seq 1 50); do
  win=$(xdotool search --name '^scim-monitor$' 2>/dev/null | head -n 1 || true)
  [[ -n "$win" ]] && break
  sleep 0.2
done
[[ -n "${win:-}" ]] || { echo "screenshots: the window did not appear" >&2; kill $app; exit 1; }
xdotool windowsize "$win" 1280 800 windowmove "$win" 0 0 windowfocus "$win"
sleep 2
shot() { sleep 0.8; import -window root "$out_dir/$1.png"; echo "screenshots: $out_dir/$1.png"; }
# Rows are clicked at fixed positions of the 1280x800 layout: the last visible log row, the first
# row of the users and groups tables.
click() { xdotool mousemove "$1" "$2" click 1; }

xdotool key --window "$win" ctrl+1; sleep 0.5; click 400 470
shot provisioning-log
xdotool key --window "$win" ctrl+2; sleep 0.5; click 300 108
shot users
xdotool key --window "$win" ctrl+3; sleep 0.5; click 300 108
shot groups
xdotool key --window "$win" ctrl+q >/dev/null 2>&1 || true
wait $app || true
INNER
