#!/usr/bin/env bash
# `swa check` and `swa file` with two builds of swa.jar, side by side in one run, so a change can
# show it is no slower than what it replaces (the machine is small and noisy: compare the ratio).
#   bench/compare-jars.sh OLD.jar NEW.jar [RECORDS] [INBOX_DOCS] [RUNS]
# The runs alternate old/new (and which goes first) so that background load falls on both alike. Prints a Markdown table.
set -euo pipefail
old="$1"; new="$2"; records="${3:-10000}"; docs="${4:-200}"; runs="${5:-5}"
opts="${SWA_JAVA_OPTS:--XX:+UseSerialGC -XX:TieredStopAtLevel=1}"
export LANG=C.UTF-8 LC_ALL=C.UTF-8
work="$(cd "$(dirname "$0")/.." && pwd)/target/bench-compare"
mkdir -p "$work"
station="$work/station-$records"
if [ ! -f "$station/.complete" ]; then
  rm -rf "$station"
  java -jar "$old" demo "$station" --records "$records" --year 2025 --generate-only --lang en >/dev/null
  touch "$station/.complete"
fi
n=$(find "$station" -name '*.metadata.properties.xml' | wc -l)

# An inbox of real documents the filer has not seen: the generated records' files, without their
# metadata, dropped into an empty station (the same set for both builds).
pool="$work/inbox-pool-$docs"
if [ ! -d "$pool" ]; then
  mkdir -p "$pool"
  find "$station" -type f \( -name '*.docx' -o -name '*.xlsx' -o -name '*.pdf' \) -not -path '*/.swa/*' -not -path '*/收件箱/*' \
    | sort | head -n "$docs" | while read -r f; do cp "$f" "$pool/$(basename "$f")"; done
fi
inboxed=$(ls "$pool" | wc -l)

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
declare -A check file filed
for i in $(seq "$runs"); do
  # Which build goes first alternates too, so a load that rises during the run falls on both.
  order="old new"; [ $((i % 2)) -eq 0 ] && order="new old"
  for which in $order; do
    jar=${!which}
    s=$(date +%s.%N)
    java $opts -jar "$jar" check --store "folder:$station" --period 2025 --as-of 2026-03-31 --format json --out "$work/$which.json" >/dev/null
    e=$(date +%s.%N)
    check[$which]+="$(echo "$e - $s" | bc) "
    target="$work/file-$which"
    rm -rf "$target"; mkdir -p "$target/收件箱"; cp "$pool"/* "$target/收件箱/"
    s=$(date +%s.%N)
    java $opts -jar "$jar" file --store "folder:$target" --fonds JN01 --lang en >"$work/file-$which.txt" 2>&1 || true
    e=$(date +%s.%N)
    file[$which]+="$(echo "$e - $s" | bc) "
    filed[$which]=$(find "$target" -name '*.metadata.properties.xml' -not -path '*/.swa/*' | wc -l)
  done
done
co=$(echo ${check[old]} | tr ' ' '\n' | median); cn=$(echo ${check[new]} | tr ' ' '\n' | median)
fo=$(echo ${file[old]} | tr ' ' '\n' | median); fn=$(echo ${file[new]} | tr ' ' '\n' | median)
cmp -s <(grep -v '"asOf\|generated' "$work/old.json") <(grep -v '"asOf\|generated' "$work/new.json") && same=identical || same=DIFFERENT
echo "| command | records / documents | old median (s) | new median (s) | new ÷ old | runs old | runs new |"
echo "|---|---:|---:|---:|---:|---|---|"
printf '| `swa check --format json` | %s records | %.2f | %.2f | %.2f | %s| %s|\n' "$n" "$co" "$cn" "$(echo "$cn / $co" | bc -l)" "${check[old]}" "${check[new]}"
printf '| `swa file` (empty station, inbox) | %s documents (filed: old %s, new %s) | %.2f | %.2f | %.2f | %s| %s|\n' "$inboxed" "${filed[old]}" "${filed[new]}" "$fo" "$fn" "$(echo "$fn / $fo" | bc -l)" "${file[old]}" "${file[new]}"
echo
echo "Check reports of the two builds (JSON, run time fields aside): $same."
