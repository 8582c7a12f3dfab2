#!/usr/bin/env bash
# Benchmark one newsarchive build at archive scale.
#
#   bench/run.sh N            e.g. bench/run.sh 10000
#
# Generates (once, cached under bench/out/corpora/) a seeded corpus of N raw articles with the test tree's
# CorpusGenerator, then:
#   - RUNS full builds into a fresh output folder (JVM start included): median wall time, articles/s, pages,
#     output size (bytes, bytes/article), peak RSS (GNU time), heap (from -Xlog:gc), stage times when the build
#     has --timings;
#   - RUNS no-change rebuilds on that output;
#   - RUNS one-changed-article rebuilds (a sentence appended to the longest line of one input file, a new
#     sentence each time; the file is restored afterwards);
# and prints the rebuilds as ratios of the full build. Raw logs go to bench/out/run-N-<stamp>/ and one line per
# measurement is appended to bench/out/results.tsv.
#
# Environment:
#   JAVA_OPTS   extra JVM options, e.g. JAVA_OPTS=-Xmx1g            (default: none)
#   RUNS        runs per measurement, median reported                (default: 3)
#   OUTLETS     outlets in the corpus                                (default: 30)
#   SEED        generator seed                                       (default: 42)
#   THREADS     --threads N for the build                            (default: the build's default, one per core)
#   TIMEOUT     seconds one build may take before it is stopped      (default: 600)
#   PROFILE     1: record the first full build with JFR and print its hottest frames
#   REBUILDS    0: skip the rebuild measurements                     (default: 1)
#   TAG         a word added to the run folder's name and to results.tsv
#   REV         measure this commit (e.g. REV=HEAD) from a clean export instead of the working tree
#   ARGS        extra build options, e.g. ARGS=--catalog-body=omit                (default: none)
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

N=${1:?usage: bench/run.sh N}
[[ "$N" =~ ^[0-9]+$ ]] || die "N must be a number: $N"
RUNS=${RUNS:-3}
OUTLETS=${OUTLETS:-30}
SEED=${SEED:-42}
THREADS=${THREADS:-}
TIMEOUT=${TIMEOUT:-600}
PROFILE=${PROFILE:-0}
REBUILDS=${REBUILDS:-1}
TAG=${TAG:-}
read -r -a JOPTS <<<"${JAVA_OPTS:-}"

ensure_gnu_time
prepare_source
INPUT="$(corpus_dir "$N" "$OUTLETS" "$SEED")"

STAMP="$(date +%Y%m%d-%H%M%S)"
RUN_DIR="$OUT_DIR/run-$N${TAG:+-$TAG}-$STAMP"
SITE="$RUN_DIR/site"
mkdir -p "$RUN_DIR"
# run a private copy of the jar: a concurrent `mvn package` or `mvn clean` must not swap it mid-run
cp "$JAR" "$RUN_DIR/newsarchive.jar"
JAR="$RUN_DIR/newsarchive.jar"
RESULTS="$OUT_DIR/results.tsv"
[[ -f "$RESULTS" ]] || printf 'date\tcommit\tN\ttag\tjava_opts\tmeasure\trun\twall_ms\texit\tpages\tfiles_changed\tbytes\trss_kib\theap_peak_mib\theap_live_mib\theap_committed_mib\tload1\n' >"$RESULTS"

BUILD_ARGS=(build -i "$INPUT" -o "$SITE")
[[ -n "$THREADS" ]] && BUILD_ARGS+=(--threads "$THREADS")
read -r -a EXTRA_ARGS <<<"${ARGS:-}"
BUILD_ARGS+=("${EXTRA_ARGS[@]}")
HAS_TIMINGS=0
BUILD_HELP="$(java -jar "$JAR" build --help 2>&1 || true)"
if [[ "$BUILD_HELP" == *--timings* ]]; then
    HAS_TIMINGS=1
    BUILD_ARGS+=(--timings)
fi
COMMIT="${SRC_DESC%% *}"
if [[ "$SRC_DESC" == *uncommitted* ]]; then COMMIT+="+dirty"; fi

