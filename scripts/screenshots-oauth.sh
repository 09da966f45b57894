#!/usr/bin/env bash
# Screenshots of OAuth: makes two OAuth clients with `scim-monitor client` in a fresh data directory
# (one with workload identity, one that fetched a token), opens scim-monitor under Xvfb and saves in
# OUT_DIR:
#   oauth-clients.png     Receiver → Tokens and OAuth clients…, the OAuth clients tab
#   oauth-new-client.png  New client…: the Tenant URL, Token Endpoint, Client Identifier and Client
#                         Secret, as Entra's page asks for them, each with Copy
#   oauth-log.png         the provisioning log: token requests, refusals and SCIM requests under the
#                         client's name
#
# Usage: scripts/screenshots-oauth.sh OUT_DIR [BINARY]
# Needs xvfb-run, xdotool, curl and ImageMagick's import (scripts/install-deps.sh --test installs them).
set -euo pipefail
export SHOTS_LIB SHOTS_TAG=screenshots-oauth
SHOTS_LIB=$(cd "$(dirname "${BASH_SOURCE[0]}")/lib" && pwd)
out_dir=${1:?usage: screenshots-oauth.sh OUT_DIR [BINARY]}
binary=${2:-$(dirname "$0")/../build/release/bin/scim-monitor}
[[ -x $binary ]] || { echo "screenshots-oauth: build $binary first (cmake --build --preset release)" >&2; exit 2; }
mkdir -p "$out_dir"
out_dir=$(cd "$out_dir" && pwd)
binary=$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")
data_dir=$(mktemp -d)
keyring_dir=$(mktemp -d) # a keyring of its own in a private D-Bus session, unlocked: no prompt
trap 'rm -rf "$data_dir" "$keyring_dir"' EXIT
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

made=$("$binary" client create --data-dir "$data_dir" --name "Entra ID production" --token-lifetime-minutes 120)
client_id=$(echo "$made" | tail -n 2 | head -n 1)
secret=$(echo "$made" | tail -n 1)
"$binary" client create --data-dir "$data_dir" --name "Entra workload" >/dev/null
"$binary" client federate "Entra workload" --data-dir "$data_dir" \
  --issuer https://login.microsoftonline.com/0c0a3bd5-7e0b-4c4e-9d51-2f6a1c9e1f42/v2.0 \
  --jwks https://login.microsoftonline.com/0c0a3bd5-7e0b-4c4e-9d51-2f6a1c9e1f42/discovery/v2.0/keys >/dev/null

XDG_DATA_HOME="$keyring_dir" LANG=C.UTF-8 LANGUAGE=en LC_ALL= xvfb-run -a -s "-screen 0 1900x1000x24" dbus-run-session -- \
  bash -s "$binary" "$data_dir" "$out_dir" "$port" "$client_id" "$secret" <<'INNER'
set -euo pipefail
binary=$1 data_dir=$2 out_dir=$3 port=$4 client_id=$5 secret=$6
printf '%s' screenshots | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || true
"$binary" --data-dir "$data_dir" --listen "127.0.0.1:$port" >/dev/null 2>&1 &
app=$!
source "$SHOTS_LIB/xwindow.sh"
shot() { sleep 1; import -window root -crop "$2" "$out_dir/$1.png"; echo "screenshots-oauth: $out_dir/$1.png"; }
win=$(window scim-monitor)
xdotool windowsize "$win" 1880 900 windowmove "$win" 0 0
sleep 3
xdotool key Escape # the first Secret Token, shown once over the window
sleep 1
# What Entra does: a token request, SCIM requests with the token; a wrong secret refused.
endpoint="http://127.0.0.1:$port/oauth2/token"
token=$(curl -s -u "$client_id:$secret" -d grant_type=client_credentials "$endpoint" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
curl -s -o /dev/null -H "Authorization: Bearer $token" \
  "http://127.0.0.1:$port/scim/v2/Users?filter=userName+eq+%22ada.novak%40contoso.com%22"
curl -s -o /dev/null -H "Authorization: Bearer $token" -H "Content-Type: application/scim+json" \
  -d '{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"ada.novak@contoso.com","active":true}' \
  "http://127.0.0.1:$port/scim/v2/Users"
curl -s -o /dev/null -u "$client_id:not-the-secret" -d grant_type=client_credentials "$endpoint"
xdotool windowfocus "$win"
xdotool key ctrl+2
shot oauth-log 1880x900+0+0
xdotool key ctrl+shift+t
manager=$(window "Tokens and OAuth clients")
xdotool windowsize "$manager" 1300 520 windowmove "$manager" 120 100
xdotool windowfocus "$manager"
sleep 1
xdotool key ctrl+Tab
sleep 1
shot oauth-clients 1880x900+0+0
xdotool key alt+n
dialog=$(window "New OAuth client")
xdotool windowfocus "$dialog"
xdotool key ctrl+a
xdotool type "Entra ID staging"
xdotool key Return
sleep 2
xdotool windowmove "$dialog" 300 160
shot oauth-new-client 1880x900+0+0
kill $app
wait $app || true
INNER
