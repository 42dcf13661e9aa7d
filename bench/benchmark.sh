#!/usr/bin/env bash
# Benchmarks of `swa check` (issue 2): wall time including JVM start and peak memory of the CLI on
# folder stores of 1,000, 10,000 and 100,000 records, then the engine alone on the same stations.
# The machine is small (2 cores) and noisy: read the ratios within one run, not absolute numbers.
# Results replace the "Check" section of docs/benchmarks.md.
#   ./run.sh bench                   all sizes
#   BENCH_SIZES="1000 10000" ./run.sh bench
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=platform-module/target/swa.jar
WORK=target/bench
mkdir -p "$WORK"
[ -x /usr/bin/time ] || { echo "bench: GNU time is needed for peak memory (apt-get install -y time)" >&2; exit 2; }
sizes="${BENCH_SIZES:-1000 10000 100000}"
runs="${BENCH_RUNS:-3}"

rows=""
stations=""
for n in $sizes; do
  dir="$WORK/station-$n"
  if [ ! -f "$dir/.complete" ]; then
    rm -rf "$dir"
    echo "bench: generating a station of at least $n records in $dir" >&2
    java -jar "$JAR" demo "$dir" --records "$n" --year 2025 --generate-only --lang en >/dev/null
    touch "$dir/.complete"
  fi
  records=$(find "$dir" -name '*.metadata.properties.xml' | wc -l)
  for launch in "" "$SWA_JAVA_OPTS"; do
  walls=()
  peak=0
  for i in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$WORK/time.txt" java ${launch} -jar "$JAR" check --store "folder:$dir" --period 2025 \
        --as-of 2026-03-31 --format json --out "$WORK/report-$n.json" >/dev/null
    read -r wall rss < "$WORK/time.txt"
    walls+=("$wall")
    [ "$rss" -gt "$peak" ] && peak=$rss
  done
  median=$(printf '%s\n' "${walls[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  how="java -jar swa.jar"
  [ -n "$launch" ] && how="java $launch -jar swa.jar (run.sh)"
  echo "bench: $records records, $how: median ${median}s of (${walls[*]}), peak ${peak} KiB" >&2
  rows+="| $records | \`$how\` | $median | ${walls[*]} | $((peak / 1024)) |"$'\n'
  done
  stations+="$PWD/$dir,"
done

echo "bench: engine alone" >&2
engine=$(mvn -B -q -Pbench-engine -pl platform-module -am -DskipTests "-Dbench.stations=${stations%,}" test | sed 's/\x1b\[[0-9;]*m//g' | grep '^|') \
  || { echo "bench: the engine benchmark failed (run the mvn command above without -q to see why)" >&2; exit 1; }

section=$(cat <<MD
<!-- bench:check:start -->
## Check (issue 2)

Measured $(date -u +%Y-%m-%d) on $(nproc) cores ($(java -version 2>&1 | head -1)), command:
\`./run.sh bench\` (\`bench/benchmark.sh\`; sizes: \`$sizes\`, $runs runs each).

\`swa check --store folder:DIR --period 2025 --as-of 2026-03-31 --format json\` as a user runs it
(\`java -jar swa.jar\`, JVM start included), wall time and peak resident memory from GNU time:

| records | launch | median wall (s) | all runs (s) | peak RSS (MiB) |
|---:|---|---:|---|---:|
${rows}
The engine alone (records already in memory; index + slots + assessment; median of 11 after 10 warm-ups);
a steady last column means the engine is linear in records + slots:

${engine}
<!-- bench:check:end -->
MD
)

doc=docs/benchmarks.md
mkdir -p docs
[ -f "$doc" ] || printf '# Benchmarks\n\nEach section gives the command that produced it. Compare ratios within one run: the machine is small (2 cores) and noisy.\n' > "$doc"
printf '%s\n' "$section" > "$WORK/section.md"
if grep -q 'bench:check:start' "$doc"; then
  awk -v f="$WORK/section.md" '/<!-- bench:check:start -->/{while ((getline l < f) > 0) print l; skip=1; next}
       /<!-- bench:check:end -->/{skip=0; next} !skip' "$doc" > "$doc.tmp"
else
  { cat "$doc"; printf '\n%s\n' "$section"; } > "$doc.tmp"
fi
mv "$doc.tmp" "$doc"
echo "bench: written to $doc" >&2
sed -n '/bench:check:start/,/bench:check:end/p' "$doc"
