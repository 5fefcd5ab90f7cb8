# Shared by the measure-*.sh scripts, which source it after setting: out (results folder), base (FHIR base URL),
# bench (renkei-bench jar), pid (the server's, once started), token (bearer token or empty), summary_args (array),
# warmup_default (Bundles warmed up when WARMUP is unset). One server at a time; figures per bench run, with the
# server's CPU seconds around it (/proc/<pid>/stat), the steadier figure on a shared machine.

wait_until_serving() { # variant
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
    --bundles "${BUNDLES:-400}" --warmup "${WARMUP:-$warmup_default}" \
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
# without the demo network, the bench's hospital is stored first (every variant alike).
store_hospital() {
  local auth=()
  [[ -n $token ]] && auth=(-H "Authorization: Bearer $token")
  curl -sf -o /dev/null -X PUT ${auth[@]+"${auth[@]}"} -H 'Content-Type: application/fhir+json' \
    -d '{"resourceType":"Organization","id":"renkei-demo-hospital","name":"さくら野中央病院"}' \
    "$base/Organization/renkei-demo-hospital"
}

# Rounds of one phase per variant, the order swapped every round so that neither variant always runs first.
alternate_rounds() { # rounds first-variant second-variant (calls phase ROUND VARIANT, defined by the script)
  local round variant order
  for round in $(seq 1 "$1"); do
    if (( round % 2 == 1 )); then order=("$2" "$3"); else order=("$3" "$2"); fi
    for variant in "${order[@]}"; do phase "$round" "$variant"; done
  done
}
