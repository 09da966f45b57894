#!/usr/bin/env bash
# Checks that the window's translations are up to date with the sources: runs lupdate as the CMake
# target `update_translations` does (the sources of scimmon_ui as ui/CMakeLists.txt lists them,
# the same include paths, -locations none; the English file holds only plural forms) into
# temporary copies of ui/translations/*.ts and fails when the result differs from the committed
# files, i.e. when a tr() string or a .ui text was added, changed or removed without updating them.
# Also fails when the German file has an unfinished or empty translation, or the English file a
# plural without its forms.
#
# Usage: scripts/check-translations.sh            check (scripts/test.sh runs it)
#        scripts/check-translations.sh --update   update the .ts files in place instead (as
#                                                 `cmake --build --preset dev --target update_translations`)
# Environment: LUPDATE, the lupdate to run (default /usr/lib/qt6/bin/lupdate, from qt6-l10n-tools).
set -euo pipefail
cd "$(dirname "$0")/.."

lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
[[ -x "$lupdate" ]] || { echo "check-translations: $lupdate not found (install qt6-l10n-tools)" >&2; exit 1; }
de=ui/translations/scim-monitor_de.ts
en=ui/translations/scim-monitor_en.ts
options=(-locations none)
includes=(-I "$PWD" -I "$PWD/app/core")

# The sources of the lupdate target: the set(scimmon_ui_sources ...) list of ui/CMakeLists.txt.
mapfile -t sources < <(sed -n '/^set(scimmon_ui_sources/,/)/p' ui/CMakeLists.txt | sed 's/^set(scimmon_ui_sources//; s/)//' \
  | tr -s ' \t' '\n' | grep -E '\.(cpp|h|ui)$' | sed 's|^|ui/|')
[[ ${#sources[@]} -gt 0 ]] || { echo "check-translations: no sources found in ui/CMakeLists.txt" >&2; exit 1; }
# A file of ui/ that is not in the list would escape both the build and the translations.
unlisted=$(comm -13 <(printf '%s\n' "${sources[@]}" | sort) \
  <(git ls-files -co --exclude-standard ui | grep -E '\.(cpp|h|ui)$' | while read -r f; do [[ -f "$f" ]] && echo "$f"; done | sort))
if [[ -n "$unlisted" ]]; then
  echo "check-translations: not listed in ui/CMakeLists.txt (set(scimmon_ui_sources ...)):" >&2
  echo "$unlisted" | sed 's/^/  /' >&2
  exit 1
fi

# lupdate DE_TS EN_TS: what the update_translations target does to the two files.
update() {
  "$lupdate" -silent "${options[@]}" "${includes[@]}" "${sources[@]}" -ts "$1" "$2"
  "$lupdate" -silent "${options[@]}" -pluralonly "${includes[@]}" "${sources[@]}" -ts "$2"
}

if [[ "${1:-}" == "--update" ]]; then
  update "$de" "$en"
  echo "check-translations: updated $de and $en; translate what is unfinished in $de (Qt Linguist)"
  exit 0
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$de" "$tmp/scim-monitor_de.ts"
cp "$en" "$tmp/scim-monitor_en.ts"
update "$tmp/scim-monitor_de.ts" "$tmp/scim-monitor_en.ts"

status=0
for pair in "$de:$tmp/scim-monitor_de.ts" "$en:$tmp/scim-monitor_en.ts"; do
  committed=${pair%%:*}
  fresh=${pair#*:}
  if ! diff -u "$committed" "$fresh" >"$tmp/diff"; then
    echo "check-translations: $committed is out of date with the sources (a tr() string or .ui text was added," >&2
    echo "  changed or removed). Run \`cmake --build --preset dev --target update_translations\` (or" >&2
    echo "  scripts/check-translations.sh --update), translate the new entries in $de, and commit both files." >&2
    sed 's/^/  /' "$tmp/diff" | head -n 40 >&2
    status=1
  fi
done

unfinished=$(grep -n 'type="unfinished"' "$tmp/scim-monitor_de.ts" | head -n 20 || true)
empty=$(grep -nE '<translation( ?/>|></translation>)|<numerusform( ?/>|></numerusform>)' \
  "$tmp/scim-monitor_de.ts" | head -n 20 || true)
if [[ -n "$unfinished" || -n "$empty" ]]; then
  echo "check-translations: $de has unfinished or empty translations (lines of the updated file):" >&2
  printf '%s\n%s\n' "$unfinished" "$empty" | grep -v '^$' | sed 's/^/  /' >&2
  grep -B3 'type="unfinished"' "$tmp/scim-monitor_de.ts" | grep '<source>' | head -n 20 | sed 's/^ */  source: /' >&2 || true
  status=1
fi
# The English file holds the plural forms; a plural without them shows "rule(s)" in the window.
plurals=$(grep -n 'type="unfinished"' "$tmp/scim-monitor_en.ts" | head -n 20 || true)
if [[ -n "$plurals" ]]; then
  echo "check-translations: $en has plural forms to fill in (singular, then plural):" >&2
  grep -B3 'type="unfinished"' "$tmp/scim-monitor_en.ts" | grep '<source>' | head -n 20 | sed 's/^ */  source: /' >&2 || true
  status=1
fi
[[ $status -eq 0 ]] && echo "check-translations: $de and $en are up to date and complete"
exit $status
