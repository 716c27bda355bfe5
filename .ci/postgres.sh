#!/usr/bin/env bash
# A throw-away PostgreSQL 15 for the tests on the PostgreSQL backend: loopback only, trust auth, in a
# temp folder, run as an unprivileged user (never as root).
#
#   bash .ci/postgres.sh start DIR   installs postgresql-15 with apt if missing, initialises a cluster in
#                                    DIR (created if needed), starts it on a free loopback port and prints
#                                    one line: the Npgsql connection string. Exits non-zero on failure.
#   bash .ci/postgres.sh stop DIR    stops that cluster (fast shutdown) and deletes DIR.
#
# Only for tests: fsync is off (a crash of the machine may lose the test cluster, nothing else).
set -euo pipefail

command=${1:-}
dir=${2:-}
if [ -z "$command" ] || [ -z "$dir" ]; then
  echo "usage: $0 start|stop DIR" >&2
  exit 2
fi

log() { echo "postgres.sh: $*" >&2; }

find_bin() {
  local candidate
  for candidate in "${PG_BIN:-}" /usr/lib/postgresql/15/bin; do
    if [ -n "$candidate" ] && [ -x "$candidate/initdb" ] && [ -x "$candidate/pg_ctl" ]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

install_postgres() {
  if [ "$(id -u)" -ne 0 ]; then
    log "postgresql-15 is not installed and this is not root; install it (apt-get install postgresql-15) or set PG_BIN"
    return 1
  fi
  log "installing postgresql-15 with apt"
  # Debian's package would create and start a 'main' cluster; the tests only need the binaries.
  if [ ! -e /etc/postgresql-common/createcluster.conf ]; then
    mkdir -p /etc/postgresql-common
    echo "create_main_cluster = false" > /etc/postgresql-common/createcluster.conf
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq -o Dpkg::Options::=--force-confold postgresql-15 >&2
}

# Runs a command as the cluster's owner: the current user, or 'nobody' when this is root
# (PostgreSQL refuses to run as root).
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u nobody -- "$@"
  else
    "$@"
  fi
}

start() {
  local bin port attempt
  bin=$(find_bin) || { install_postgres && bin=$(find_bin); } || { log "no PostgreSQL 15 binaries found"; return 1; }
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  if [ "$(id -u)" -eq 0 ]; then
    if ! runuser -u nobody -- test -x "$(dirname "$dir")"; then
      log "the user nobody cannot reach $(dirname "$dir"); put DIR in a world-traversable folder such as /tmp"
      return 1
    fi
    chown nobody "$dir"
    # nobody must be able to reach the folder: mktemp's parent (/tmp) is world-traversable.
    chmod 0700 "$dir"
  fi
  as_owner "$bin/initdb" -D "$dir/data" -U comet --auth=trust -E UTF8 --no-locale --no-sync >"$dir/initdb.log" 2>&1 \
    || { log "initdb failed:"; cat "$dir/initdb.log" >&2; return 1; }
  as_owner mkdir -p "$dir/socket"
  # A random port; retried when it happens to be taken.
  for attempt in 1 2 3 4 5; do
    port=$((20000 + RANDOM % 40000))
    if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-p $port -k $dir/socket -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" start >&2; then
      echo "$port" > "$dir/port"
      as_owner "$bin/psql" -h 127.0.0.1 -p "$port" -U comet -d postgres -qAt -c "CREATE DATABASE comet_test" >&2
      echo "Host=127.0.0.1;Port=$port;Username=comet;Database=comet_test"
      return 0
    fi
    log "start on port $port failed (attempt $attempt):"
    tail -n 5 "$dir/server.log" >&2 || true
  done
  return 1
}

stop() {
  local bin
  if [ -d "$dir/data" ]; then
    bin=$(find_bin) || { log "no PostgreSQL binaries to stop the cluster with"; return 1; }
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || log "pg_ctl stop failed (already stopped?)"
  fi
  rm -rf "$dir"
}

case "$command" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop DIR" >&2; exit 2 ;;
esac
