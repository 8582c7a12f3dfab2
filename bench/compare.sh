#!/usr/bin/env bash
# Side-by-side: the same N generated articles built by newsarchive and by Hugo, in the same run.
#
#   bench/compare.sh N        e.g. bench/compare.sh 10000
#
# The corpus is the one bench/run.sh uses (generated once, cached). bench/hugo/convert.py turns it into a Hugo
# site (Markdown + front matter, paginated home, a list page per outlet, a page per article; the conversion is
# not timed). Then RUNS rounds, each building once with hugo and once with newsarchive, both into a fresh output
# folder (newsarchive: `java -jar`, JVM start included; hugo: `hugo --quiet`). Prints the medians and the ratio
# newsarchive/hugo; raw logs in bench/out/compare-N-<stamp>/.
#
# Environment: RUNS (3), OUTLETS (30), SEED (42), JAVA_OPTS, THREADS, TIMEOUT (600 s), REV (see bench/run.sh).
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

N=${1:?usage: bench/compare.sh N}
[[ "$N" =~ ^[0-9]+$ ]] || die "N must be a number: $N"
RUNS=${RUNS:-3}
OUTLETS=${OUTLETS:-30}
SEED=${SEED:-42}
THREADS=${THREADS:-}
TIMEOUT=${TIMEOUT:-600}
read -r -a JOPTS <<<"${JAVA_OPTS:-}"

ensure_gnu_time
if ! command -v hugo >/dev/null 2>&1; then
    log "installing hugo (apt-get install hugo)"
    apt-get install -y -qq hugo >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq hugo >/dev/null; } \
        || die "cannot install hugo"
fi
command -v python3 >/dev/null 2>&1 || die "python3 is needed for bench/hugo/convert.py"
prepare_source
INPUT="$(corpus_dir "$N" "$OUTLETS" "$SEED")"

STAMP="$(date +%Y%m%d-%H%M%S)"
RUN_DIR="$OUT_DIR/compare-$N-$STAMP"
mkdir -p "$RUN_DIR"
cp "$JAR" "$RUN_DIR/newsarchive.jar"
JAR="$RUN_DIR/newsarchive.jar"
HUGO_SITE="$RUN_DIR/hugo-site"
NA_OUT="$RUN_DIR/newsarchive-site"
NA_ARGS=(build -i "$INPUT" -o "$NA_OUT" -q)
[[ -n "$THREADS" ]] && NA_ARGS+=(--threads "$THREADS")

{
    echo "date: $(date -Is)"
    echo "measured code: $SRC_DESC"
    echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr)"
    java -version 2>&1 | sed 's/^/java: /'
    echo "load at start: $(cut -d' ' -f1-3 /proc/loadavg); CPU pressure: $(head -1 /proc/pressure/cpu 2>/dev/null || echo n/a)"
    echo "hugo: $(hugo version)"
    echo "input: $INPUT ($(tree_files "$INPUT") files, $(tree_bytes "$INPUT") bytes)"
} | tee "$RUN_DIR/env.txt"

log "converting the corpus to a Hugo site (not timed)"
t0=$(now_ms)
python3 "$BENCH_DIR/hugo/convert.py" "$INPUT" "$HUGO_SITE" | tee -a "$RUN_DIR/env.txt"
echo "conversion: $(( $(now_ms) - t0 )) ms" | tee -a "$RUN_DIR/env.txt"
echo "hugo command: hugo --quiet --source $HUGO_SITE --destination $RUN_DIR/hugo-public" | tee -a "$RUN_DIR/env.txt"
echo "newsarchive command: java ${JOPTS[*]} -jar $JAR ${NA_ARGS[*]}" | tee -a "$RUN_DIR/env.txt"

timed() { # name cmd... -> "wall_ms exit"
    local name=$1 t0 t1 rc=0
    shift
    t0=$(now_ms)
    /usr/bin/time -v -o "$RUN_DIR/$name.time" timeout --kill-after=15 "$TIMEOUT" "$@" \
        >"$RUN_DIR/$name.out" 2>"$RUN_DIR/$name.err" || rc=$?
    t1=$(now_ms)
    echo "$((t1 - t0)) $rc"
}

