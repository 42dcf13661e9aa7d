#!/usr/bin/env bash
# Benchmarks of the dashboard and alerts (issue 8): `swa check` start-up with the web and mail
# libraries on the class path, `swa serve` start-up and page times on a station of 10,000 records,
# and alert computation for 100 stations. The machine is small (2 cores) and shared: read the
# ratios within one run, not absolute numbers. Results replace the "Dashboard and alerts" section
# of docs/benchmarks.md (the "Check" section of bench/benchmark.sh is left alone).
#   bash bench/dashboard-benchmark.sh
#   BEFORE_JAR=/tmp/swa-before.jar bash bench/dashboard-benchmark.sh   # adds `swa check` rows for an older jar
set -euo pipefail
cd "$(dirname "$0")/.."
export LANG="${LANG:-C.UTF-8}"
JAR=platform-module/target/swa.jar
WORK=target/bench
SWA_JAVA_OPTS="${SWA_JAVA_OPTS:--XX:+UseSerialGC -XX:TieredStopAtLevel=1}"
runs="${BENCH_RUNS:-5}"
mkdir -p "$WORK"
[ -x /usr/bin/time ] || { echo "bench: GNU time is needed (apt-get install -y time)" >&2; exit 2; }
[ -f "$JAR" ] || mvn -B -q -DskipTests -pl platform-module -am package

station() { # DIR RECORDS: a demo station of 2025 with at least RECORDS records, made once
  if [ ! -f "$1/.complete" ]; then
    rm -rf "$1"
    echo "bench: generating a station of at least $2 records in $1" >&2
    java -jar "$JAR" demo "$1" --records "$2" --year 2025 --generate-only --lang en >/dev/null
    touch "$1/.complete"
  fi
}
station "$WORK/station-10000" 10000
station "$WORK/station-300" 300
alerts="$WORK/alerts-100"
if [ ! -f "$alerts/.complete" ]; then
  rm -rf "$alerts" && mkdir -p "$alerts"
  for i in $(seq -w 1 100); do cp -r "$WORK/station-300" "$alerts/station-$i"; rm -f "$alerts/station-$i/.complete"; done
  touch "$alerts/.complete"
fi
records() { find "$1" -name '*.metadata.properties.xml' | wc -l; }
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "bench: swa check start-up" >&2
check_rows=""
for jar in ${BEFORE_JAR:+"$BEFORE_JAR"} "$JAR"; do
  label="this branch"
  [ "$jar" = "${BEFORE_JAR:-}" ] && label="before (\`$(basename "$jar")\`)"
  for dir in "$WORK/station-300" "$WORK/station-10000"; do
    walls=()
    for i in $(seq "$runs"); do
      /usr/bin/time -f "%e %M" -o "$WORK/time.txt" java $SWA_JAVA_OPTS -jar "$jar" check --store "folder:$dir" --period 2025 \
          --as-of 2026-03-31 --format json --out "$WORK/check.json" >/dev/null
      read -r wall rss < "$WORK/time.txt"
      walls+=("$wall")
    done
    check_rows+="| $label | $(records "$dir") | $(median "${walls[@]}") | ${walls[*]} | $((rss / 1024)) |"$'\n'
  done
done

echo "bench: swa serve start-up" >&2
serve_rows=""
for i in $(seq 3); do
  log="$WORK/serve.log"
  t0=$(date +%s.%N)
  java $SWA_JAVA_OPTS -jar "$JAR" serve --store "folder:$WORK/station-10000" --period 2025 --port 0 --lang en >"$log" 2>&1 &
  pid=$!
  trap 'kill "$pid" 2>/dev/null || true' EXIT  # never leave a server behind, whatever fails
  url=""
  for _ in $(seq 1200); do
    url=$(grep -o 'http://[^ ]*:[0-9]*/$' "$log" || true)  # the whole line, not half of it
    [ -n "$url" ] && break
    sleep 0.1
  done
  t1=$(date +%s.%N)
  first=$(curl -s -o /dev/null -w '%{time_total}' "${url}stations/station-10000" || echo "failed")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  serve_rows+="| $i | $(awk "BEGIN {printf \"%.2f\", $t1 - $t0}") | $first |"$'\n'