{
    echo "date: $(date -Is)"
    echo "measured code: $SRC_DESC"
    echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr)"
    java -version 2>&1 | sed 's/^/java: /'
    echo "load at start: $(cut -d' ' -f1-3 /proc/loadavg); CPU pressure: $(head -1 /proc/pressure/cpu 2>/dev/null || echo n/a)"
    echo "input: $INPUT ($(tree_files "$INPUT") files, $(tree_bytes "$INPUT") bytes)"
    echo "command: java ${JOPTS[*]} -Xlog:gc,gc+heap+exit:file=… -jar $JAR ${BUILD_ARGS[*]}"
    echo "timings option: $([[ $HAS_TIMINGS == 1 ]] && echo yes || echo 'no (the build has no --timings yet)')"
} | tee "$RUN_DIR/env.txt"

# one_build NAME [extra JVM options...]: runs the build once, leaves NAME.{out,err,time,gc} in RUN_DIR and
# prints "wall_ms exit"
one_build() {
    local name=$1
    shift
    local t0 t1 rc=0
    t0=$(now_ms)
    # time outside timeout: a build stopped by the timeout still gets its CPU time and peak RSS written
    /usr/bin/time -v -o "$RUN_DIR/$name.time" timeout --kill-after=15 "$TIMEOUT" \
        java "${JOPTS[@]}" "$@" -Xlog:gc,gc+heap+exit:file="$RUN_DIR/$name.gc" -jar "$JAR" "${BUILD_ARGS[@]}" \
        >"$RUN_DIR/$name.out" 2>"$RUN_DIR/$name.err" || rc=$?
    t1=$(now_ms)
    echo "$((t1 - t0)) $rc"
}

# heap figures from a gc log: "peak live committed" in MiB (peak includes the heap in use at exit)
heap_of() {
    local f=$1 g exit_used
    g=$(gc_summary "$f" 2>/dev/null || echo "0 0 0 0")
    exit_used=$(awk '/gc,heap,exit/ && /garbage-first heap|def new generation|PSYoungGen|total/ && match($0, /used [0-9]+K/) {
                     v = substr($0, RSTART + 5, RLENGTH - 6); print int(v / 1024); exit }' "$f")
    read -r pu la cm _ <<<"$g"
    exit_used=${exit_used:-0}
    ((exit_used > pu)) && pu=$exit_used
    echo "$pu $la $cm"
}

mib() { if [[ "$1" =~ ^[0-9]+$ ]]; then echo $(($1 / 1024)); else echo NA; fi; }

# CPU seconds (user + system) from a GNU time -v file
# (NA when `timeout` had to SIGKILL the build: GNU time then measured only the killed `timeout`)
cpu_of() {
    if [[ ! -s "$1" ]] || grep -q 'terminated by signal' "$1"; then echo NA; return; fi
    awk -F': ' '/User time|System time/ {s += $2} END {printf "%.1f\n", s}' "$1"
}

# summary figures of a build's stdout: "pages changed" ("NA" when not printed)
summary_of() {
    local f=$1
    local pages changed
    pages=$(grep -oE 'Wrote [0-9]+ pages' "$f" | grep -oE '[0-9]+' | head -1 || true)
    changed=$(grep -oE '[0-9]+ changed' "$f" | grep -oE '[0-9]+' | head -1 || true)
    echo "${pages:-NA} ${changed:-NA}"
}

record() { # measure run wall exit pages changed bytes rss peak live committed
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -Is)" "$COMMIT" "$N" "${TAG:--}" \
        "${JAVA_OPTS:--}" "$@" "$(cut -d' ' -f1 /proc/loadavg)" >>"$RESULTS"
}

