#!/usr/bin/env bash
# The provisioning bench of the README: the receiver against the SCIMMY peer, in alternated pairs,
# plus the minimal calibration server (the load generator's own ceiling), through the separate
# SCIM load bench kit (scim-load.mjs, run-bench.sh, compare.mjs; not in this repository).
#
# Usage: bench/provisioning-bench.sh [BINARY] [CONCURRENCY] [PAIRS] [USERS]
#   BINARY       default build/release/bin/scim-monitor
#   CONCURRENCY  default 16          PAIRS  default 3          USERS  default 2000
# Environment: BENCH_KIT (default ../shared/bench beside this checkout), OUT (default
# bench/results/cCONCURRENCY), IDLE_PCT (default 90: each run waits until the host is that idle),
# SEED (options of `scim-monitor seed` that fill the receiver's template store first, e.g.
# "--users 100000 --groups 1000 --members-per-group 100"; the SCIMMY peer starts empty).
# Prints the medians of scim-monitor against SCIMMY (compare.mjs), then the minimal server's run.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
binary=$(realpath "${1:-$root/build/release/bin/scim-monitor}")
conc=${2:-16}
pairs=${3:-3}
users=${4:-2000}
kit=$(realpath "${BENCH_KIT:-$root/../shared/bench}")
out=${OUT:-$root/bench/results/c$conc}
idle=${IDLE_PCT:-90}
[[ -x "$binary" ]] || { echo "provisioning-bench: no binary at $binary (cmake --build --preset release)" >&2; exit 2; }
[[ -f "$kit/run-bench.sh" ]] || { echo "provisioning-bench: the bench kit is not at $kit (set BENCH_KIT)" >&2; exit 2; }
if [[ ! -d "$kit/peers/scimmy/node_modules" ]]; then
    (cd "$kit/peers/scimmy" && { npm ci --no-audit --no-fund || npm install --no-audit --no-fund; }) >&2
fi
mkdir -p "$out"
template=$(mktemp -d "${TMPDIR:-/tmp}/scim-monitor-bench-template.XXXXXX")
trap 'rm -rf "$template"' EXIT
token=$("$root/bench/bench-server.sh" init "$binary" "$template")
if [[ -n "${SEED:-}" ]]; then
    # shellcheck disable=SC2086 # SEED holds several options
    "$binary" --data-dir "$template" seed $SEED >&2
fi
load=(--users "$users" --concurrency "$conc" --strict-rfc)
for i in $(seq 1 "$pairs"); do
    "$kit/run-bench.sh" -l "scim-monitor-$i" -u http://127.0.0.1:8093/scim/v2 -t "$token" -i "$idle" \
        -s "$root/bench/bench-server.sh serve $binary $template 8093" -n 1 -o "$out" -- "${load[@]}" >&2
    "$kit/run-bench.sh" -l "scimmy-$i" -u http://127.0.0.1:8880/scim/v2 -t bench-token -i "$idle" \
        -s "node $kit/peers/scimmy/server.mjs --port 8880 --token bench-token" -n 1 -o "$out" -- "${load[@]}" >&2
done
"$kit/run-bench.sh" -l minimal -u http://127.0.0.1:8890/scim/v2 -t bench-token -i "$idle" \
    -s "node $kit/peers/minimal/server.mjs --port 8890 --token bench-token" -n 1 -o "$out" -- "${load[@]}" >&2
node "$kit/compare.mjs" "$out"/scim-monitor-*-run1.json vs "$out"/scimmy-*-run1.json
echo
echo "minimal calibration server (the load generator's ceiling):"
grep -E "overall|cpu:" "$out/minimal-run1.txt"
