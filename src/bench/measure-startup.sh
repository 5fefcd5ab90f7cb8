#!/usr/bin/env bash
# Measures Renkei's start-up: seconds from launching the jar to the first served /metadata; then the seconds until a
# support plan sent to $validate right after start is answered (the profile validator warms up in the background);
# and the resident memory (RSS) with the validator loaded. Prints the figures as text and as one JSON line. The server
# is stopped at the end.
# $validate needs a bearer token: the demo client hospital-ehr gets one (its key is generated into ./data at the first
# start) with the bundled token command; the validator warms up meanwhile, so the figure still measures the warm-up.
#   usage: src/bench/measure-startup.sh [runs]   (environment as for the server, e.g. RENKEI_DB_URL=jdbc:postgresql://…;
#          JAVA_OPTS replaces the README's -XX:+UseSerialGC -Xmn96m -XX:SharedArchiveFile=…/renkei-server.jsa)
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=server/target/renkei-server/renkei-server.jar
port=${PORT:-18080}
runs=${1:-1}
[[ -f $jar ]] || { echo "build first: mvn -q install -DskipTests" >&2; exit 1; }
logs=$(mktemp -d)
plan=$logs/support-plan.json
tar xzf profiles/target/classes/packages/renkei.tgz -O package/CarePlan-renkei-support-plan-example.json > "$plan"

for run in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  PORT=$port java ${JAVA_OPTS:--XX:+UseSerialGC -Xmn96m -XX:SharedArchiveFile=${jar%.jar}.jsa} -jar "$jar" > "$logs/startup-$run.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://localhost:$port/fhir/metadata"; do
    kill -0 "$pid" 2>/dev/null || { echo "server died; see $logs/startup-$run.log" >&2; exit 1; }
    sleep 0.2
  done
  ready=$(date +%s%N)
  ms=$(( (ready - start) / 1000000 ))
  token=$(java -cp "$(dirname "$jar")/renkei-server.jar:$(dirname "$jar")/lib/*" \
    jp.renkei.server.security.client.ClientTokenCommand hospital-ehr "http://localhost:$port/fhir" 'system/CarePlan.r')
  curl -sf -o /dev/null -X POST -H 'Content-Type: application/fhir+json' --data-binary "@$plan" \
    -H "Authorization: Bearer $token" \
    "http://localhost:$port/fhir/CarePlan/\$validate?profile=http://renkei.jp/fhir/StructureDefinition/renkei-support-plan" \
    || { echo "the support plan example did not validate; see $logs/startup-$run.log" >&2; exit 1; }
  validate_ms=$(( ($(date +%s%N) - ready) / 1000000 ))
  sleep 5 # let start-up work (demo check, caches) settle before reading memory
  rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  awk -v r="$run" -v ms="$ms" -v v="$validate_ms" -v kb="$rss_kb" 'BEGIN { printf \
    "run %d: first /metadata served after %.1f s; a support plan validated %.1f s later; RSS %.0f MB\n", \
    r, ms / 1000, v / 1000, kb / 1024 }'
  printf '{"run":%d,"startupMillis":%d,"firstValidationMillis":%d,"rssKb":%d}\n' "$run" "$ms" "$validate_ms" "$rss_kb"
done
