#!/usr/bin/env bash
# Benchmarks of issue 16 (a fast start, the folder store's index, swa find), side by side with
# their floors: `java -version` for a start, `cat` of every metadata file for a scan. Wall time,
# median of BENCH_RUNS runs, all in one run of this script (the machine is small and shared: read
# the ratios, not the absolute numbers). Results replace the "issue 16" section of docs/benchmarks.md.
#   ./run.sh bench issue16
#   BENCH_RUNS=5 BENCH_SIZES="10000" ./run.sh bench issue16
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=platform-module/target/swa.jar
CDS=platform-module/target/swa-cds
WORK=target/bench
mkdir -p "$WORK"
runs="${BENCH_RUNS:-5}"
sizes="${BENCH_SIZES:-10000 100000}"
opts="${SWA_JAVA_OPTS:--XX:+UseSerialGC -XX:TieredStopAtLevel=1}"

load_start=$(cut -d' ' -f1-3 /proc/loadavg)
# The CDS archive run.sh makes (once per build), trained on help and on check and find themselves.
./run.sh swa --help >/dev/null
cds_cp="$(ls "$CDS"/lib/picocli-*.jar | head -1):$CDS/swa.jar"
# For comparison, an archive trained on the help texts alone (what run.sh made before).
help_jsa="$WORK/swa-help.jsa"
if [ ! -f "$help_jsa" ] || [ "$CDS/swa.jsa" -nt "$help_jsa" ]; then
  : > "$WORK/help.lst.all"
  for t in "--help" "check --help" "find --help"; do
    # shellcheck disable=SC2086
    java -XX:DumpLoadedClassList="$WORK/help.one" -cp "$cds_cp" org.swarchive.app.SwaApplication $t >/dev/null 2>&1 || true
    cat "$WORK/help.one" >> "$WORK/help.lst.all"
  done
  awk '!seen[$0]++' "$WORK/help.lst.all" > "$WORK/help.lst"
  java -Xshare:dump -XX:SharedClassListFile="$WORK/help.lst" -XX:SharedArchiveFile="$help_jsa" -cp "$cds_cp" >"$WORK/help-dump.log" 2>&1
fi

# median SECONDS of running "$@" $runs times
median() {
  local walls=() s e
  for _ in $(seq "$runs"); do
    s=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s.%N)
    walls+=("$(echo "$e - $s" | bc)")
  done
  printf '%s\n' "${walls[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.2f", a[int((NR+1)/2)]}'
}
once() {
  local s e
  s=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s.%N)
  printf '%.2f' "$(echo "$e - $s" | bc)"
}
ratio() { echo "scale=1; $1 / $2" | bc; }
# "start-up / index / query" seconds of one run, as swa find --timing says them (the median run's)
split_of() {
  local lines=() i
  for i in $(seq "$runs"); do
    lines+=("$("$@" --timing --lang en 2>&1 >/dev/null | sed -n 's/^Seconds: start-up \([0-9.]*\), index brought up to date \([0-9.]*\), query \([0-9.]*\).*/\3 \1 \2/p')")
  done
  printf '%s\n' "${lines[@]}" | sort -n | awk '{a[NR]=$0} END {split(a[int((NR+1)/2)], f, " "); printf "%.2f / %.2f / %.3f", f[2], f[3], f[1]}'
}

# as run.sh starts from the archive (CDS_OPTS there)
cds_opts="-XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0"
swa_fat() { java $opts -jar "$JAR" "$@"; }
swa_x() { java $opts -cp "$cds_cp" org.swarchive.app.SwaApplication "$@"; }
swa_cds() { java $opts $cds_opts -XX:SharedArchiveFile="$CDS/swa.jsa" -cp "$cds_cp" org.swarchive.app.SwaApplication "$@"; }
swa_helpcds() { java $opts $cds_opts -XX:SharedArchiveFile="$help_jsa" -cp "$cds_cp" org.swarchive.app.SwaApplication "$@"; }

echo "bench: start-up" >&2
floor=$(median java -version)
start_rows=""
for what in "--help" "check --help" "serve --help"; do
  # shellcheck disable=SC2086
  fat=$(median swa_fat $what)
  # shellcheck disable=SC2086
  x=$(median swa_x $what)
  # shellcheck disable=SC2086
  cds=$(median swa_cds $what)
  start_rows+="| \`swa $what\` | $fat ($(ratio "$fat" "$floor")×) | $x ($(ratio "$x" "$floor")×) | $cds ($(ratio "$cds" "$floor")×) |"$'\n'
