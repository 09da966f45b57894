#!/usr/bin/env bash
# Opens scim-monitor in German (LANG=de_DE.UTF-8) under Xvfb on a throwaway data directory, sends it
# an Entra-style Test Connection, a user creation and a deactivation PATCH, and saves two
# screenshots in OUT_DIR: the provisioning log with the PATCH selected (de-log.png) and the
# settings dialog (de-settings.png).
#
# Usage: scripts/screenshots-de.sh OUT_DIR [BINARY]
# Needs xvfb-run, xdotool, curl and ImageMagick's import (scripts/install-deps.sh --test installs them).
set -euo pipefail
export SHOTS_LIB SHOTS_TAG=screenshots-de
SHOTS_LIB=$(cd "$(dirname "${BASH_SOURCE[0]}")/lib" && pwd)
out_dir=${1:?usage: screenshots-de.sh OUT_DIR [BINARY]}
binary=${2:-$(dirname "$0")/../build/release/bin/scim-monitor}
mkdir -p "$out_dir"
out_dir=$(cd "$out_dir" && pwd)
binary=$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")

data_dir=$(mktemp -d)
trap 'rm -rf "$data_dir"' EXIT
token=$("$binary" --data-dir "$data_dir" token create --name "Entra ID Produktion" | tail -n 1)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null \
  || echo 18080)

# A private D-Bus session, so that nothing the window starts on the bus outlives the run.
LANG=de_DE.UTF-8 LANGUAGE=de LC_ALL= xvfb-run -a -s "-screen 0 1600x1000x24" dbus-run-session -- \
  bash -s "$binary" "$data_dir" "$out_dir" "$port" "$token" <<'INNER'
set -euo pipefail
binary=$1 data_dir=$2 out_dir=$3 port=$4 token=$5
"$binary" --data-dir "$data_dir" --listen "127.0.0.1:$port" >/dev/null 2>&1 &
app=$!
source "$SHOTS_LIB/xwindow.sh"
shot() { sleep 1; import -window "$2" "$out_dir/$1.png"; echo "screenshots-de: $out_dir/$1.png"; }
win=$(window scim-monitor)
xdotool windowsize "$win" 1440 900 windowmove "$win" 0 0 windowfocus "$win"
sleep 2

base="http://127.0.0.1:$port/scim/v2"
scim() { # scim METHOD PATH [BODY]: one request as Entra sends it
  curl -s -o /dev/null -X "$1" -H "Authorization: Bearer $token" -H "User-Agent: Azure Active Directory" \
    -H "Content-Type: application/scim+json" ${3:+--data-raw "$3"} "$base/$2"
}
guid=4a9e0c55-3f1b-4f47-9f62-9d0b1a4c7e21
scim GET "Users?filter=userName+eq+%22$guid%22"
scim GET "Groups?excludedAttributes=members&filter=displayName+eq+%22$guid%22"
for u in a.mueller b.schmidt c.weber; do
  scim POST Users '{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"'$u'@contoso.com","active":true,"displayName":"'$u'","emails":[{"type":"work","value":"'$u'@contoso.com","primary":true}],"externalId":"'$u'"}'
done
id=$(curl -s -H "Authorization: Bearer $token" "$base/Users?filter=userName+eq+%22a.mueller@contoso.com%22" \
  | sed -n 's/.*"id":"\([^"]*\)".*/\1/p' | head -n 1)
scim PATCH "Users/$id" '{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"Replace","path":"active","value":"False"}]}'
sleep 2

# The log (Ctrl+2), its last row selected: the PATCH with its quirks and change below.
xdotool mousemove 700 500 click 1
xdotool key ctrl+2
sleep 1
xdotool mousemove 400 136 click 1 # the first row of the log, then the last
xdotool key ctrl+End
shot de-log "$win"

# The settings dialog (Ctrl+,).
xdotool key ctrl+comma
settings=$(window Einstellungen)
xdotool windowmove "$settings" 80 40
shot de-settings "$settings"
kill $app
wait $app || true
INNER
