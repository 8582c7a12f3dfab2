#!/usr/bin/env bash
# Two commits' rebuilds side by side, interleaved, on the same corpus: for a change worth a few percent, which
# separate bench/run.sh runs on a busy shared host cannot tell apart from the host's own swings.
#
#   bench/ab.sh N REV_A REV_B      e.g. bench/ab.sh 10000 c106388 HEAD
#
# Each commit is exported and built (as REV= does for bench/run.sh), and gets its own output folder, built once in
# full. Then RUNS rounds: in each, the same new sentence is appended to one input file (the file bench/run.sh
# changes) and both commits rebuild, A then B in odd rounds, B then A in even ones, so neither always runs
# second. Prints each rebuild's wall and CPU time, the medians of each side, B's median as a share of A's, and in
# how many rounds B was faster. Raw output under bench/out/ab-N-<stamp>/; the input file is restored at the end.
# KIND=full compares first builds instead: each round, each side builds into a fresh output folder (the last one is
# set aside by renaming, not deleted: see set_aside in bench/lib.sh), with no cache from an earlier build.
#
# Environment:
#   RUNS        rounds                                               (default: 10)
#   KIND        onechange (a sentence appended each round), nochange (nothing changed) or full (first builds)
#               (default: onechange)
#   OUTLETS, SEED, JAVA_OPTS, TIMEOUT   as for bench/run.sh
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

N=${1:?usage: bench/ab.sh N REV_A REV_B}
REV_A=${2:?usage: bench/ab.sh N REV_A REV_B}
REV_B=${3:?usage: bench/ab.sh N REV_A REV_B}
[[ "$N" =~ ^[0-9]+$ ]] || die "N must be a number: $N"
RUNS=${RUNS:-10}
KIND=${KIND:-onechange}
WHAT="$KIND rebuilds"
[[ "$KIND" == full ]] && WHAT="first builds"
[[ "$KIND" == onechange || "$KIND" == nochange || "$KIND" == full ]] ||
    die "KIND must be onechange, nochange or full: $KIND"
OUTLETS=${OUTLETS:-30}
SEED=${SEED:-42}
TIMEOUT=${TIMEOUT:-600}
read -r -a JOPTS <<<"${JAVA_OPTS:-}"

ensure_gnu_time
REV=$REV_A prepare_source
JAR_A=$JAR
DESC_A=$SRC_DESC
REV=$REV_B prepare_source
JAR_B=$JAR
DESC_B=$SRC_DESC
INPUT="$(corpus_dir "$N" "$OUTLETS" "$SEED")" # B's generator, as SRC_ROOT is B's export now

RUN_DIR="$OUT_DIR/ab-$N-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$RUN_DIR"
cp "$JAR_A" "$RUN_DIR/a.jar"
cp "$JAR_B" "$RUN_DIR/b.jar"

# the file bench/run.sh changes: the middle one in path order
VICTIM=$(cd "$INPUT" && find . -name '*.txt' -type f | LC_ALL=C sort | sed -n "$((N / 2 + 1))p")
VICTIM="$INPUT/${VICTIM#./}"
cp -p "$VICTIM" "$RUN_DIR/victim.orig"
trap 'cp -p "$RUN_DIR/victim.orig" "$VICTIM"' EXIT

