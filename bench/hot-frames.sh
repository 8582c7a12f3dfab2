#!/usr/bin/env bash
# Summarises a JFR recording's method samples:
#   bench/hot-frames.sh FILE.jfr [TOP]
# prints (1) the samples per pipeline stage, (2) the TOP (default 40) top-of-stack methods (self time),
# (3) the TOP io.newsarchive methods anywhere on the sampled stacks (inclusive time), each with its sample count.
# Java samples are jdk.ExecutionSample (threads running Java code); native samples (jdk.NativeMethodSample:
# threads in native code, mostly file I/O) are counted apart.
set -eu  # no pipefail: `sort | head` ends sort with SIGPIPE by design
JFR_FILE=${1:?usage: bench/hot-frames.sh FILE.jfr [TOP]}
TOP=${2:-40}
tmp=$(mktemp)
ntmp=$(mktemp)
trap 'rm -f "$tmp" "$ntmp"' EXIT
jfr print --stack-depth 256 --events jdk.ExecutionSample "$JFR_FILE" >"$tmp"
jfr print --stack-depth 256 --events jdk.NativeMethodSample "$JFR_FILE" >"$ntmp"

# stage of one stack: the most specific of our packages on it. Prints "count  stage  first-sample last-sample"
# (wall-clock times of the first and last sample in that stage: a rough stage timeline).
stages() {
    awk '/startTime = / {t = $3}
         /stackTrace = \[/ {st = ""; inst = 1; next}
         inst && /^[ \t]*\]/ {
             inst = 0
             if (st == "") st = "other (JVM start, CLI, JDK only)"
             n[st]++
             if (!(st in first) || t < first[st]) first[st] = t
             if (t > last[st]) last[st] = t
             next }
         inst {
             if ($0 ~ /io\.newsarchive\.write\./) st = "write (io.newsarchive.write)"
             else if (st !~ /^write/ && ($0 ~ /io\.newsarchive\.site\./ || $0 ~ /freemarker\./)) st = "render (io.newsarchive.site, Freemarker)"
             else if (st !~ /^(write|render)/ && $0 ~ /io\.newsarchive\.dedupe\./) st = "dedupe (io.newsarchive.dedupe)"
             else if (st !~ /^(write|render|dedupe)/ && $0 ~ /io\.newsarchive\.parse\.BoilerplateFilter/) st = "boilerplate (parse.BoilerplateFilter, archive-wide)"
             else if (st !~ /^(write|render|dedupe|boilerplate)/ && $0 ~ /io\.newsarchive\.parse\./) st = "parse (io.newsarchive.parse)"
             else if (st == "" && ($0 ~ /io\.newsarchive\.read\./ || $0 ~ /ArchiveBuild\.readOne/)) st = "read (file reading, io.newsarchive.read)"
         }
         END { for (k in n) printf "%8d  %-52s %s .. %s\n", n[k], k, first[k], last[k] }' "$1" | sort -rn
}

total=$(grep -c 'jdk.ExecutionSample' "$tmp" || true)
ntotal=$(grep -c 'jdk.NativeMethodSample' "$ntmp" || true)
echo "Java execution samples: $total; native-method samples: $ntotal"
echo
echo "-- Java samples by stage (the most specific io.newsarchive package on the stack), first .. last sample:"
stages "$tmp"
echo
echo "-- native samples by stage:"
stages "$ntmp"
echo
echo "-- top of stack (self time), Java samples:"
awk '/stackTrace = \[/ {getline; sub(/^[ \t]+/, ""); sub(/[ \t]+line:.*/, ""); print}' "$tmp" \
    | sort | uniq -c | sort -rn | head -n "$TOP"
echo
echo "-- io.newsarchive methods on the stack (inclusive), Java samples:"
awk '/stackTrace = \[/ {delete seen; inst = 1; next}
     inst && /^[ \t]*\]/ {inst = 0; next}
     inst && /io\.newsarchive\./ {m = $0; sub(/^[ \t]+/, "", m); sub(/[ \t]+line:.*/, "", m);
                                  if (!(m in seen)) {seen[m] = 1; print m}}' "$tmp" \
    | sort | uniq -c | sort -rn | head -n "$TOP"
echo
echo "-- top of stack, native samples:"
awk '/stackTrace = \[/ {getline; sub(/^[ \t]+/, ""); sub(/[ \t]+line:.*/, ""); print}' "$ntmp" \
    | sort | uniq -c | sort -rn | head -n 15
