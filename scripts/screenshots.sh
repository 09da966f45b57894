#!/usr/bin/env bash
# Opens scim-monitor on an existing data directory under Xvfb and saves screenshots of the
# provisioning log (newest request selected), the users table and the groups table (second row
# selected, with its detail pane and memberships), as PNG files in OUT_DIR. A second block then
# opens the window on a throwaway data directory and saves the Secret Token manager
# (token-manager.png), the new-token dialog (token-create.png, and token-created.png with the
# token shown once) and the Connect tab after a Test Connection (connect-panel.png).
#
# Usage: scripts/screenshots.sh DATA_DIR OUT_DIR [BINARY]
# Environment: TOKEN_SHOTS_ONLY=1 takes only the second block's screenshots.
# Needs xvfb-run, xdotool and ImageMagick's import (scripts/install-deps.sh --test installs them).
set -euo pipefail
export SHOTS_LIB SHOTS_TAG=screenshots
SHOTS_LIB=$(cd "$(dirname "${BASH_SOURCE[0]}")/lib" && pwd)
# The README's screenshots show the English window, whatever the system's language (the window
# follows LANGUAGE, then LC_ALL, LC_MESSAGES and LANG).
export LANGUAGE=en
data_dir=${1:?usage: screenshots.sh DATA_DIR OUT_DIR [BINARY]}
out_dir=${2:?usage: screenshots.sh DATA_DIR OUT_DIR [BINARY]}
binary=${3:-$(dirname "$0")/../build/release/bin/scim-monitor}
mkdir -p "$out_dir"
out_dir=$(cd "$out_dir" && pwd)
binary=$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")

# TOKEN_SHOTS_ONLY=1 skips this first block (DATA_DIR is then not opened).
[[ ${TOKEN_SHOTS_ONLY:-0} == 1 ]] || xvfb-run -a -s "-screen 0 1280x800x24" bash -s "$binary" "$data_dir" "$out_dir" <<'INNER'
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
# Rows are clicked at fixed positions of the 1280x800 layout: the last visible log row, the second
# row of the users and groups tables (their detail panes below, the user's groups and the group's
# members beside). Users and groups are the 4th and 5th tabs (Ctrl+4, Ctrl+5).
click() { xdotool mousemove "$1" "$2" click 1; }

xdotool key --window "$win" ctrl+2; sleep 0.5; click 400 470
shot provisioning-log
xdotool key --window "$win" ctrl+4; sleep 0.5; click 300 130
shot users
xdotool key --window "$win" ctrl+5; sleep 0.5; click 200 130
shot groups
xdotool key --window "$win" ctrl+q >/dev/null 2>&1 || true
wait $app || true
INNER

# --- Secret Tokens and the Connect tab ------------------------------------------------------------
# A throwaway data directory with tokens in every state (active, expiring soon, expired after a
# rotation, revoked), the window on a free port, a keyring in a private D-Bus session (so that
# "Remember on this computer" is offered), and Entra's Test Connection arriving through a tunnel
# on this machine (trusted proxy 127.0.0.1, X-Forwarded-For 203.0.113.7) for the live indicator.
token_dir=$(mktemp -d)
keyring_dir=$(mktemp -d)
trap 'rm -rf "$token_dir" "$keyring_dir"' EXIT
cli() { "$binary" --data-dir "$token_dir" "$@"; }
cli token create --name "Entra ID production" --expires-in-days 365 >/dev/null
cli token create --name "Entra ID staging" --expires-in-days 90 >/dev/null
cli token rotate 2 --grace-hours 0 >/dev/null
cli token create --name "Okta preview" --expires-in-days 5 >/dev/null
cli token create --name "Load test" >/dev/null
cli token revoke 5 >/dev/null
probe_token=$(cli token create --name "Tunnel check" | tail -n 1)
printf '[receiver]\ntrustedProxies=127.0.0.1\n' >"$token_dir/settings.ini"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null \
  || echo 18443)

XDG_DATA_HOME="$keyring_dir" xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- \
  bash -s "$binary" "$token_dir" "$out_dir" "$port" "$probe_token" <<'INNER'
set -euo pipefail
binary=$1 data_dir=$2 out_dir=$3 port=$4 token=$5
mkdir -p "$HOME/.cache"
printf '%s' screenshots | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || true
"$binary" --data-dir "$data_dir" --listen "127.0.0.1:$port" >/dev/null 2>&1 &
app=$!
source "$SHOTS_LIB/xwindow.sh"
shot() { sleep 0.8; import -window "$2" "$out_dir/$1.png"; echo "screenshots: $out_dir/$1.png"; }
win=$(window scim-monitor)
xdotool windowsize "$win" 1280 800 windowmove "$win" 0 0 windowfocus "$win"
sleep 2
# Entra's Test Connection: a user and a group looked up by a random GUID.
guid=4a9e0c55-3f1b-4f47-9f62-9d0b1a4c7e21
for path in "Users?filter=userName+eq+%22$guid%22" "Groups?excludedAttributes=members&filter=displayName+eq+%22$guid%22"; do
  curl -s -o /dev/null -H "Authorization: Bearer $token" -H "X-Forwarded-For: 203.0.113.7" \
    "http://127.0.0.1:$port/scim/v2/$path"
done
xdotool key --window "$win" ctrl+shift+c
shot connect-panel root
sleep 5 # the receiver writes the tokens' request counts every 5 s

xdotool key --window "$win" ctrl+shift+t
manager=$(window "Tokens and OAuth clients")
xdotool windowmove "$manager" 40 40 windowfocus "$manager"
sleep 0.5
# A new token, remembered in the keychain.
xdotool key --window "$manager" alt+c
create=$(window "New Secret Token")
xdotool windowmove "$create" 120 120 windowfocus "$create"
sleep 1.5 # the keychain answers
xdotool type --window "$create" --delay 20 "Okta production"
xdotool key --window "$create" alt+e Down Down alt+r # expires in 90 days, remembered
shot token-create "$create"
xdotool key --window "$create" Return
sleep 1
shot token-created "$create"
# Close, the button at the bottom right.
eval "$(xdotool getwindowgeometry --shell "$create")"
xdotool mousemove --window "$create" $((WIDTH - 50)) $((HEIGHT - 25)) click 1
sleep 1
xdotool windowfocus "$manager" mousemove --window "$manager" 200 80 click 1 # the newest token
shot token-manager "$manager"
xdotool key --window "$manager" Escape >/dev/null 2>&1 || true
# Quit. A Ctrl+Q sent while the closing dialog still has the focus is lost: ask again each second
# with the window focused, and end the app after ten seconds rather than wait for ever.
for _ in $(seq 10); do
  kill -0 $app 2>/dev/null || break
  xdotool windowfocus "$win" key --window "$win" ctrl+q >/dev/null 2>&1 || true
  sleep 1
done
kill $app 2>/dev/null || true
wait $app || true
INNER