done
# What two of the start-up measures give, each switched off alone (the others stay): the archive
# relocated as Java 17.0.x does by default, and picocli's look-up of Groovy's Closure class.
measure_rows=""
for what in "--help" "check --help"; do
  # shellcheck disable=SC2086
  all=$(median swa_cds $what)
  # shellcheck disable=SC2086
  reloc=$(median java $opts -XX:SharedArchiveFile="$CDS/swa.jsa" -cp "$cds_cp" org.swarchive.app.SwaApplication $what)
  # shellcheck disable=SC2086
  groovy=$(median java $opts $cds_opts -Dpicocli.disable.closures=false -XX:SharedArchiveFile="$CDS/swa.jsa" -cp "$cds_cp" org.swarchive.app.SwaApplication $what)
  measure_rows+="| \`swa $what\` | $all ($(ratio "$all" "$floor")×) | $reloc ($(ratio "$reloc" "$floor")×) | $groovy ($(ratio "$groovy" "$floor")×) |"$'\n'
done
# Spring's lazy initialisation, on a command that needs Spring (serve's help starts the CLI's context)
lazy=$(median swa_cds serve --help)
eager=$(median java $opts -Dspring.main.lazy-initialization=false -XX:SharedArchiveFile="$CDS/swa.jsa" -cp "$cds_cp" \
  org.swarchive.app.SwaApplication serve --help)

scan_rows=""
find_rows=""
# A station of more than 10,000 records is made from the 10,000-record one, in the folder store's own
# layout: its archive folders (not the inbox, not .swa) copied as hard links N/10,000 times, each copy
# below its own folder (类目/年度/批N/…). Seconds instead of the demo's hours (the demo writes every
# Word and Excel file through POI); the metadata is the same, so archive codes repeat and check reports
# them, which is part of what it measures. Hard links: no more disk than the 10,000-record station.
make_station() {
  local n=$1 dir=$2 base="$WORK/station-10000"
  if [ "$n" -le 10000 ]; then
    java $opts -jar "$JAR" demo "$dir" --records "$n" --year 2025 --generate-only --lang en >/dev/null
    return
  fi
  [ -d "$base" ] || make_station 10000 "$base"
  mkdir -p "$dir/.swa"
  cp -a "$base/.swa/station.xml" "$dir/.swa/" 2>/dev/null || true
  cp -al "$base/收件箱" "$dir/" 2>/dev/null || true
  local copies=$(( (n + 9999) / 10000 )) c
  for cat in "$base"/*/; do
    cat=$(basename "$cat")
    [ "$cat" = 收件箱 ] && continue
    for year in "$base/$cat"/*/; do
      year=$(basename "$year")
      for c in $(seq "$copies"); do
        mkdir -p "$dir/$cat/$year/批$c"
        cp -al "$base/$cat/$year/." "$dir/$cat/$year/批$c/"
      done
    done
  done
}

for n in $sizes; do
  dir="$WORK/station-$n"
  if [ ! -d "$dir" ]; then
    echo "bench: generating a station of at least $n records in $dir" >&2
    make_station "$n" "$dir"
  fi
  records=$(find "$dir" -name '*.metadata.properties.xml' -not -path '*/.swa/*' | wc -l)
  echo "bench: $records records" >&2
  catfloor=$(median bash -c "find '$dir' -name '*.metadata.properties.xml' -not -path '*/.swa/*' -exec cat {} + >/dev/null")
  check=(check --store "folder:$dir" --period 2025 --as-of 2026-03-31 --format json)
  plain=$(median java $opts -Dswa.index=false -XX:SharedArchiveFile="$CDS/swa.jsa" -cp "$cds_cp" org.swarchive.app.SwaApplication "${check[@]}")
  rm -rf "$dir/.swa/index"
  cold=$(once swa_cds "${check[@]}")
  warm=$(median swa_cds "${check[@]}")
  warm_help=$(median swa_helpcds "${check[@]}")
  # the same output with and without the index
  java $opts -Dswa.index=false -jar "$JAR" "${check[@]}" > "$WORK/check-plain-$n.json" 2>/dev/null || true
  swa_cds "${check[@]}" > "$WORK/check-indexed-$n.json" 2>/dev/null || true
  same=$(cmp -s "$WORK/check-plain-$n.json" "$WORK/check-indexed-$n.json" && echo identical || echo DIFFERENT)
  scan_rows+="| $records | $catfloor | $plain ($(ratio "$plain" "$catfloor")×) | $cold ($(ratio "$cold" "$catfloor")×) | $warm ($(ratio "$warm" "$catfloor")×) | $warm_help | $same |"$'\n'
  fields=$(median swa_cds find --store "folder:$dir" --type case-visit --period 2025 --limit 20 --format json)
  fields_split=$(split_of swa_cds find --store "folder:$dir" --type case-visit --period 2025 --limit 20 --format json)
  words_first="–"
  words_warm="–"
  words_split="–"
  if [ "$n" -le "${BENCH_TEXT_MAX:-10000}" ]; then
    words_first=$(once swa_cds find 走访 --store "folder:$dir" --format json)
    words_warm=$(median swa_cds find 走访 记录 --store "folder:$dir" --format json)
    words_split=$(split_of swa_cds find 走访 记录 --store "folder:$dir" --format json)
  fi
  find_rows+="| $records | $floor | $fields | $fields_split | $words_first | $words_warm | $words_split |"$'\n'
