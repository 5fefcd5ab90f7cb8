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
token=
# The server must not outlive the script, however it ends.
trap '[[ -n $pid ]] && kill "$pid" 2>/dev/null; true' EXIT
trap 'exit 130' INT TERM

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

bench_run() { # round variant mode: one renkei-bench run, with the server's CPU seconds around it
  local report=$out/$1-$2-$3.json status=0 cpu_before
  cpu_before=$(cpu_seconds)
  RENKEI_TOKEN=$token java -jar "$bench" --base "$base" --mode "$3" --clients "${CLIENTS:-4}" \
    --bundles "${BUNDLES:-400}" --warmup "${WARMUP:-100}" \
    --search-count "${SEARCH_COUNT:-3000}" --search-warmup "${SEARCH_WARMUP:-1000}" --out "$report" \
    > "$out/$1-$2-$3.txt" || status=$?
  (( status == 0 )) || echo "WARNING: bench exit $status in round $1 ($2 $3); see $out/$1-$2-$3.txt" >&2
  local cpu; cpu=$(awk -v a="$cpu_before" -v b="$(cpu_seconds)" 'BEGIN { printf "%.1f", b - a }')
  summary_args+=("$2=$report@$cpu")
  local figures; figures=$(grep -E '^search: [0-9]+ queries in' "$out/$1-$2-$3.txt" \
    || grep -A1 -E '^ingest: [0-9]+ of' "$out/$1-$2-$3.txt" | tr -s ' \n' ' ')
  echo "round $1 $2 $3: $figures; server CPU $cpu s; load $(cut -d' ' -f1-3 /proc/loadavg)"
}

# Renkei stamps the patients a hospital writes with its Organization (managingOrganization), which must be stored:
# without the demo network, the bench's hospital is stored first (both variants alike).
store_hospital() {
  local auth=()
  [[ -n $token ]] && auth=(-H "Authorization: Bearer $token")
  curl -sf -o /dev/null -X PUT "${auth[@]}" -H 'Content-Type: application/fhir+json' \
    -d '{"resourceType":"Organization","id":"renkei-demo-hospital","name":"さくら野中央病院"}' \
    "$base/Organization/renkei-demo-hospital"
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
for round in $(seq 1 "$rounds"); do
  if (( round % 2 == 1 )); then order=(secured unsecured); else order=(unsecured secured); fi
  for variant in "${order[@]}"; do phase "$round" "$variant"; done
done
echo "load average at end: $(cat /proc/loadavg)"
java -cp "$bench" jp.renkei.bench.overhead.SecurityOverheadSummary "${summary_args[@]}" | tee "$out/summary.txt"
