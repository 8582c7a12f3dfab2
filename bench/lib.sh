# Shared helpers for the bench/ scripts. Source it; do not run it.
# shellcheck shell=bash

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH_DIR/.." && pwd)"
OUT_DIR="$BENCH_DIR/out"

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "error: $*"; exit 3; }

# GNU time gives peak RSS; the Debian package is `time`.
ensure_gnu_time() {
    if [[ ! -x /usr/bin/time ]]; then
        log "installing GNU time (apt-get install time)"
        apt-get install -y -qq time >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq time; } \
            || die "cannot install GNU time"
    fi
}

# Where the measured code comes from. REV unset: the working tree (jar rebuilt when older than a main source).
# REV=<commit> (e.g. REV=HEAD): a clean export of that commit under bench/out/src/<sha>/, built there, so
# edits in progress in the working tree neither break nor skew the measurement.
# Sets SRC_ROOT, SRC_DESC and JAR.
prepare_source() {
    if [[ -n "${REV:-}" ]]; then
        local sha
        sha=$(cd "$ROOT" && git rev-parse --verify "$REV^{commit}") || die "unknown revision $REV"
        SRC_ROOT="$OUT_DIR/src/${sha:0:12}"
        SRC_DESC="${sha:0:12} (clean export of $REV)"
        if [[ ! -f "$SRC_ROOT/.complete" ]]; then
            log "exporting $REV ($sha) to $SRC_ROOT"
            rm -rf "$SRC_ROOT"
            mkdir -p "$SRC_ROOT"
            (cd "$ROOT" && git archive "$sha") | tar -x -C "$SRC_ROOT"
            touch "$SRC_ROOT/.complete"
        fi
    else
        SRC_ROOT="$ROOT"
        SRC_DESC="$(cd "$ROOT" && git rev-parse --short=12 HEAD)$(cd "$ROOT" && git diff --quiet HEAD -- src/main templates pom.xml || echo ' + uncommitted changes in the working tree')"
    fi
    JAR="$SRC_ROOT/target/newsarchive.jar"
    if [[ ! -f "$JAR" ]] || [[ -n "$(find "$SRC_ROOT/src/main" "$SRC_ROOT/templates" "$SRC_ROOT/pom.xml" -newer "$JAR" -print -quit)" ]]; then
        log "building $JAR (mvn -q -DskipTests package)"
        (cd "$SRC_ROOT" && mvn -q -DskipTests package) >&2 || die "mvn package failed in $SRC_ROOT"
    fi
}

# The test classpath (the generator lives in src/test/java), cached per pom.
test_classpath() {
    local cpfile="$SRC_ROOT/target/bench-classpath.txt"
    if [[ ! -f "$cpfile" || "$SRC_ROOT/pom.xml" -nt "$cpfile" ]]; then
        (cd "$SRC_ROOT" && mvn -q dependency:build-classpath -Dmdep.outputFile="$cpfile") >&2 || die "cannot get the classpath"
    fi
    printf '%s:%s:%s' "$SRC_ROOT/target/test-classes" "$SRC_ROOT/target/classes" "$(cat "$cpfile")"
}