done

section=$(cat <<MD
<!-- bench:issue16:start -->
## Fast start, the folder store's index, swa find (issue 16)

Measured $(date -u +%Y-%m-%d) on $(getconf _NPROCESSORS_ONLN) cores, shared (load averages 1/5/15 min: $load_start at the start, $(cut -d' ' -f1-3 /proc/loadavg) at the end; $(java -version 2>&1 | head -1)),
command: \`./run.sh bench issue16\` (\`bench/issue16.sh\`; median of $runs runs, wall time, launch options \`$opts\`).

**Start.** Floor: \`java -version\` = ${floor} s. \`swa\` no longer starts Spring for any command but
\`serve\`, \`alerts\` and \`watch\`, and picocli builds only the command asked for (none for \`swa --help\`);
the time zone's rules (a ServiceLoader that opens every jar of the class path) are looked up only when a
date is asked for; picocli is told not to look for Groovy (\`picocli.disable.closures\`: a class that is
on no jar made the class loader open all ~150); then class-data sharing (the jar extracted, a static CDS
archive made by run.sh once per build, trained on the help texts and on \`check\` and \`find\` run on a
small generated station), mapped where it was made rather than relocated (\`-XX:ArchiveRelocationMode=0\`):

| command | \`java -jar swa.jar\` | extracted jar | extracted + CDS (\`./run.sh swa\`) |
|---|---:|---:|---:|
${start_rows}
Each measure switched off alone, in the same run: the archive relocated at start (Java 17.0.x's default,
\`ArchiveRelocationMode=1\`; run.sh now passes 0) and picocli looking for Groovy's \`Closure\` class
(\`-Dpicocli.disable.closures=false\`; swa now sets it true):

| command | all measures (\`./run.sh swa\`) | archive relocated | picocli looks for Groovy |
|---|---:|---:|---:|
${measure_rows}
Spring's lazy initialisation (a command that starts Spring, \`serve --help\`): lazy ${lazy} s, eager ${eager} s.
Java 25's AOT cache (\`-XX:AOTCacheOutput\`) was tried and gave no more than Java 17's static CDS archive
on this machine; Spring AOT was not tried: the commands that start Spring are the long-running ones.

**\`swa check\`** (\`--format json\`, JVM start included). Floor: \`cat\` of every metadata file.
Without the index (\`-Dswa.index=false\`: every metadata file parsed, as before), the first run that
builds \`.swa/index/\` (cold), and later runs (warm: only changed files are read); the last column
compares the JSON of a run without the index with one through it. "warm, help-only CDS" is the same
warm run with an archive trained on the help texts alone (what run.sh made before this measurement):

| records | cat floor (s) | without index (s) | cold, builds the index (s) | warm (s) | warm, help-only CDS (s) | JSON |
|---:|---:|---:|---:|---:|---:|---|
${scan_rows}
**\`swa find\`** (JVM start included): fields only (\`--type case-visit --period 2025\`, no text needed),
then the same split by \`swa find --timing\` into start-up (JVM start to the command) / bringing the index
up to date (catalogue, walk, changed files) / the query itself (median run); words, first run (the text
of every document extracted with Tika into the index, once); words, warm, and its split:

| records | java -version (s) | fields (s) | fields: start-up / index / query (s) | words, first (s) | words, warm (s) | words: start-up / index / query (s) |
|---:|---:|---:|---|---:|---:|---|
${find_rows}
Stations are made by \`swa demo DIR --records N --generate-only\` when missing. At 100,000 records the
demo numbers at most 9,999 items a series a year, so archive codes repeat: \`check\` reports them,
which is part of what it measures.
<!-- bench:issue16:end -->
MD
)

doc=docs/benchmarks.md
printf '%s\n' "$section" > "$WORK/section16.md"
if grep -q 'bench:issue16:start' "$doc"; then
  awk -v f="$WORK/section16.md" '/<!-- bench:issue16:start -->/{while ((getline l < f) > 0) print l; skip=1; next}
       /<!-- bench:issue16:end -->/{skip=0; next} !skip' "$doc" > "$doc.tmp"
else
  { cat "$doc"; printf '\n%s\n' "$section"; } > "$doc.tmp"
fi
mv "$doc.tmp" "$doc"
echo "bench: written to $doc" >&2
sed -n '/bench:issue16:start/,/bench:issue16:end/p' "$doc"
