#!/usr/bin/env bash
# Annotation cost of Dossier's pipeline vs CoreNLP's all-annotator pipeline, on the reference article
# and the first 100 Wikinews demo articles; results in target/bench/annotate.jsonl (docs/PERFORMANCE.md).
# Each system runs in its own JVM, so that its peak heap and RSS are its own.
# Env: SHARED (default ../shared next to the repo), HEAP (default 4g, the issue's budget),
#      RETRY_HEAP (default 8g: CoreNLP is rerun with it if it fails within HEAP).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${SHARED:-$root/../shared}"
seed="$shared/samples/000_8875c1b52a1168d1.txt"
wikinews="$shared/eval-data/wikinews-demo/wikinews_demo.jsonl"
heap="${HEAP:-4g}"
retry_heap="${RETRY_HEAP:-8g}"
out="$root/target/bench"
results="$out/annotate.jsonl"

for f in "$seed" "$wikinews"; do
  if [ ! -f "$f" ]; then
    echo "run-annotate-bench: missing $f" >&2
    echo "  The benchmark needs the shared samples and eval-data (../shared next to the repo, or set SHARED=...)." >&2
    exit 2
  fi
done

echo "== building dossier-eval" >&2
(cd "$root" && mvn -q -B -DskipTests -pl dossier-eval -am package)
mkdir -p "$out"
: > "$results"

# run SYSTEM HEAP: one JVM; its stderr (CoreNLP's logging) goes to a log file beside the results.
run() {
  local log="$out/annotate-$1-$2.log"
  echo "== $1 with -Xmx$2 (load average: $(cut -d' ' -f1-3 /proc/loadavg); log: $log)" >&2
  # Exit at once on OutOfMemoryError rather than thrash: a failure at this heap is a result too.
  java "-Xmx$2" -XX:+ExitOnOutOfMemoryError -cp "$root/dossier-eval/target/dossier-eval.jar" dossier.eval.bench.AnnotateBench \
    "$1" "$seed" "$wikinews" "$results" 2> "$log"
}

run dossier "$heap"
if ! run corenlp-all "$heap"; then
  echo "run-annotate-bench: corenlp-all FAILED within -Xmx$heap (see its log); rerunning with -Xmx$retry_heap" >&2
  printf '{"system":"corenlp-all","corpus":"all","error":"failed with -Xmx%s","heap_max_mb":null}\n' "$heap" >> "$results"
  run corenlp-all "$retry_heap"
fi
echo "== results: $results" >&2
