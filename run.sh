#!/usr/bin/env bash
# Station Archives — the project's commands, in the manner of the Alfresco SDK's run.sh.
#   ./run.sh demo [ARGS…]   build if needed, make ./demo-station if absent, check it, print readiness and gaps, write reports/
#   ./run.sh test           mvn -B verify: every test (those needing a live repository aside)
#   ./run.sh test-live      the acs-live tests against ../shared/tools/acs-live, started and stopped around them
#   ./run.sh swa ARGS…      the swa CLI (builds the jar first only when it is missing or stale)
#   ./run.sh bench          the benchmarks; results go to docs/benchmarks.md (./run.sh bench issue16: start, index, find only)
#   ./run.sh build_start    build the jars and images, start Alfresco + Share + the platform service (docker compose)
#   ./run.sh start | stop | purge | tail   start without building, stop, stop and delete the volumes, follow the logs
set -euo pipefail
cd "$(dirname "$0")"

# Java names files in the locale's charset: Chinese file names need a UTF-8 locale.
case "${LC_ALL:-${LANG:-}}" in
  *UTF-8*|*utf8*|*UTF8*|*utf-8*) ;;
  *) export LANG=C.UTF-8 LC_ALL=C.UTF-8 ;;
esac

JAR=platform-module/target/swa.jar
# A CLI run lives for seconds: on a small machine C2 compiler threads and G1's concurrent threads
# cost more than they give (10,000 records: 2.6 s → 1.6 s, docs/benchmarks.md). Override as needed.
SWA_JAVA_OPTS="${SWA_JAVA_OPTS:--XX:+UseSerialGC -XX:TieredStopAtLevel=1}"
# swa file reads one scan per core; tesseract's own OpenMP threads then only contend (on 2 cores a
# page cost 3× the CPU, docs/benchmarks.md issue 15). Tika cannot set it for the process it starts.
export OMP_THREAD_LIMIT="${OMP_THREAD_LIMIT:-1}"

need() {
  command -v "$1" >/dev/null 2>&1 || { echo "run.sh: $1 is required ($2)" >&2; exit 2; }
}

# Class-data sharing for the CLI's start (docs/benchmarks.md, issue 16): the jar extracted beside it
# (Spring Boot's tools layout: swa.jar + lib/), picocli first on the class path, and a static CDS
# archive of the classes a short command loads, made once per build of swa.jar (a few seconds).
# A static archive, not -XX:ArchiveClassesAtExit: Java 17 keeps picocli's Java 5 classes only there.
CDS=platform-module/target/swa-cds
cds_ready() {
  [ "${SWA_CDS:-1}" = 1 ] || return 1
  if [ ! -f "$CDS/swa.jsa" ] || [ "$JAR" -nt "$CDS/swa.jsa" ]; then
    echo "正在准备快速启动 / preparing class-data sharing for a fast start (once per build)…" >&2
    rm -rf "$CDS"
    java -Djarmode=tools -jar "$JAR" extract --destination "$CDS" >/dev/null 2>&1 || return 1
    local cp list="$CDS/classes.lst"
    cp="$(cds_classpath)"
    : > "$list.all"
    # Trained on help and on the commands themselves (check and find on a small generated station), so
    # that a real check or find also finds its classes in the archive, not only a help text.
    local train="$CDS/train"
    java -cp "$cp" org.swarchive.app.SwaApplication demo "$train" --records 60 --year 2025 --generate-only --lang en >/dev/null 2>&1 || true
    for training in "--help" "check --help" "find --help" \
        "check --store folder:$train --period 2025 --format json" "find 会议 --store folder:$train --format json"; do
      # shellcheck disable=SC2086
      java -XX:DumpLoadedClassList="$list.one" -cp "$cp" org.swarchive.app.SwaApplication $training >/dev/null 2>&1 || true
      cat "$list.one" >> "$list.all" 2>/dev/null || true
    done
    rm -rf "$train"
    awk '!seen[$0]++' "$list.all" > "$list"
    java -Xshare:dump -XX:SharedClassListFile="$list" -XX:SharedArchiveFile="$CDS/swa.jsa" -cp "$cp" >"$CDS/dump.log" 2>&1 \
      || { echo "run.sh: class-data sharing unavailable (see $CDS/dump.log); starting without it" >&2; return 1; }
  fi
  [ -f "$CDS/swa.jsa" ]
}
cds_classpath() {
  # picocli first: its classes are looked up before the other libraries' jars are opened.
  printf '%s:%s' "$(ls "$CDS"/lib/picocli-*.jar | head -1)" "$CDS/swa.jar"
}
# Java 17.0.x maps a CDS archive at a random address and then relocates every pointer in it: for
# swa's archive (≈ 65 MB) that alone was 0.1–0.2 s of each start (-Xlog:startuptime "Genesis",
# docs/benchmarks.md). Mode 0 maps it where it was made (falling back to relocation if that address
# is taken): only the archive's own place is then not randomised.
CDS_OPTS="-XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0"
# Runs the swa CLI: from the CDS archive when there is one, else from the jar.
run_swa() {
  if cds_ready; then
    exec java $SWA_JAVA_OPTS $CDS_OPTS -XX:SharedArchiveFile="$CDS/swa.jsa" -Xshare:auto -cp "$(cds_classpath)" org.swarchive.app.SwaApplication "$@"
  fi
  exec java $SWA_JAVA_OPTS -jar "$JAR" "$@"
}

