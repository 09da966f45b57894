#!/usr/bin/env bash
# Screenshots of the very first start, as a newcomer sees it: opens scim-monitor under Xvfb on a
# fresh data directory (no token, no request, no user), in English and in German
# (LANG=de_DE.UTF-8), and saves in OUT_DIR:
#   first-start-token.png, de-first-start-token.png  the first Secret Token, shown once
#   first-start.png, de-first-start.png              the empty provisioning log and its hint
#   first-start-users.png, de-first-start-users.png  the empty Users tab and its hint
#
# Usage: scripts/screenshots-first-start.sh OUT_DIR [BINARY]
# Needs xvfb-run, xdotool and ImageMagick's import (scripts/install-deps.sh --test installs them).
set -euo pipefail
export SHOTS_LIB SHOTS_TAG=screenshots-first-start
SHOTS_LIB=$(cd "$(dirname "${BASH_SOURCE[0]}")/lib" && pwd)
out_dir=${1:?usage: screenshots-first-start.sh OUT_DIR [BINARY]}
binary=${2:-$(dirname "$0")/../build/release/bin/scim-monitor}
[[ -x $binary ]] || { echo "screenshots-first-start: build $binary first (cmake --build --preset release)" >&2; exit 2; }
mkdir -p "$out_dir"
out_dir=$(cd "$out_dir" && pwd)
binary=$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")

shoot() { # shoot LANGUAGE PREFIX: one first start in LANGUAGE (en or de), files named PREFIX…
  local language=$1 prefix=$2 locale=C.UTF-8 data_dir port
  [[ $language == de ]] && locale=de_DE.UTF-8
  data_dir=$(mktemp -d)
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  # A private D-Bus session, so that nothing the window starts on the bus outlives the run.
  LANG=$locale LANGUAGE=$language LC_ALL= xvfb-run -a -s "-screen 0 1600x1000x24" dbus-run-session -- \
    bash -s "$binary" "$data_dir" "$out_dir" "$port" "$prefix" <<'INNER'
set -euo pipefail
binary=$1 data_dir=$2 out_dir=$3 port=$4 prefix=$5
"$binary" --data-dir "$data_dir" --listen "127.0.0.1:$port" >/dev/null 2>&1 &
app=$!
source "$SHOTS_LIB/xwindow.sh"
shot() { sleep 1; import -window root -crop 1440x900+0+0 "$out_dir/$prefix$1.png"; echo "screenshots-first-start: $out_dir/$prefix$1.png"; }
win=$(window scim-monitor)
xdotool windowsize "$win" 1440 900 windowmove "$win" 0 0
sleep 3
# The first Secret Token, shown once over the window.
shot first-start-token
xdotool key Escape
sleep 1
xdotool windowfocus "$win"
# The empty provisioning log (Ctrl+2), then the empty Users tab (Ctrl+4).
xdotool key ctrl+2
shot first-start
xdotool key ctrl+4
shot first-start-users
kill $app
wait $app || true
INNER
  rm -rf "$data_dir"
}

shoot en ""
shoot de de-
