#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: initdb in a temporary folder, listening on the
# loopback interface only, trust authentication, a database and role for the tests. It never
# touches a system cluster (its data, socket and log stay in the folder).
#
#   scripts/pg-test-cluster.sh start DIR [PORT]   prints the URL for SCIMMON_TEST_PG
#   scripts/pg-test-cluster.sh stop DIR           stops the cluster and removes DIR
#
# PostgreSQL refuses to run as root; run as root, the cluster belongs to the `postgres` user
# (created by the postgresql package) and DIR is handed to it.
set -euo pipefail

action=${1:?usage: pg-test-cluster.sh start|stop DIR [PORT]}
dir=${2:?usage: pg-test-cluster.sh start|stop DIR [PORT]}
port=${3:-55432}

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [[ -z "$bindir" ]]; then
  echo "pg-test-cluster.sh: PostgreSQL is not installed (Debian package postgresql-15)" >&2
  exit 1
fi

as_owner() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

case "$action" in
start)
  mkdir -p "$dir"
  [[ $(id -u) -eq 0 ]] && chown postgres: "$dir"
  as_owner "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
  as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c fsync=off" start >/dev/null
  as_owner "$bindir/psql" -h 127.0.0.1 -p "$port" -U postgres -qAt -v ON_ERROR_STOP=1 \
    -c "CREATE ROLE scim LOGIN CREATEDB" -c "CREATE DATABASE scim_test OWNER scim" postgres
  echo "postgresql://scim@127.0.0.1:$port/scim_test"
  ;;
stop)
  if [[ -d "$dir/data" ]]; then
    as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null || true
  fi
  rm -rf "$dir"
  ;;
*)
  echo "pg-test-cluster.sh: unknown action $action (start or stop)" >&2
  exit 1
  ;;
esac
