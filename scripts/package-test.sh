#!/usr/bin/env bash
# Tests the packaging like the code: builds the release preset (build/release), makes the DEB and
# TGZ with CPack, validates the desktop entry and the AppStream metainfo, installs the .deb on this
# machine (root, or sudo), checks the installed files, runs the installed `scim-monitor --version`,
# verifies the systemd unit with `systemd-analyze verify`, and runs a headless provisioning smoke
# test against /usr/bin/scim-monitor (create, filter, Entra's PATCH to deactivate, a group with the
# user, delete, a request without a token, SIGTERM).
#
# Ends with "package-test: PASS" or "package-test: FAIL" and the count of checks; exits non-zero on
# any failure. The package is removed again at the end unless it was installed before the run (then
# the new build stays installed) or KEEP_INSTALLED=1.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "package-test: needs root or sudo (it installs the .deb)" >&2; exit 1; }
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "package-test: ok   $*"; }
fail() { failed=$((failed + 1)); echo "package-test: FAIL $*" >&2; }
check() { # check DESCRIPTION COMMAND...: passes when the command succeeds
  local what=$1
  shift
  if "$@"; then pass "$what"; else fail "$what"; fi
}
summary() {
  if [[ $failed -eq 0 && $passed -gt 0 ]]; then
    echo "package-test: PASS"
  else
    echo "package-test: FAIL"
  fi
  echo "package-test: $passed passed, $failed failed"
}
die() { # a failure after which nothing else can be checked
  fail "$*"
  summary
  exit 1
}

