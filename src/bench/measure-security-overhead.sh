#!/usr/bin/env bash
# Measures what security and audit cost (issue 5: at most 25 % of throughput). Runs ingest + search mix (renkei-bench
# --mode all) against the secured server and against the unsecured benchmark server
# (jp.renkei.server.benchmark.UnsecuredBenchmarkServer: no token check, no access rules, no audit trail; loopback
# only), one server at a time on the same database, in the order S U, U S, S U, … so that the growing database and
# the machine's changing load weigh on both alike. Prints each run's figures with the server's CPU seconds, then per
# variant the throughput and the server CPU time per Bundle and per query, with the ratios. Every server it starts is
# stopped.
#   usage: src/bench/measure-security-overhead.sh [rounds, default 2]
#   build first: mvn -q -pl server,src/bench -am package -DskipTests
#   environment: RENKEI_DB_URL (default: a fresh H2 file under target/), RENKEI_DB_USER, RENKEI_DB_PASSWORD;
#                PORT (18182), BUNDLES (400), WARMUP (100), SEARCH_COUNT (3000), SEARCH_WARMUP (1000), CLIENTS (4),
#                JAVA_OPTS (server JVM, default -XX:+UseSerialGC -Xmn96m, as the README runs Renkei)
set -euo pipefail
cd "$(dirname "$0")/../.."
server_dir=server/target/renkei-server
bench=src/bench/target/renkei-bench.jar
[[ -f $server_dir/renkei-server.jar && -f $bench ]] || {
  echo "build first: mvn -q -pl server,src/bench -am package -DskipTests" >&2; exit 1; }
rounds=${1:-2}
port=${PORT:-18182}
out=target/security-overhead-$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$out"
export RENKEI_DB_URL=${RENKEI_DB_URL:-jdbc:h2:file:$PWD/$out/renkei}
classpath="$server_dir/renkei-server.jar:$server_dir/lib/*"
base=http://127.0.0.1:$port/fhir
pid=
token=
# The server must not outlive the script, however it ends.
trap '[[ -n $pid ]] && kill "$pid" 2>/dev/null; true' EXIT
trap 'exit 130' INT TERM
warmup_default=100
# shellcheck source=lib/server-phases.sh
source src/bench/lib/server-phases.sh

# Both variants alike but for the main class: demo clients for the token, no demo data, tokens that outlive the run.
start_server() { # variant main-class
  java ${JAVA_OPTS:--XX:+UseSerialGC -Xmn96m} -cp "$classpath" "$2" --server.port="$port" --server.address=127.0.0.1 \
    --renkei.demo.enabled=false --renkei.security.demo-clients=true --renkei.security.key-dir="$out/keys" \
    --renkei.security.clients-file= --renkei.security.external-issuer= \
    --renkei.security.access-token-lifetime=60m >> "$out/server-$1.log" 2>&1 &
  pid=$!
  wait_until_serving "$1"
}

# Ingest (with its care seed) and the search mix as two bench runs, so the server's CPU time of each is known. The
# search run discovers its targets on the server: patients of earlier phases too, alike for both variants.
phase() { # round variant
  local main=jp.renkei.server.RenkeiServerApplication
  [[ $2 == unsecured ]] && main=jp.renkei.server.benchmark.UnsecuredBenchmarkServer
  start_server "$2" "$main"
  token=
  [[ $2 == secured ]] && token=$(RENKEI_KEY_DIR=$out/keys java -cp "$classpath" \
    jp.renkei.server.security.client.ClientTokenCommand hospital-ehr "$base")
  store_hospital
  bench_run "$1" "$2" ingest
  bench_run "$1" "$2" search
  stop_server
}

summary_args=()
echo "database $RENKEI_DB_URL; results in $out; load average at start: $(cat /proc/loadavg)"
alternate_rounds "$rounds" secured unsecured
echo "load average at end: $(cat /proc/loadavg)"
java -cp "$bench" jp.renkei.bench.overhead.SecurityOverheadSummary "${summary_args[@]}" | tee "$out/summary.txt"
