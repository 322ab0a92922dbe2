#!/usr/bin/env bash
# Archive benchmark: ingest of pre-analyzed dossier.article/1 JSONL, then search and entity-profile
# latencies on the archive built (docs/PERFORMANCE.md, "Archive"). Results in target/bench/archive.jsonl.
# The articles are generated (ArchiveBench generate: ~600 words, 20 entities, 10 quotes, claims, time
# expressions and events each, texts from the sentences of samples/), then stored by the real
# `dossier ingest` in its own JVM under /usr/bin/time (wall, CPU, peak RSS).
# Env: N (articles, default 100000), SEED (default 42), BATCH (ingest --batch, default the CLI's),
#      HEAP (default 4g), OUT (default target/bench), KEEP=1 keeps an existing archive (query only).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${N:-100000}"
seed="${SEED:-42}"
heap="${HEAP:-4g}"
out="${OUT:-$root/target/bench}"
input="$out/articles-$n-$seed.jsonl"
archive="$out/archive-$n-$seed"
results="$out/archive.jsonl"
load() { cut -d' ' -f1-3 /proc/loadavg; }

echo "== building dossier-cli and dossier-eval" >&2
(cd "$root" && mvn -q -B -o -DskipTests -pl dossier-cli,dossier-eval -am package)
mkdir -p "$out"
cp="$root/dossier-eval/target/dossier-eval.jar"
commit="$(git -C "$root" rev-parse --short HEAD)$(git -C "$root" diff --quiet HEAD -- . ':!target' || echo '+dirty')"

if [ ! -f "$input" ]; then
  echo "== generating $n articles (seed $seed) into $input (load average: $(load))" >&2
  java -Xmx1g -cp "$cp" dossier.eval.bench.ArchiveBench generate "$input" "$n" "$seed" "$root/samples"
fi

if [ "${KEEP:-0}" != 1 ] || [ ! -d "$archive" ]; then
  rm -rf "$archive"
  before="$(load)"
  echo "== ingest into $archive (load average: $before)" >&2
  # The collector and JIT thresholds `dossier ingest` runs with (the dossier script's default for ingest).
  /usr/bin/time -v -o "$out/ingest-$n.time" java "-Xmx$heap" "-Xms$heap" -XX:NewRatio=1 -XX:MetaspaceSize=64m -XX:+UseParallelGC -XX:CompileThresholdScaling=4 -XX:+UseTransparentHugePages -jar "$root/dossier-cli/target/dossier-cli.jar" \
    ingest --archive "$archive" ${BATCH:+--batch "$BATCH"} "$input" 2>&1 | tail -n 2 | tee "$out/ingest-$n.log" >&2
  wall="$(grep -F 'Elapsed (wall clock)' "$out/ingest-$n.time" | awk '{print $NF}')"
  user="$(grep -F 'User time' "$out/ingest-$n.time" | awk '{print $NF}')"
  sys="$(grep -F 'System time' "$out/ingest-$n.time" | awk '{print $NF}')"
  rss="$(grep -F 'Maximum resident' "$out/ingest-$n.time" | awk '{print $NF}')"
  rate="$(grep -o '[0-9.]* articles/s' "$out/ingest-$n.log" | tail -1 | cut -d' ' -f1)"
  printf '{"bench":"ingest","articles":%s,"seed":%s,"batch":"%s","articles_per_s":%s,"wall":"%s","cpu_user_s":%s,"cpu_sys_s":%s,"peak_rss_mb":%d,"archive_mb":%d,"input_mb":%d,"load_before":"%s","load_after":"%s","commit":"%s","date":"%s"}\n' \
    "$n" "$seed" "${BATCH:-default}" "$rate" "$wall" "$user" "$sys" "$((rss / 1024))" \
    "$(du -sm "$archive" | cut -f1)" "$(du -sm "$input" | cut -f1)" "$before" "$(load)" "$commit" "$(date -u +%FT%TZ)" \
    | tee -a "$results" >&2
fi

echo "== search and entity-profile latencies (load average: $(load))" >&2
java "-Xmx$heap" -cp "$cp" dossier.eval.bench.ArchiveBench query "$archive" "$results" "$seed" "$root/samples"
echo "== results: $results" >&2
