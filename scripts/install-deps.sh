#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages scim-monitor needs to build and run; with --test also what
# the test suite needs (Xvfb, D-Bus, a keyring daemon, openssl for test certificates, fonts,
# ImageMagick, a PostgreSQL server for the store tests on PostgreSQL). Installs only what is missing, with sudo when not run as root.
set -euo pipefail

BUILD_PKGS=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-l10n-tools
  qtkeychain-qt6-dev libsystemd-dev libqt6sql6-sqlite libqt6sql6-psql libsecret-1-0 libxkbcommon-dev libgl-dev
  libcjose-dev libjansson-dev libssl-dev libjemalloc-dev libsqlite3-dev
  help2man librsvg2-bin
)
TEST_PKGS=(clang-format xvfb xauth xdotool dbus dbus-x11 gnome-keyring libsecret-tools openssl fonts-dejavu-core imagemagick curl
  dpkg-dev file desktop-file-utils appstream systemd man-db postgresql-15)

pkgs=("${BUILD_PKGS[@]}")
[[ "${1:-}" == "--test" ]] && pkgs+=("${TEST_PKGS[@]}")

if ! command -v dpkg-query >/dev/null || ! command -v apt-get >/dev/null; then
  echo "install-deps: this script installs Debian/Ubuntu packages; on other systems install Qt 6.4+ (Base, HttpServer," >&2
  echo "install-deps: WebSockets, Sql with the SQLite driver), SQLite 3.38+, QtKeychain for Qt 6, cjose (with Jansson and OpenSSL)," >&2
  echo "install-deps: CMake 3.25+ and Ninja yourself." >&2
  exit 1
fi

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [[ ${#missing[@]} -eq 0 ]]; then
  exit 0
fi

SUDO=""
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  SUDO="sudo"
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q >/dev/null
$SUDO apt-get install -y -q "${missing[@]}" >/dev/null
