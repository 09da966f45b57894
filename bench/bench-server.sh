#!/usr/bin/env bash
# The receiver as a server for the shared bench kit (../shared/bench/run-bench.sh), which starts
# a fresh server for every run and gives it one bearer token on the command line: `init` makes a
# template data directory with one Secret Token and prints the token; `serve` copies the template
# into a new temporary data directory and runs the receiver on it (exec, so that the bench measures
# the receiver process itself), so that every run starts from the same store and the same token.
#
# Usage: bench/bench-server.sh init  BINARY TEMPLATE_DIR
#        bench/bench-server.sh serve BINARY TEMPLATE_DIR PORT
# Example (from the repository root):
#   token=$(bench/bench-server.sh init build/release/bin/scim-monitor /tmp/bench-template)
#   ../shared/bench/run-bench.sh -l scim-monitor -u http://127.0.0.1:8090/scim/v2 -t "$token" \
#       -s "$PWD/bench/bench-server.sh serve $PWD/build/release/bin/scim-monitor /tmp/bench-template 8090" \
#       -n 3 -o bench/results -- --users 2000 --concurrency 16 --strict-rfc
set -euo pipefail
mode=${1:-}
binary=${2:-}
template=${3:-}
[[ -n "$mode" && -x "$binary" && -n "$template" ]] || { sed -n '2,/^set/p' "$0" | sed 's/^# \{0,1\}//; /^set/d'; exit 2; }
case "$mode" in
  init)
    rm -rf "$template"
    mkdir -p "$template"
    "$binary" --data-dir "$template" token create --name "shared bench" | tail -n 1
    ;;
  serve)
    port=${4:?port}
    data=$(mktemp -d "${TMPDIR:-/tmp}/scim-monitor-bench.XXXXXX")
    cp -a "$template/." "$data/"
    rm -f "$data"/*.lock
    # The copy's pages reach the disk now, not in the receiver's first checkpoint sync (on a store
    # seeded with 100,000 users that sync would write back 440 MB inside the run).
    sync -f "$data"
    exec "$binary" --headless --data-dir "$data" --listen "127.0.0.1:$port"
    ;;
  *)
    echo "bench-server: unknown mode $mode (init or serve)" >&2
    exit 2
    ;;
esac