done

echo "bench: swa alerts send --dry-run over 100 stations" >&2
stores=()
for d in "$alerts"/station-*; do stores+=(--store "folder:$d"); done
walls=()
for i in $(seq 3); do
  /usr/bin/time -f "%e %M" -o "$WORK/time.txt" java $SWA_JAVA_OPTS -jar "$JAR" alerts send --dry-run "${stores[@]}" \
      --period 2025 --as-of 2026-03-31 --to head@station.example >"$WORK/alerts.txt"
  read -r wall rss < "$WORK/time.txt"
  walls+=("$wall")
done
alerts_cli="| 100 | $(( $(records "$alerts") )) | $(median "${walls[@]}") | ${walls[*]} | $((rss / 1024)) |"

echo "bench: pages and alert computation in one JVM" >&2
inproc=$(mvn -B -q -Pbench-dashboard -pl platform-module -am -DskipTests "-Dbench.station=$PWD/$WORK/station-10000" \
    "-Dbench.alerts=$PWD/$alerts" test | sed 's/\x1b\[[0-9;]*m//g' | grep -E '^\||^$') \
  || { echo "bench: the dashboard benchmark failed (run the mvn command above without -q to see why)" >&2; exit 1; }

section=$(cat <<MD
<!-- bench:dashboard:start -->
## Dashboard and alerts (issue 8)

Measured $(date -u +%Y-%m-%d) on $(nproc) cores ($(java -version 2>&1 | head -1)), launch options \`$SWA_JAVA_OPTS\` (as \`run.sh\`), command:
\`bash bench/dashboard-benchmark.sh\`${BEFORE_JAR:+ with \`BEFORE_JAR=$(basename "$BEFORE_JAR")\`, a jar built without the dashboard and alerts, for the \`before\` rows}.

\`swa check --store folder:DIR --period 2025 --as-of 2026-03-31 --format json\`, JVM start included: what the web
(Spring MVC, Tomcat, Thymeleaf) and mail libraries cost the CLI, which does not start them ($runs runs each):

| jar | records | median wall (s) | all runs (s) | peak RSS (MiB) |
|---|---:|---:|---|---:|
${check_rows}
\`swa serve --store folder:station-10000 --period 2025 --port 0\`: from launch to the address printed (the
station is checked before the server opens), and the first station page after that (curl):

| run | launch → address printed (s) | first station page (s) |
|---:|---:|---:|
${serve_rows}
Page times on a station of 10,000 records, server and client in one JVM, check kept (median after 5 warm-ups):

${inproc}

In the first table, the largest indicator page shows 200 of its slots a page (every case, every month); browsers get it
gzip-compressed (\`server.compression\`); the figures are for the uncompressed page. The second table is alert computation: check +
digest + mail text for each of 100 stations, written but not sent (\`--dry-run\`).

\`swa alerts send --dry-run\` with 100 \`--store\` options (stations of about 300 records), JVM start included:

| stations | records in all | median wall (s) | all runs (s) | peak RSS (MiB) |
|---:|---:|---:|---|---:|
${alerts_cli}
<!-- bench:dashboard:end -->
MD
)

doc=docs/benchmarks.md
printf '%s\n' "$section" > "$WORK/dashboard-section.md"
if grep -q 'bench:dashboard:start' "$doc"; then
  awk -v f="$WORK/dashboard-section.md" '/<!-- bench:dashboard:start -->/{while ((getline l < f) > 0) print l; skip=1; next}
       /<!-- bench:dashboard:end -->/{skip=0; next} !skip' "$doc" > "$doc.tmp"
else
  { cat "$doc"; printf '\n%s\n' "$section"; } > "$doc.tmp"
fi
mv "$doc.tmp" "$doc"
echo "bench: written to $doc" >&2
sed -n '/bench:dashboard:start/,/bench:dashboard:end/p' "$doc"