# corpus_dir N OUTLETS SEED -> prints the folder holding only the N raw .txt articles (generated once, cached).
# The generator's labels.csv (ground truth) is moved beside that folder, so the build reads articles only.
corpus_dir() {
    local n=$1 outlets=$2 seed=$3 gen
    # the generator's own version is part of the key: a changed generator writes another corpus
    gen=$(cat "$SRC_ROOT"/src/test/java/io/newsarchive/testkit/*.java | sha1sum | cut -c1-8)
    local base="$OUT_DIR/corpora/n$n-o$outlets-s$seed-g$gen"
    if [[ ! -f "$base/.complete" ]]; then
        log "generating corpus: $n articles, $outlets outlets, seed $seed -> $base/articles"
        (cd "$SRC_ROOT" && mvn -q test-compile) >&2 || die "mvn test-compile failed"
        local cp
        cp="$(test_classpath)"
        rm -rf "$base"
        mkdir -p "$base"
        java -cp "$cp" io.newsarchive.testkit.CorpusGenerator "$n" "$outlets" "$base/articles" "$seed" >&2 \
            || die "corpus generation failed"
        [[ -f "$base/articles/labels.csv" ]] && mv "$base/articles/labels.csv" "$base/labels.csv"
        touch "$base/.complete"
    fi
    printf '%s' "$base/articles"
}

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# median of numbers on stdin (one a line); the lower middle for an even count.
median() { sort -n | awk '{a[NR]=$1} END {if (NR==0) {print "NA"} else {print a[int((NR+1)/2)]}}'; }

# sum of the apparent sizes of the regular files under a folder, in bytes
# the site's files only: the build cache (.newsarchive-cache/) is not published, so it is not counted
tree_bytes() { if [[ -d "$1" ]]; then find "$1" -path "$1/.newsarchive-cache" -prune -o -type f -printf '%s\n' | awk '{s+=$1} END {printf "%d\n", s}'; else echo 0; fi; }
tree_files() { if [[ -d "$1" ]]; then find "$1" -path "$1/.newsarchive-cache" -prune -o -type f -print | wc -l; else echo 0; fi; }
cache_bytes() { if [[ -d "$1/.newsarchive-cache" ]]; then find "$1/.newsarchive-cache" -type f -printf '%s\n' | awk '{s+=$1} END {printf "%d\n", s}'; else echo 0; fi; }

# peak RSS in KiB from a GNU time -v file
rss_kib() { awk -F': ' '/Maximum resident set size/ {print $2}' "$1"; }

# From a -Xlog:gc file: "peak-used-MiB live-after-gc-max-MiB committed-max-MiB gc-count"
gc_summary() {
    awk '
      /Pause|Concurrent/ && match($0, /[0-9]+M->[0-9]+M\([0-9]+M\)/) {
        s = substr($0, RSTART, RLENGTH); gsub(/[M()]/, " ", s); sub(/->/, " ", s);
        split(s, v, " "); if (v[1]+0 > pu) pu = v[1]+0; if (v[2]+0 > la) la = v[2]+0; if (v[3]+0 > cm) cm = v[3]+0; n++
      }
      END { printf "%d %d %d %d\n", pu, la, cm, n }' "$1"
}

# Output folders are moved aside between runs, never deleted in the middle of a measurement. Why: for a minute
# after files are deleted (five while their inode table is not yet written back), ext4 steps over each freed inode
# one by one when it allocates a new one (fs/ext4/ialloc.c, recently_deleted()), so a build that writes 125,000
# files just after a site of 125,000 files was deleted spends most of a minute in the kernel. Measured at 100k
# (series 13 in docs/benchmarks.md): 68 s of system time right after such a delete, 18.5 s without. A rename
# frees no inode. The folders moved aside are deleted at the end (remove_set_aside), and the next run waits until
# that delete has aged (wait_for_old_deletes).
SET_ASIDE_AGE=90
set_aside() { # set_aside DIR: moves DIR (if there) under $RUN_DIR/set-aside/
    [[ -e "$1" ]] || return 0
    mkdir -p "$RUN_DIR/set-aside"
    mv "$1" "$RUN_DIR/set-aside/$(basename "$1").$(date +%s%N)"
}
remove_set_aside() { # deletes what set_aside moved, and notes when (for the next run's wait)
    [[ -d "$RUN_DIR/set-aside" ]] || return 0
    log "deleting the output folders set aside between runs"
    rm -rf "$RUN_DIR/set-aside"
    sync
    date +%s >"$OUT_DIR/.last-delete"
}
wait_for_old_deletes() { # before the first build: lets the last run's delete age out of ext4's inode allocator
    local last wait
    last=$(cat "$OUT_DIR/.last-delete" 2>/dev/null || echo 0)
    wait=$((last + SET_ASIDE_AGE - $(date +%s)))
    if ((wait > 0)); then
        log "waiting $wait s: the last run deleted its set-aside folders $((SET_ASIDE_AGE - wait)) s ago (see set_aside)"
        sleep "$wait"
    fi
}
