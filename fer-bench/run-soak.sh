#!/usr/bin/env bash
# Soak outside CI (SoakRun): the shipped default model on ONNX Runtime, one EmotionStream fed
# --frames frames, and FaceAnalyzer.pretrained() called --calls times on a real face picture, each in
# its own JVM (run in parallel, so each JVM's RSS is its own workload's), sampling VmRSS and the heap.
#
# Usage: fer-bench/run-soak.sh OUT_DIR [UNTIL_UTC] [FRAMES] [CALLS] [STREAM_RUNTIME]
#   OUT_DIR     results folder (stream-<runtime>/ and photo/ below it: soak.csv, summary.md, log.txt)
#   UNTIL_UTC   each phase stops early after this instant (e.g. 2026-12-02T02:18:00Z); default: never
#   FRAMES      stream frames (default 1000000); CALLS photo-API calls (default 100000); 0 skips that JVM
#   STREAM_RUNTIME  onnx (default) or pytorch
# Runs at nice 5; builds fer-bench/target/benchmarks.jar first when it is missing.
set -euo pipefail

bench_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_dir="$(dirname "$bench_dir")"
jar="$bench_dir/target/benchmarks.jar"
out="${1:?usage: run-soak.sh OUT_DIR [UNTIL_UTC] [FRAMES] [CALLS] [STREAM_RUNTIME]}"
until_utc="${2:-+1000000000-12-31T23:59:59.999999999Z}"
frames="${3:-1000000}"
calls="${4:-100000}"
runtime="${5:-onnx}"
picture="$repo_dir/examples/src/main/resources/org/fer4j/examples/faces/cap12-frame0125.png"

if [[ ! -f "$jar" ]]; then
  (cd "$repo_dir" && mvn -B -o -q -pl fer-bench -am package -DskipTests)
fi
export DJL_OFFLINE=true OMP_WAIT_POLICY=PASSIVE
opts=(-Xmx1g -Dai.djl.offline=true -Dorg.slf4j.simpleLogger.defaultLogLevel=warn
  -Dorg.slf4j.simpleLogger.log.ai.djl.onnxruntime.engine.OrtEngine=error -cp "$jar" org.fer4j.bench.SoakRun
  --picture "$picture" --samples 400 --until "$until_utc")
pids=()
if [[ "$frames" != 0 ]]; then
  mkdir -p "$out/stream-$runtime"
  nice -n 5 java "${opts[@]}" --frames "$frames" --calls 0 --runtime "$runtime" --out "$out/stream-$runtime" \
    >"$out/stream-$runtime/log.txt" 2>&1 &
  pids+=($!)
fi
if [[ "$calls" != 0 ]]; then
  mkdir -p "$out/photo"
  nice -n 5 java "${opts[@]}" --frames 0 --calls "$calls" --out "$out/photo" >"$out/photo/log.txt" 2>&1 &
  pids+=($!)
fi
status=0
for pid in "${pids[@]}"; do
  wait "$pid" || status=$?
done
cat "$out"/*/summary.md 2>/dev/null || true
exit "$status"