cpu_of() { awk -F': ' '/User time|System time/ {s += $2} END {printf "%.1f\n", s}' "$1"; }
declare -a HW=() NW=() HR=() NR=() HC=() NC=()
echo
wait_for_old_deletes
for i in $(seq 1 "$RUNS"); do
    # moved aside, not deleted, for both tools alike (set_aside in lib.sh says why)
    set_aside "$RUN_DIR/hugo-public"
    set_aside "$HUGO_SITE/resources"
    rm -f "$HUGO_SITE/.hugo_build.lock"
    sync
    read -r w rc < <(timed "hugo-$i" hugo --quiet --source "$HUGO_SITE" --destination "$RUN_DIR/hugo-public")
    if [[ $rc != 0 ]]; then
        echo "hugo run $i FAILED (exit $rc):"
        tail -n 10 "$RUN_DIR/hugo-$i.err"
        exit 1
    fi
    HW+=("$w")
    HR+=("$(rss_kib "$RUN_DIR/hugo-$i.time")")
    HC+=("$(cpu_of "$RUN_DIR/hugo-$i.time")")
    printf 'round %d: hugo        %7.2f s  CPU %6s s  peak RSS %4d MiB  load %s\n' "$i" "$(echo "$w / 1000" | bc -l)" "${HC[-1]}" \
        "$(( ${HR[-1]} / 1024 ))" "$(cut -d' ' -f1 /proc/loadavg)"

    set_aside "$NA_OUT"
    sync
    read -r w rc < <(timed "newsarchive-$i" java "${JOPTS[@]}" -jar "$JAR" "${NA_ARGS[@]}")
    if [[ $rc != 0 && $rc != 1 ]]; then
        echo "newsarchive run $i FAILED (exit $rc):"
        tail -n 10 "$RUN_DIR/newsarchive-$i.err"
        exit 1
    fi
    NW+=("$w")
    NR+=("$(rss_kib "$RUN_DIR/newsarchive-$i.time")")
    NC+=("$(cpu_of "$RUN_DIR/newsarchive-$i.time")")
    printf 'round %d: newsarchive %7.2f s  CPU %6s s  peak RSS %4d MiB  load %s\n' "$i" "$(echo "$w / 1000" | bc -l)" "${NC[-1]}" \
        "$(( ${NR[-1]} / 1024 ))" "$(cut -d' ' -f1 /proc/loadavg)"
done

HMED=$(printf '%s\n' "${HW[@]}" | median)
NMED=$(printf '%s\n' "${NW[@]}" | median)
{
    echo
    echo "== N=$N articles, median of $RUNS runs each"
    printf 'hugo:        %7.2f s  [%s ms]  %s files, %s bytes (%.0f bytes/article), peak RSS %d MiB\n' \
        "$(echo "$HMED / 1000" | bc -l)" "${HW[*]}" "$(tree_files "$RUN_DIR/hugo-public")" "$(tree_bytes "$RUN_DIR/hugo-public")" \
        "$(echo "$(tree_bytes "$RUN_DIR/hugo-public") / $N" | bc -l)" "$(( $(printf '%s\n' "${HR[@]}" | median) / 1024 ))"
    printf 'newsarchive: %7.2f s  [%s ms]  %s files, %s bytes (%.0f bytes/article), peak RSS %d MiB\n' \
        "$(echo "$NMED / 1000" | bc -l)" "${NW[*]}" "$(tree_files "$NA_OUT")" "$(tree_bytes "$NA_OUT")" \
        "$(echo "$(tree_bytes "$NA_OUT") / $N" | bc -l)" "$(( $(printf '%s\n' "${NR[@]}" | median) / 1024 ))"
    printf 'ratio newsarchive/hugo: %.2f wall   (target of issue 6: at most 0.33)\n' "$(echo "$NMED / $HMED" | bc -l)"
    HCM=$(printf '%s\n' "${HC[@]}" | median)
    NCM=$(printf '%s\n' "${NC[@]}" | median)
    printf 'CPU time (median, user+system): hugo %s s, newsarchive %s s, ratio %.2f\n' "$HCM" "$NCM" "$(echo "$NCM / $HCM" | bc -l)"
    echo "raw results: $RUN_DIR"
} | tee "$RUN_DIR/summary.txt"
printf '%s\t%s\t%s\tcompare\thugo_ms=%s\tnewsarchive_ms=%s\tratio=%s\n' "$(date -Is)" "${SRC_DESC%% *}" "$N" "$HMED" "$NMED" \
    "$(echo "scale=3; $NMED / $HMED" | bc -l)" >>"$OUT_DIR/compare.tsv"
remove_set_aside
