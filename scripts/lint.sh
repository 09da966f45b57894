#!/usr/bin/env bash
# Checks what a review would otherwise catch by eye: formatting with the repo's .clang-format, and
# the one include style (includes written from a library's root, "scim/filter.h", never relative,
# so that the per-folder include roots of cmake/ScimmonConfig.cmake decide what a folder may see).
# Exits non-zero with the offending files listed.
set -euo pipefail
cd "$(dirname "$0")/.."

status=0
files=$(git ls-files -co --exclude-standard '*.cpp' '*.h' | while read -r f; do [[ -f "$f" ]] && echo "$f"; done)

unformatted=$(echo "$files" | xargs clang-format --dry-run -Werror 2>&1 | grep -oE '^[^:]+\.(cpp|h)' | sort -u || true)
if [[ -n "$unformatted" ]]; then
  echo "lint: not formatted with .clang-format (run clang-format -i on them):" >&2
  echo "$unformatted" | sed 's/^/  /' >&2
  status=1
fi

relative=$(echo "$files" | xargs grep -nE '^\s*#\s*include\s+"\.\./' || true)
if [[ -n "$relative" ]]; then
  echo "lint: relative includes; write them from the library's root (\"store/store.h\"):" >&2
  echo "$relative" | sed 's/^/  /' >&2
  status=1
fi
exit $status
