#!/usr/bin/env bash
# Measures Renkei against a stock HAPI FHIR 8.8 JPA server on this machine, in the same run, so that Renkei's
# throughput can be stated as a ratio to stock HAPI (issue 2's targets are "what a stock HAPI JPA server reaches on
# this machine", and machines differ from session to session). Runs the renkei-bench ingest (--mode ingest, with its
# care seed) and then the search mix (--mode search) against (a) stock HAPI (jp.renkei.reference.StockHapiServer:
# HAPI's JPA defaults, no security; loopback only) and (b) Renkei as deployed (RenkeiServerApplication, demo data off,
# secured: the bench calls with a hospital-ehr token). One server at a time, each phase on a fresh PostgreSQL database,
# in the order stock renkei, renkei stock, … so that the machine's drifting load weighs on both alike. Prints each run's
# figures with the server's CPU seconds (/proc/<pid>/stat) and the load average, then per variant resources/s,
# queries/s, p95s, server CPU per Bundle and per query, with the renkei/stock ratios. Every server it starts is stopped.
#   usage: src/bench/measure-against-stock-hapi.sh [rounds, default 1]
#   build first: mvn -q -pl profiles,mapping,server,src/bench package -DskipTests
#   environment: PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres; needs createdb/dropdb, trust or PGPASSWORD);
#                DB_PREFIX (renkei_bench_stock: databases <prefix>_<variant>_<round>, dropped and created per phase,
#                kept at the end for inspection unless DROP_DATABASES=1);
#                PORT (18183), BUNDLES (400), WARMUP (500), SEARCH_COUNT (3000), SEARCH_WARMUP (1000), CLIENTS (4),
#                JAVA_OPTS (server JVM, default -XX:+UseSerialGC -Xmn96m, as the README runs Renkei)
set -euo pipefail
cd "$(dirname "$0")/../.."
server_dir=server/target/renkei-server
bench=src/bench/target/renkei-bench.jar
[[ -f $server_dir/renkei-server.jar && -f $bench ]] || {
  echo "build first: mvn -q -pl profiles,mapping,server,src/bench package -DskipTests" >&2; exit 1; }
rounds=${1:-1}
port=${PORT:-18183}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
db_prefix=${DB_PREFIX:-renkei_bench_stock}
out=target/against-stock-hapi-$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$out"
classpath="$server_dir/renkei-server.jar:$server_dir/lib/*"
base=http://127.0.0.1:$port/fhir
pid=
token=
databases=()
# The server must not outlive the script, however it ends.
trap '[[ -n $pid ]] && kill "$pid" 2>/dev/null; true' EXIT
trap 'exit 130' INT TERM
warmup_default=500
# shellcheck source=lib/server-phases.sh
source src/bench/lib/server-phases.sh

fresh_database() { # name
  dropdb --if-exists "$1"
  createdb "$1"
  databases+=("$1")
}

# Both servers alike but for the main class and Renkei's own options: same JVM options, same kind of database, same
# port and address. Renkei: demo clients for the token, no demo data, tokens that outlive the run.
start_server() { # variant database
  local jdbc=jdbc:postgresql://$PGHOST:$PGPORT/$2 options=()
  local main=jp.renkei.reference.StockHapiServer
  if [[ $1 == renkei ]]; then
    main=jp.renkei.server.RenkeiServerApplication
    options=(--renkei.demo.enabled=false --renkei.security.demo-clients=true --renkei.security.key-dir="$out/keys"
      --renkei.security.clients-file= --renkei.security.external-issuer= --renkei.security.access-token-lifetime=60m)
  fi
  java ${JAVA_OPTS:--XX:+UseSerialGC -Xmn96m} -cp "$classpath" "$main" --server.port="$port" --server.address=127.0.0.1 \
    --spring.datasource.url="$jdbc" --spring.datasource.username="$PGUSER" ${options[@]+"${options[@]}"} \
    >> "$out/server-$1.log" 2>&1 &
  pid=$!
  wait_until_serving "$1"
}

# Ingest (with its care seed), then, with fresh planner statistics (not timed, alike for both), the search mix, whose
# targets the bench discovers on the server.
phase() { # round variant
  local database=${db_prefix}_$2_$1
  fresh_database "$database"
  start_server "$2" "$database"
  token=
  [[ $2 == renkei ]] && token=$(java -cp "$classpath" jp.renkei.server.security.client.ClientTokenCommand \
    hospital-ehr "$base" "system/*.cruds" "$out/keys/clients/hospital-ehr.private.jwk")
  store_hospital
  bench_run "$1" "$2" ingest
  psql -q -d "$database" -c 'vacuum analyze'
  bench_run "$1" "$2" search
  stop_server
}

summary_args=()
echo "PostgreSQL $PGHOST:$PGPORT, databases ${db_prefix}_*; results in $out; load average at start: $(cat /proc/loadavg)"
alternate_rounds "$rounds" stock renkei
echo "load average at end: $(cat /proc/loadavg)"
java -cp "$bench" jp.renkei.bench.overhead.StockHapiComparison "${summary_args[@]}" | tee "$out/summary.txt"
if [[ ${DROP_DATABASES:-0} == 1 ]]; then
  for database in "${databases[@]}"; do dropdb --if-exists "$database"; done
fi