{
    echo "date: $(date -Is)"
    echo "A: $DESC_A"
    echo "B: $DESC_B"
    echo "machine: $(nproc) cores, $(uname -sr); load at start: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "input: $INPUT; $WHAT, $RUNS rounds; changed file: ${VICTIM#"$INPUT"/}"
    echo "command: java ${JOPTS[*]} -jar {a,b}.jar build -i … -o $RUN_DIR/site-{a,b} -q"
} | tee "$RUN_DIR/env.txt"

# build SIDE NAME: one build of side a or b; prints "wall_s cpu_s exit"
build() {
    local side=$1 name=$2 rc=0
    /usr/bin/time -f '%e %U %S' -o "$RUN_DIR/$name.time" timeout --kill-after=15 "$TIMEOUT" \
        java "${JOPTS[@]}" -jar "$RUN_DIR/$side.jar" build -i "$INPUT" -o "$RUN_DIR/site-$side" -q \
        >"$RUN_DIR/$name.out" 2>&1 || rc=$?
    awk -v rc="$rc" '{printf "%s %.2f %s\n", $1, $2 + $3, rc}' "$RUN_DIR/$name.time"
}

wait_for_old_deletes
echo
if [[ "$KIND" == full ]]; then
    echo "== no build beforehand: each round starts from an empty output folder"
else
    echo "== full build of each side (not compared: it fills each side's cache)"
    for side in a b; do
        read -r wall cpu rc < <(build "$side" "full-$side")
        echo "  $side: $wall s (CPU $cpu s), exit $rc"
        [[ "$rc" == 0 || "$rc" == 1 ]] || die "the full build of side $side failed (exit $rc): $RUN_DIR/full-$side.out"
    done
fi

echo
echo "== $RUNS rounds of $WHAT"
: >"$RUN_DIR/rounds.tsv"
for i in $(seq 1 "$RUNS"); do
    if [[ "$KIND" == onechange ]]; then
        awk -v s=" Officials confirmed the figures again on Tuesday, revision $i." '
            { line[NR] = $0; if (length($0) > best) { best = length($0); at = NR } }
            END { for (k = 1; k <= NR; k++) print (k == at ? line[k] s : line[k]) }' \
            "$RUN_DIR/victim.orig" >"$VICTIM"
    fi
    order="a b"
    ((i % 2 == 0)) && order="b a"
    for side in $order; do
        [[ "$KIND" == full ]] && set_aside "$RUN_DIR/site-$side"
        read -r wall cpu rc < <(build "$side" "$KIND-$i-$side")
        [[ "$rc" == 0 || "$rc" == 1 ]] || die "build $i of side $side failed (exit $rc): $RUN_DIR/$KIND-$i-$side.out"
        printf '%s\t%s\t%s\t%s\n' "$i" "$side" "$wall" "$cpu" >>"$RUN_DIR/rounds.tsv"
        printf '  round %2d %s: %6.2f s (CPU %6.2f s)  load %s\n' "$i" "$side" "$wall" "$cpu" \
            "$(cut -d' ' -f1 /proc/loadavg)"
    done
done
cp -p "$RUN_DIR/victim.orig" "$VICTIM"
trap - EXIT
remove_set_aside

side_median() { awk -F'\t' -v s="$1" -v c="$2" '$2 == s {print $c}' "$RUN_DIR/rounds.tsv" | median; }
{
    echo
    echo "== summary: $WHAT at N=$N, $RUNS rounds"
    WA=$(side_median a 3)
    WB=$(side_median b 3)
    CA=$(side_median a 4)
    CB=$(side_median b 4)
    printf 'A %s: median wall %s s, CPU %s s\n' "$REV_A" "$WA" "$CA"
    printf 'B %s: median wall %s s, CPU %s s\n' "$REV_B" "$WB" "$CB"
    printf 'B / A: wall %s, CPU %s\n' "$(echo "scale=3; $WB / $WA" | bc -l | sed 's/^\./0./')" \
        "$(echo "scale=3; $CB / $CA" | bc -l | sed 's/^\./0./')"
    awk -F'\t' '{w[$1, $2] = $3} END {for (k in w) {split(k, p, SUBSEP); r[p[1]] = 1}
                for (i in r) {n++; if (w[i, "b"] < w[i, "a"]) f++}
                printf "B faster in %d of %d rounds\n", f, n}' "$RUN_DIR/rounds.tsv"
    echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg); CPU pressure: $(head -1 /proc/pressure/cpu 2>/dev/null || echo n/a)"
    echo "raw results: $RUN_DIR"
} | tee "$RUN_DIR/summary.txt"