work=$(mktemp -d)
receiver_pid=""
installed_before=0
dpkg-query -W -f='${Status}' scim-monitor 2>/dev/null | grep -q "install ok installed" && installed_before=1
installed_now=0
cleanup() {
  if [[ -n "$receiver_pid" ]] && kill -0 "$receiver_pid" 2>/dev/null; then
    kill -KILL "$receiver_pid" 2>/dev/null || true
  fi
  if [[ $installed_now -eq 1 && $installed_before -eq 0 && "${KEEP_INSTALLED:-0}" != 1 ]]; then
    $SUDO apt-get purge -y -q scim-monitor >/dev/null 2>&1 || echo "package-test: could not remove scim-monitor" >&2
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# --- Build and package ----------------------------------------------------------------------------

./scripts/install-deps.sh --test
cmake --preset release >/dev/null || die "configure (release preset)"
cmake --build --preset release -j 2 || die "build (release preset)"
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' build/release/CMakeCache.txt)
[[ -n "$version" ]] || die "read the project version from build/release/CMakeCache.txt"

rm -f build/release/scim-monitor_*.deb build/release/scim-monitor-*.tar.gz
(cd build/release && cpack -G "DEB;TGZ" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log" >&2; die "cpack -G \"DEB;TGZ\""; }
debs=(build/release/scim-monitor_"$version"_*.deb)
tgzs=(build/release/scim-monitor-"$version"-*.tar.gz)
[[ -f "${debs[0]}" ]] || die "cpack made no scim-monitor_${version}_*.deb"
deb=${debs[0]}
check "cpack made $deb" test -s "$deb"
check "cpack made ${tgzs[0]}" test -s "${tgzs[0]}"

# --- The package's metadata and contents ---------------------------------------------------------

depends=$(dpkg-deb -f "$deb" Depends)
echo "package-test: Depends: $depends"
for dep in libqt6sql6-sqlite libsecret-1-0 libqt6core6 libqt6httpserver6 libqt6widgets6; do
  check "Depends lists $dep" grep -qE "(^|, )$dep( |,|$)" <<<"$depends"
done
check "Section is net" test "$(dpkg-deb -f "$deb" Section)" = net
check "Recommends a keyring" test "$(dpkg-deb -f "$deb" Recommends)" = "gnome-keyring | kwalletmanager"

app_id=org.scimmonitor.ScimMonitor
dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./|/|' >"$work/contents"
expected=(
  /usr/bin/scim-monitor
  "/usr/share/applications/$app_id.desktop"
  "/usr/share/metainfo/$app_id.metainfo.xml"
  "/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
  /usr/share/man/man1/scim-monitor.1.gz
  /usr/lib/systemd/system/scim-monitor.service
)
for size in 16 32 48 64 128 256; do
  expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for f in "${expected[@]}"; do
  check "the .deb holds $f" grep -qxF "$f" "$work/contents"
done
same_files_as_deb() { # TGZ: its files (under NAME-VERSION-Linux/) are the .deb's
  tar -tzf "$1" | sed -n 's|^[^/]*/usr/|/usr/|p' | grep -v '/$' | sort >"$work/tgz"
  grep -v '/$' "$work/contents" | sort | diff -q - "$work/tgz" >/dev/null
}
check "the TGZ holds the same files" same_files_as_deb "${tgzs[0]}"

# --- Validation of the desktop entry, the metainfo and the icons ----------------------------------

mkdir "$work/root"
dpkg-deb -x "$deb" "$work/root"
desktop="$work/root/usr/share/applications/$app_id.desktop"
metainfo="$work/root/usr/share/metainfo/$app_id.metainfo.xml"
echo "package-test: desktop-file-validate $app_id.desktop"
check "desktop-file-validate" desktop-file-validate "$desktop"
echo "package-test: appstreamcli validate --no-net $app_id.metainfo.xml"
check "appstreamcli validate" appstreamcli validate --no-net "$metainfo"
check "appstreamcli validate-tree (metainfo, desktop entry and icon agree)" \
  appstreamcli validate-tree --no-net "$work/root"
check "the desktop entry's Icon is the application id" grep -qx "Icon=$app_id" "$desktop"
check "the metainfo's id is the application id" grep -q "<id>$app_id</id>" "$metainfo"
check "the metainfo launches the desktop entry" grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo"
newest=$(grep -m1 -o '<release version="[^"]*"' "$metainfo" | cut -d'"' -f2)
check "the metainfo's newest release is $version (it is '$newest')" test "$newest" = "$version"
png_of_size() { file -b "$1" | grep -q "PNG image data, $2 x $2, 8-bit/color RGBA"; }
for size in 16 32 48 64 128 256; do
  check "the ${size}px icon is a ${size}x${size} PNG with transparency" \
    png_of_size "$work/root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png" "$size"
done

# --- Install the .deb ------------------------------------------------------------------------------

echo "package-test: apt-get install ./$deb"
$SUDO apt-get install -y -q --reinstall "./$deb" >"$work/apt.log" 2>&1 || { cat "$work/apt.log" >&2; die "apt-get install ./$deb"; }
installed_now=1
pass "apt-get install ./$deb"
check "dpkg knows scim-monitor $version" test "$(dpkg-query -W -f='${Version}' scim-monitor)" = "$version"
check "/usr/bin/scim-monitor --version says scim-monitor $version" \
  test "$(/usr/bin/scim-monitor --version)" = "scim-monitor $version"
check "man finds the installed scim-monitor(1)" bash -c 'man -w scim-monitor | grep -q "^/usr/share/man/man1/scim-monitor.1.gz$"'

unit=$(dpkg -L scim-monitor | grep '/systemd/system/scim-monitor\.service$') || die "the package installed no systemd unit"
echo "package-test: systemd-analyze verify $unit"
if systemd-analyze verify "$unit" >"$work/verify.log" 2>&1 && ! grep -q . "$work/verify.log"; then
  pass "systemd-analyze verify $unit (no output)"
else
  cat "$work/verify.log" >&2
  fail "systemd-analyze verify $unit"
fi

# --- Headless provisioning smoke test against the installed binary -------------------------------

bin=/usr/bin/scim-monitor
data="$work/data"
mkdir "$data"
"$bin" --headless --data-dir "$data" --listen 127.0.0.1:0 --admin-listen 127.0.0.1:0 >"$work/out" 2>"$work/err" &
receiver_pid=$!
for _ in $(seq 1 100); do
  [[ -s "$work/out" ]] && break
  kill -0 "$receiver_pid" 2>/dev/null || break
  sleep 0.1
done
first=$(head -n 1 "$work/out")
url=${first##*Tenant URL: }
if [[ "$first" != *"Tenant URL: "* || "$url" != http://127.0.0.1:*/scim/v2 ]]; then
  cat "$work/out" "$work/err" >&2
  die "the headless receiver printed its Tenant URL on the first line (got '$first')"
fi
pass "headless receiver listening at $url"
for _ in $(seq 1 50); do grep -q '^Admin endpoints: ' "$work/out" && break; sleep 0.1; done
admin=$(sed -n 's|^Admin endpoints: \(http://[^/]*\)/metrics.*|\1|p' "$work/out")
check "the admin listener's /readyz answers 200 (at '$admin')" \
  bash -c "curl -sf '$admin/readyz' | grep -q '^database: ok'"
check "the admin listener's /metrics is Prometheus text" \
  bash -c "curl -sf '$admin/metrics' | grep -q '^scimmon_build_info{version=\"$version\"'"
token=$("$bin" --data-dir "$data" token create --name smoke | tail -n 1) || true
check "token create printed a token" test -n "$token"

# curl_scim OUT METHOD PATH BODY [curl options...]: prints the HTTP status (000 when there was no
# answer); the body goes to OUT, the headers to OUT.h.
curl_scim() {
  local out=$1 method=$2 path=$3 body=$4
  shift 4
  local args=(-sS -o "$out" -D "$out.h" -w '%{http_code}' -X "$method" -H 'Accept: application/scim+json' "$@")
  [[ -n "$body" ]] && args+=(-H 'Content-Type: application/scim+json' --data-binary "$body")
  curl "${args[@]}" "$url$path" || true
}
auth=(-H "Authorization: Bearer $token")

user='{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"smoke.user@example.com",
  "externalId":"smoke-1","active":true,"name":{"givenName":"Smoke","familyName":"User"},
  "emails":[{"type":"work","value":"smoke.user@example.com","primary":true}]}'
status=$(curl_scim "$work/r1" POST /Users "$user" "${auth[@]}")
check "POST /Users answers 201 (got $status)" test "$status" = 201
user_id=$(sed -n 's|^[Ll]ocation: .*/Users/\([^[:space:]]*\).*|\1|p' "$work/r1.h" | tr -d '\r')
check "POST /Users gave a Location with the id ($user_id)" test -n "$user_id"

status=$(curl_scim "$work/r2" GET '/Users?filter=userName%20eq%20%22smoke.user%40example.com%22' "" "${auth[@]}")
check "GET /Users?filter=userName eq ... answers 200 (got $status)" test "$status" = 200
check "the filter finds exactly the user (totalResults 1)" grep -q '"totalResults": *1[,}]' "$work/r2"

patch='{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"Replace","path":"active","value":"False"}]}'
status=$(curl_scim "$work/r3" PATCH "/Users/$user_id" "$patch" "${auth[@]}")
check "Entra's PATCH Replace active \"False\" answers 200 (got $status)" test "$status" = 200
check "the user is now inactive (\"active\":false)" grep -q '"active": *false' "$work/r3"

group='{"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"Smoke Group",
  "members":[{"value":"'"$user_id"'"}]}'
status=$(curl_scim "$work/r4" POST /Groups "$group" "${auth[@]}")
check "POST /Groups with the user as member answers 201 (got $status)" test "$status" = 201
check "the group lists the user as member" grep -q "\"value\": *\"$user_id\"" "$work/r4"

status=$(curl_scim "$work/r5" DELETE "/Users/$user_id" "" "${auth[@]}")
check "DELETE /Users/ID answers 204 (got $status)" test "$status" = 204
status=$(curl_scim "$work/r6" GET "/Users/$user_id" "" "${auth[@]}")
check "GET of the deleted user answers 404 (got $status)" test "$status" = 404

status=$(curl_scim "$work/r7" GET /Users "")
check "GET /Users without a token answers 401 (got $status)" test "$status" = 401

kill -TERM "$receiver_pid"
exit_status=0
wait "$receiver_pid" || exit_status=$?
receiver_pid=""
check "the receiver exits 0 on SIGTERM (got $exit_status)" test "$exit_status" = 0
check "the receiver logged the POST of the user" grep -q "POST /scim/v2/Users 201" "$work/out"
check "the receiver logged the PATCH of the user" grep -q "PATCH /scim/v2/Users/$user_id 200" "$work/out"
not_shown() { ! grep -qF "$1" "$work/out" "$work/err"; }
check "the receiver's output never shows the token" not_shown "$token"

summary
[[ $failed -eq 0 ]]