failed_run() { # name wall rc
    local name=$1 wall=$2 rc=$3
    echo "  $name FAILED: exit $rc after $((wall / 1000)) s$([[ $rc == 124 || $rc == 137 ]] && echo " (stopped by the ${TIMEOUT} s timeout)")"
    if [[ -s "$RUN_DIR/$name.err" ]]; then
        echo "  stderr (last lines):"
        tail -n 8 "$RUN_DIR/$name.err" | sed 's/^/    /'
    fi
    grep -h -iE 'OutOfMemory|Java heap space|GC overhead' "$RUN_DIR/$name.err" "$RUN_DIR/$name.out" 2>/dev/null | head -3 | sed 's/^/    /' || true
}

ok_exit() { [[ $1 == 0 || $1 == 1 ]]; } # 1 = built, some input skipped (see report.html)

# ------------------------------------------------------------------ full builds
echo
echo "== full build, $RUNS runs (fresh output folder each time)"
declare -a FULL_WALL=() FULL_RSS=() FULL_CPU=() FULL_LOAD=()
FULL_OK=1
wait_for_old_deletes
for i in $(seq 1 "$RUNS"); do
    set_aside "$SITE" # never deleted here: see set_aside in lib.sh
    sync
    extra=()
    if [[ $PROFILE == 1 && $i == 1 ]]; then
        extra=(-XX:+UnlockDiagnosticVMOptions -XX:+DebugNonSafepoints
            "-XX:StartFlightRecording=dumponexit=true,filename=$RUN_DIR/build.jfr,settings=profile")
    fi
    read -r wall rc < <(one_build "full-$i" "${extra[@]}") || true
    rss=$(rss_kib "$RUN_DIR/full-$i.time" 2>/dev/null || echo NA)
    if grep -q 'terminated by signal' "$RUN_DIR/full-$i.time" 2>/dev/null; then rss=NA; fi
    read -r pages changed < <(summary_of "$RUN_DIR/full-$i.out") || true
    read -r hpeak hlive hcomm < <(heap_of "$RUN_DIR/full-$i.gc") || true
    if ! ok_exit "$rc"; then
        record full "$i" "$wall" "$rc" "$pages" "$changed" NA "${rss:-NA}" "$hpeak" "$hlive" "$hcomm"
        failed_run "full-$i" "$wall" "$rc"
        printf '  (until it stopped: CPU %s s, peak RSS %s MiB, heap peak/live-after-GC/committed %s/%s/%s MiB, output files so far %s)\n' \
            "$(cpu_of "$RUN_DIR/full-$i.time")" "$(mib "${rss:-}")" "$hpeak" "$hlive" "$hcomm" "$(tree_files "$SITE")"
        FULL_OK=0
        break
    fi
    bytes=$(tree_bytes "$SITE")
    files=$(tree_files "$SITE")
    record full "$i" "$wall" "$rc" "$pages" "$changed" "$bytes" "$rss" "$hpeak" "$hlive" "$hcomm"
    FULL_WALL+=("$wall")
    FULL_RSS+=("$rss")
    FULL_CPU+=("$(cpu_of "$RUN_DIR/full-$i.time")")
    FULL_LOAD+=("$(cut -d' ' -f1 /proc/loadavg)")
    printf '  run %d: %6.1f s (CPU %s s)  exit %s  pages %s  files %s  bytes %s  peak RSS %d MiB  heap peak/live-after-GC/committed %s/%s/%s MiB  load %s%s\n' \
        "$i" "$(echo "$wall / 1000" | bc -l)" "${FULL_CPU[-1]}" "$rc" "$pages" "$files" "$bytes" "$((rss / 1024))" "$hpeak" "$hlive" "$hcomm" "$(cut -d' ' -f1 /proc/loadavg)" \
        "$([[ ${#extra[@]} -gt 0 ]] && echo '  (JFR on)')"
done

if [[ $PROFILE == 1 && -f "$RUN_DIR/build.jfr" ]]; then
    "$BENCH_DIR/hot-frames.sh" "$RUN_DIR/build.jfr" >"$RUN_DIR/hot-frames.txt" 2>&1 || true
fi

