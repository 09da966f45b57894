#!/usr/bin/env bash
# Screenshots of a shared PostgreSQL store: starts a throwaway PostgreSQL cluster
# (scripts/pg-test-cluster.sh), two headless receivers on it ("receiver-a" and "receiver-b", each
# with its own data directory), and a window on a third data directory that opens the store
# without a receiver of its own (File → Open store…, saved in its settings). Entra ID provisions
# through one receiver and Okta through the other (scim-monitor simulate) while the window watches.
# Saves in OUT_DIR:
#   shared-store-log.png         the provisioning log with both receivers' requests, live, and the
#                                Receiver column
#   shared-store-open.png        File → Open store… on that store
#
# Usage: scripts/screenshots-shared-store.sh OUT_DIR [BINARY]
# Needs PostgreSQL (scripts/install-deps.sh --test), xvfb-run, xdotool and ImageMagick's import.
set -euo pipefail
export SHOTS_LIB SHOTS_TAG=screenshots-shared-store
SHOTS_LIB=$(cd "$(dirname "${BASH_SOURCE[0]}")/lib" && pwd)
scripts=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
out_dir=${1:?usage: screenshots-shared-store.sh OUT_DIR [BINARY]}
binary=${2:-$scripts/../build/release/bin/scim-monitor}
[[ -x $binary ]] || { echo "screenshots-shared-store: build $binary first (cmake --build --preset release)" >&2; exit 2; }
mkdir -p "$out_dir"
out_dir=$(cd "$out_dir" && pwd)
binary=$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")
work=$(mktemp -d)
chmod 755 "$work" # run as root, the cluster's folder belongs to the postgres user
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  "$scripts/pg-test-cluster.sh" stop "$work/pg" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

mkdir -p "$work/pg" "$work/a" "$work/b" "$work/desk" "$work/keyring"
store=$("$scripts/pg-test-cluster.sh" start "$work/pg" "$(free_port)" | tail -n 1)
port_a=$(free_port)
port_b=$(free_port)
"$binary" --headless --store "$store" --receiver-name receiver-a --data-dir "$work/a" \
  --listen "127.0.0.1:$port_a" >"$work/a.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 50); do grep -q "Tenant URL" "$work/a.log" && break; sleep 0.2; done
"$binary" --headless --store "$store" --receiver-name receiver-b --data-dir "$work/b" \
  --listen "127.0.0.1:$port_b" >"$work/b.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 50); do grep -q "Tenant URL" "$work/b.log" && break; sleep 0.2; done
token=$("$binary" token create --store "$store" --data-dir "$work/a" --name "Shared" | tail -n 1)
# The desk's window opens the shared store and only watches it.
printf '[store]\nurl=%s\nlocalReceiver=false\n' "$store" >"$work/desk/settings.ini"

XDG_DATA_HOME="$work/keyring" LANG=C.UTF-8 LANGUAGE=en LC_ALL= xvfb-run -a -s "-screen 0 1900x1000x24" \
  dbus-run-session -- bash -s "$binary" "$work" "$out_dir" "$port_a" "$port_b" "$token" <<'INNER'
set -euo pipefail
binary=$1 work=$2 out_dir=$3 port_a=$4 port_b=$5 token=$6
printf '%s' screenshots | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || true
"$binary" --data-dir "$work/desk" >"$work/desk.log" 2>&1 &
app=$!
source "$SHOTS_LIB/xwindow.sh"
shot() { sleep 1; import -window root -crop "$2" "$out_dir/$1.png"; echo "screenshots-shared-store: $out_dir/$1.png"; }
win=""
for _ in $(seq 1 50); do
  win=$(xdotool search --onlyvisible --name "^scim-monitor — postgresql" 2>/dev/null | tail -n 1 || true)
  [[ -n "$win" ]] && break
  sleep 0.2
done
[[ -n "$win" ]] || { echo "screenshots-shared-store: the window did not appear" >&2; cat "$work/desk.log" >&2; kill $app; exit 1; }
xdotool windowsize "$win" 1880 900 windowmove "$win" 0 0
xdotool windowfocus "$win"
xdotool key ctrl+2
sleep 1
# Entra ID through one receiver, Okta through the other, at the same time.
"$binary" simulate --idp entra --cycle initial --users 6 --groups 2 --members-per-group 3 --seed 7 --rate 8 \
  --target "http://127.0.0.1:$port_a/scim/v2" --token "$token" >/dev/null &
entra=$!
"$binary" simulate --idp okta --cycle initial --users 4 --groups 1 --members-per-group 2 --seed 9 --rate 6 \
  --target "http://127.0.0.1:$port_b/scim/v2" --token "$token" >/dev/null &
okta=$!
wait $entra $okta || true
sleep 2
shot shared-store-log 1880x900+0+0
xdotool key ctrl+o
dialog=$(window "Open store")
xdotool windowmove "$dialog" 500 200
shot shared-store-open 1880x900+0+0
xdotool key Escape
kill $app
wait $app || true
INNER
