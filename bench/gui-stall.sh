#!/usr/bin/env bash
# Runs scim-bench-gui (the real main window with the live provisioning log, driven by the shared
# scim-load generator) under Xvfb, once per concurrency given, and prints the figures: the longest
# stall of the GUI event loop (5 ms timer probe), its p99 gap, and the request rate achieved.
#
# Usage: bench/gui-stall.sh [BUILD_DIR] [CONCURRENCY...]     e.g. bench/gui-stall.sh build/release 16 32 64
# Environment: USERS (default 5000), TAB (log|overview|cycles|users, default log), OUT (a folder
# for the JSON figures, default the build dir's bench-results), LOAD_NICE (niceness of the load
# generator, which stands for a remote identity provider; default 10, 0 to compete as an equal).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build/release}
shift || true
levels=("$@")
[[ ${#levels[@]} -eq 0 ]] && levels=(32)
bin=$build/bin/scim-bench-gui
[[ -x $bin ]] || { echo "gui-stall: build $bin first (cmake --build $build --target scim-bench-gui)" >&2; exit 2; }
out=${OUT:-$build/bench-results}
mkdir -p "$out"
for c in "${levels[@]}"; do
  json=$out/gui-stall-c$c.json
  echo "gui-stall: concurrency $c, ${USERS:-5000} users, tab ${TAB:-log}"
  xvfb-run -a -s "-screen 0 1280x800x24" "$bin" --users "${USERS:-5000}" --concurrency "$c" \
    --tab "${TAB:-log}" --load-nice "${LOAD_NICE:-10}" --json "$json" | grep -E '^scim-bench-gui|overall|result:'
done