if [[ $FULL_OK == 0 && ${#FULL_WALL[@]} -eq 0 ]]; then
    echo
    echo "the full build did not finish; no further measurements. Logs: $RUN_DIR"
    [[ -f "$RUN_DIR/hot-frames.txt" ]] && { echo "hottest frames (JFR, up to the stop):"; head -45 "$RUN_DIR/hot-frames.txt"; }
    exit 1
fi

MED_WALL=$(printf '%s\n' "${FULL_WALL[@]}" | median)
MED_RSS=$(printf '%s\n' "${FULL_RSS[@]}" | median)
# the figures of the last successful full run (the output is identical between runs)
last=${#FULL_WALL[@]}
read -r pages _ < <(summary_of "$RUN_DIR/full-$last.out") || true
bytes=$(tree_bytes "$SITE")
files=$(tree_files "$SITE")
diskk=$(du -sk --exclude=.newsarchive-cache "$SITE" | cut -f1)
cachebytes=$(cache_bytes "$SITE")
read -r hpeak hlive hcomm < <(heap_of "$RUN_DIR/full-$last.gc") || true

# ------------------------------------------------------------------ rebuilds
NOCHANGE_MED=NA
ONECHANGE_MED=NA
if [[ $REBUILDS == 1 && $FULL_OK == 1 ]]; then
    echo
    echo "== no-change rebuild, $RUNS runs (same input, same output folder)"
    declare -a NC=()
    for i in $(seq 1 "$RUNS"); do
        read -r wall rc < <(one_build "nochange-$i") || true
        read -r p ch < <(summary_of "$RUN_DIR/nochange-$i.out") || true
        rss=$(rss_kib "$RUN_DIR/nochange-$i.time" 2>/dev/null || echo NA)
        record nochange "$i" "$wall" "$rc" "$p" "$ch" NA "$rss" NA NA NA
        if ! ok_exit "$rc"; then failed_run "nochange-$i" "$wall" "$rc"; break; fi
        NC+=("$wall")
        printf '  run %d: %6.1f s (CPU %s s)  files changed %s  load %s\n' "$i" "$(echo "$wall / 1000" | bc -l)" "$(cpu_of "$RUN_DIR/nochange-$i.time")" "$ch" "$(cut -d' ' -f1 /proc/loadavg)"
    done
    [[ ${#NC[@]} -gt 0 ]] && NOCHANGE_MED=$(printf '%s\n' "${NC[@]}" | median)

    echo
    echo "== one-changed-article rebuild, $RUNS runs (a new sentence appended to one article each time)"
    # the middle file in path order (sed reads to the end: no SIGPIPE under pipefail)
    VICTIM=$(cd "$INPUT" && find . -name '*.txt' -type f | LC_ALL=C sort | sed -n "$((N / 2 + 1))p")
    VICTIM="$INPUT/${VICTIM#./}"
    cp -p "$VICTIM" "$RUN_DIR/victim.orig"
    trap 'cp -p "$RUN_DIR/victim.orig" "$VICTIM"' EXIT
    echo "  changed file: ${VICTIM#"$INPUT"/}"
    declare -a OC=()
    for i in $(seq 1 "$RUNS"); do
        # append a sentence to the longest line: a body paragraph in every raw style
        awk -v s=" Officials confirmed the figures again on Tuesday, revision $i." '
            { line[NR] = $0; if (length($0) > best) { best = length($0); at = NR } }
            END { for (k = 1; k <= NR; k++) print (k == at ? line[k] s : line[k]) }' \
            "$RUN_DIR/victim.orig" >"$VICTIM"
        read -r wall rc < <(one_build "onechange-$i") || true
        read -r p ch < <(summary_of "$RUN_DIR/onechange-$i.out") || true
        rss=$(rss_kib "$RUN_DIR/onechange-$i.time" 2>/dev/null || echo NA)
        record onechange "$i" "$wall" "$rc" "$p" "$ch" NA "$rss" NA NA NA
        if ! ok_exit "$rc"; then failed_run "onechange-$i" "$wall" "$rc"; break; fi
        OC+=("$wall")
        printf '  run %d: %6.1f s (CPU %s s)  files changed %s  load %s\n' "$i" "$(echo "$wall / 1000" | bc -l)" "$(cpu_of "$RUN_DIR/onechange-$i.time")" "$ch" "$(cut -d' ' -f1 /proc/loadavg)"
    done
    cp -p "$RUN_DIR/victim.orig" "$VICTIM"
    trap - EXIT
    [[ ${#OC[@]} -gt 0 ]] && ONECHANGE_MED=$(printf '%s\n' "${OC[@]}" | median)
fi

# ------------------------------------------------------------------ summary
ratio() { [[ $1 == NA ]] && echo NA || echo "scale=3; $1 / $MED_WALL" | bc -l | sed 's/^\./0./'; }
{
    echo
    echo "== summary: N=$N, ${#FULL_WALL[@]} full runs, JAVA_OPTS='${JAVA_OPTS:-}'"
    printf 'full build wall time (median):   %.2f s   [runs: %s ms]\n' "$(echo "$MED_WALL / 1000" | bc -l)" "${FULL_WALL[*]}"
    printf 'full build CPU time (median):    %s s user+system   [runs: %s]\n' "$(printf '%s\n' "${FULL_CPU[@]}" | median)" "${FULL_CPU[*]}"
    printf 'load average during the runs:    %s (1-min, at the end of each run; other work on the machine inflates wall times)\n' \
        "${FULL_LOAD[*]}"
    printf 'articles/s:                      %.0f\n' "$(echo "$N * 1000 / $MED_WALL" | bc -l)"
    printf 'pages written:                   %s (files in output: %s)\n' "$pages" "$files"
    printf 'output size:                     %s bytes (%.1f MiB; %s KiB on disk)\n' "$bytes" "$(echo "$bytes / 1048576" | bc -l)" "$diskk"
    printf 'build cache (not published):     %s bytes (%.1f MiB)\n' "$cachebytes" "$(echo "$cachebytes / 1048576" | bc -l)"
    printf 'bytes per article:               %.0f\n' "$(echo "$bytes / $N" | bc -l)"
    printf 'peak RSS (median):               %d MiB\n' "$((MED_RSS / 1024))"
    printf 'heap (last full run):            peak used %s MiB, max live after GC %s MiB, max committed %s MiB\n' "$hpeak" "$hlive" "$hcomm"
    if [[ $HAS_TIMINGS == 1 ]]; then
        echo "stage times of every run (--timings):"
        for f in "$RUN_DIR"/full-*.out "$RUN_DIR"/nochange-*.out "$RUN_DIR"/onechange-*.out; do
            [[ -f "$f" ]] || continue
            printf '  %-12s %s\n' "$(basename "$f" .out)" "$(grep -i 'stage times' "$f" | head -1 || true)"
        done
        echo "build summary (last full run):"
        sed 's/^/  /' "$RUN_DIR/full-$last.out"
    else
        echo "stage times:                     not available (the build has no --timings option)"
        echo "build summary (last full run):"
        sed 's/^/  /' "$RUN_DIR/full-$last.out"
    fi
    if [[ $NOCHANGE_MED != NA ]]; then
        printf 'no-change rebuild (median):      %.2f s = %s of the full build\n' "$(echo "$NOCHANGE_MED / 1000" | bc -l)" "$(ratio "$NOCHANGE_MED")"
    fi
    if [[ $ONECHANGE_MED != NA ]]; then
        printf 'one-changed-article rebuild:     %.2f s = %s of the full build\n' "$(echo "$ONECHANGE_MED / 1000" | bc -l)" "$(ratio "$ONECHANGE_MED")"
    fi
    echo "CPU pressure at the end: $(head -1 /proc/pressure/cpu 2>/dev/null || echo n/a)"
    echo "raw results: $RUN_DIR (and $RESULTS)"
} | tee "$RUN_DIR/summary.txt"
[[ -f "$RUN_DIR/hot-frames.txt" ]] && { echo "hottest frames (JFR, first full run):"; head -45 "$RUN_DIR/hot-frames.txt"; }
remove_set_aside
exit 0
