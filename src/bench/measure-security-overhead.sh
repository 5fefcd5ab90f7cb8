#!/usr/bin/env bash
# Measures what security and audit cost (issue 5: at most 25 % of throughput). Runs ingest + search mix (renkei-bench
# --mode all) against the secured server and against the unsecured benchmark server
# (jp.renkei.server.benchmark.UnsecuredBenchmarkServer: no token check, no access rules, no audit trail; loopback
# only), one server at a time on the same database, in the order S U, U S, S U, … so that the growing database and
# the JIT warming up weigh on both alike. Prints each phase's figures, the server's CPU seconds per phase, and the
# throughput of both variants with the ratio. Every server it starts is stopped.
#   usage: src/bench/measure-security-overhead.sh [rounds, default 2]
#   build first: mvn -q -pl server,src/bench -am package -DskipTests
#   environment: RENKEI_DB_URL (default: a fresh H2 file under target/), RENKEI_DB_USER, RENKEI_DB_PASSWORD;
#                PORT (18182), BUNDLES (400), WARMUP (100), SEARCH_COUNT (3000), SEARCH_WARMUP (1000), CLIENTS (4),
#                JAVA_OPTS (server JVM, default -XX:+UseSerialGC)
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
trap '[[ -n $pid ]] && kill "$pid" 2>/dev/null; true' EXIT

# Both variants alike but for the main class: demo clients for the token, no demo data, tokens that outlive the run.
start_server() { # variant main-class
  java ${JAVA_OPTS:--XX:+UseSerialGC} -cp "$classpath" "$2" --server.port="$port" --server.address=127.0.0.1 \
    --renkei.demo.enabled=false --renkei.security.demo-clients=true --renkei.security.key-dir="$out/keys" \
    --renkei.security.clients-file= --renkei.security.external-issuer= \
    --renkei.security.access-token-lifetime=60m >> "$out/server-$1.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "$base/metadata"; do
    kill -0 "$pid" 2>/dev/null || { echo "the $1 server died; see $out/server-$1.log" >&2; exit 1; }
    sleep 0.5
  done
}

stop_server() {
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
}

cpu_seconds() { # utime + stime of the server, in seconds
  awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$pid/stat"
}

phase() { # round variant
  local variant=$2 main=jp.renkei.server.RenkeiServerApplication token=
  [[ $variant == unsecured ]] && main=jp.renkei.server.benchmark.UnsecuredBenchmarkServer
  start_server "$variant" "$main"
  [[ $variant == secured ]] && token=$(RENKEI_KEY_DIR=$out/keys java -cp "$classpath" \
    jp.renkei.server.security.client.ClientTokenCommand hospital-ehr "$base")
  local cpu_before; cpu_before=$(cpu_seconds)
  local report=$out/$1-$variant.json status=0
  RENKEI_TOKEN=$token java -jar "$bench" --base "$base" --mode all --clients "${CLIENTS:-4}" \
    --bundles "${BUNDLES:-400}" --warmup "${WARMUP:-100}" \
    --search-count "${SEARCH_COUNT:-3000}" --search-warmup "${SEARCH_WARMUP:-1000}" --out "$report" \
    > "$out/$1-$variant.txt" || status=$?
  (( status == 0 )) || echo "WARNING: bench exit $status in round $1 ($variant); see $out/$1-$variant.txt" >&2
  echo "round $1 $variant: $(jq -r '"\(.ingest.resourcesPerSecond) resources/s, \(.search.queriesPerSecond) queries/s"' \
    "$report" 2>/dev/null || echo "see $report"), server CPU $(awk -v a="$cpu_before" -v b="$(cpu_seconds)" \
    'BEGIN { printf "%.1f", b - a }') s, load $(cut -d' ' -f1-3 /proc/loadavg)"
  stop_server
  summary_args+=("$variant=$report")
}

summary_args=()
echo "database $RENKEI_DB_URL; results in $out; load average at start: $(cat /proc/loadavg)"
for round in $(seq 1 "$rounds"); do
  if (( round % 2 == 1 )); then order=(secured unsecured); else order=(unsecured secured); fi
  for variant in "${order[@]}"; do phase "$round" "$variant"; done
done
echo "load average at end: $(cat /proc/loadavg)"
java -cp "$bench" jp.renkei.bench.overhead.SecurityOverheadSummary "${summary_args[@]}" | tee "$out/summary.txt"
