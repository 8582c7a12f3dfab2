#!/usr/bin/env bash
# JMH benchmarks of the parser, the deduper and page rendering (sources in src/bench/java, Maven profile `bench`).
#
#   bench/jmh.sh [JMH options or a benchmark regex]     e.g. bench/jmh.sh Parser
#
# Short settings by default: 1 fork, 3 warmup and 5 measurement iterations of 1 s each. The profile compiles into
# target/bench-build, apart from a normal build. Results (text and JSON) go to bench/out/jmh-<stamp>.{txt,json}.
# Environment: REV (measure a commit from a clean export, see bench/run.sh), JMH_OPTS (replace the default settings).
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

if [[ -n "${REV:-}" ]]; then
    prepare_source # exports REV; its jar is built too, which the profile build does not touch
else
    SRC_ROOT="$ROOT"
    SRC_DESC="$(cd "$ROOT" && git rev-parse --short=12 HEAD) (working tree)"
fi
grep -q '<id>bench</id>' "$SRC_ROOT/pom.xml" || die "no Maven profile 'bench' in $SRC_ROOT/pom.xml"
BUILD="$SRC_ROOT/target/bench-build"
log "compiling the benchmarks (mvn -q -Pbench test-compile) in $SRC_ROOT"
(cd "$SRC_ROOT" && mvn -q -Pbench test-compile) >&2 || die "mvn -Pbench test-compile failed"
(cd "$SRC_ROOT" && mvn -q -Pbench dependency:build-classpath -Dmdep.outputFile="$BUILD/classpath.txt") >&2 \
    || die "cannot get the bench classpath"
CP="$BUILD/test-classes:$BUILD/classes:$(cat "$BUILD/classpath.txt")"

mkdir -p "$OUT_DIR"
STAMP="$(date +%Y%m%d-%H%M%S)"
read -r -a SETTINGS <<<"${JMH_OPTS:--f 1 -wi 3 -i 5 -w 1s -r 1s}"
{
    echo "date: $(date -Is)"
    echo "measured code: $SRC_DESC"
    echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr)"
    java -version 2>&1 | sed 's/^/java: /'
    echo "load at start: $(cut -d' ' -f1-3 /proc/loadavg); CPU pressure: $(head -1 /proc/pressure/cpu 2>/dev/null || echo n/a)"
    echo "command: java -cp … org.openjdk.jmh.Main ${SETTINGS[*]} $* -rf json"
} | tee "$OUT_DIR/jmh-$STAMP.txt"
java -cp "$CP" org.openjdk.jmh.Main "${SETTINGS[@]}" -rf json -rff "$OUT_DIR/jmh-$STAMP.json" "$@" \
    | tee -a "$OUT_DIR/jmh-$STAMP.txt"
echo "results: $OUT_DIR/jmh-$STAMP.txt, $OUT_DIR/jmh-$STAMP.json"