# Builds swa.jar when it is missing or older than any source or POM it is made from.
build_if_stale() {
  need java "Java 17"
  need mvn "Maven 3.8"
  if [ ! -f "$JAR" ] || [ -n "$(find pom.xml content-models platform-module -newer "$JAR" \
        \( -name pom.xml -o -path '*/src/*' \) -type f -print -quit 2>/dev/null)" ]; then
    echo "正在构建 swa.jar / building swa.jar (the first build downloads dependencies from Maven Central)…" >&2
    mvn -B -q -DskipTests -pl platform-module -am package
  fi
}

# The Alfresco deployment, as the Alfresco SDK's run.sh drives it.
compose() {
  docker compose -f docker/docker-compose.yml "$@"
}

cmd="${1:-help}"
[ $# -gt 0 ] && shift
case "$cmd" in
  demo)
    build_if_stale
    exec java $SWA_JAVA_OPTS -jar "$JAR" demo demo-station --report-dir reports "$@"
    ;;
  test)
    need mvn "Maven 3.8"
    exec mvn -B verify "$@"
    ;;
  test-live)
    need mvn "Maven 3.8"
    # The content-models jar the harness deploys; then only the tests tagged acs-live.
    mvn -B -q -pl content-models package -DskipTests
    exec mvn -B -Pacs-live -pl platform-module -am test "$@"
    ;;
  swa)
    build_if_stale
    run_swa "$@"
    ;;
  bench)
    build_if_stale
    if [ "${1:-}" = issue16 ]; then
      shift
      SWA_JAVA_OPTS="$SWA_JAVA_OPTS" exec bash bench/issue16.sh "$@"
    fi
    SWA_JAVA_OPTS="$SWA_JAVA_OPTS" bash bench/benchmark.sh "$@"
    SWA_JAVA_OPTS="$SWA_JAVA_OPTS" exec bash bench/issue16.sh
    ;;
  build_start)
    need docker "Docker with the compose plugin"
    need mvn "Maven 3.8"
    # clean: the Dockerfiles take target/*-VERSION.jar and refuse more than one (the Alfresco SDK's run.sh builds the same way)
    mvn -B -q -DskipTests clean package
    compose build
    compose up -d
    echo "Alfresco: http://localhost:8080/alfresco  Share: http://localhost:8180/share (or SWA_PUBLIC_HOST, SWA_SHARE_PORT of docker/.env)  (./run.sh tail follows the logs)" >&2
    ;;
  start)
    need docker "Docker with the compose plugin"
    compose up -d
    ;;
  stop)
    need docker "Docker with the compose plugin"
    compose down
    ;;
  purge)
    need docker "Docker with the compose plugin"
    compose down -v --rmi local
    ;;
  tail)
    need docker "Docker with the compose plugin"
    compose logs -f "$@"
    ;;
  help|-h|--help)
    sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
    ;;
  *)
    echo "run.sh: unknown command '$cmd'" >&2
    sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
    ;;
esac
