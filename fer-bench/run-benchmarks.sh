#!/usr/bin/env bash
# Runs the fer-bench JMH suite and prints the summary table (also written as Markdown).
#
# Usage: fer-bench/run-benchmarks.sh [--quick | --full | --smoke] [JMH benchmark regexps / -p name=v1,v2 ...]
#   --quick  (default) 1 x 1 s warm-up, 3 x 1 s measurement, 1 fork per benchmark and parameter set:
#            the whole suite in under ~10 minutes on an idle 2-core machine
#   --full   the iteration counts in the benchmarks' annotations (2 x 2 s warm-up, 3 x 2 s measurement)
#   --smoke  no warm-up, one 100 ms iteration: proves that everything runs, the numbers mean nothing
#
# Environment (all optional):
#   FER_BENCH_THREADS   intra-op threads for PyTorch (ai.djl.pytorch.num_threads) and for the peer's
#                       ONNX Runtime session; default: each engine's own choice (one per core)
#   FER_BENCH_INTEROP   PyTorch inter-op threads (ai.djl.pytorch.num_interop_threads)
#   OMP_WAIT_POLICY     OpenMP idle threads' policy; defaults to PASSIVE here, since spinning (ACTIVE)
#                       makes batch-1 inference ~40x slower on a machine shared with other work
#   FER_BENCH_OUT       output folder (default fer-bench/target/bench-results/<date-time>)
#   FER_SHARED_DIR      the shared folder holding peers/ (default: ../shared beside the repository)
#   FER_BENCH_ACCURACY  PublicTest accuracies for the summary, e.g. "default=0.712 peer=66.1%"
#   FER_BENCH_JAVA_OPTS extra options for the forked benchmark JVMs
set -euo pipefail

bench_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_dir="$(dirname "$bench_dir")"
jar="$bench_dir/target/benchmarks.jar"

profile=(-wi 1 -w 1s -i 3 -r 1s -f 1)
selection=()
for arg in "$@"; do
  case "$arg" in
    --quick) profile=(-wi 1 -w 1s -i 3 -r 1s -f 1) ;;
    --full) profile=() ;;
    --smoke) profile=(-wi 0 -i 1 -r 100ms -f 1) ;;
    -h|--help) sed -n '2,19p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) selection+=("$arg") ;;
  esac
done

# Build the shaded jar when it is missing or older than any main source, resource (e.g. the shipped
# model) or pom of the repository's modules.
if [[ ! -f "$jar" ]] || [[ -n "$(find "$repo_dir" -path '*/target' -prune -o -type f \( -path '*/src/main/*' -o -name pom.xml \) -newer "$jar" -print -quit)" ]]; then
  echo "[run-benchmarks] building $jar" >&2
  (cd "$repo_dir" && mvn -B -q -pl fer-bench -am package -DskipTests)
fi

shared_dir="${FER_SHARED_DIR:-$repo_dir/../shared}"
shared_dir="$(cd "$shared_dir" 2>/dev/null && pwd || echo "$shared_dir")"
out_dir="${FER_BENCH_OUT:-$bench_dir/target/bench-results/$(date +%Y%m%d-%H%M%S)}"
mkdir -p "$out_dir"

export DJL_OFFLINE=true
export OMP_WAIT_POLICY="${OMP_WAIT_POLICY:-PASSIVE}"

fork_opts="-Dai.djl.offline=true -Doffline=true -Dai.djl.pytorch.graph_optimizer=false -Xmx3g"
fork_opts+=" -Dfer4j.shared.dir=$shared_dir -Dorg.slf4j.simpleLogger.defaultLogLevel=warn"
fork_opts+=" -Dorg.slf4j.simpleLogger.log.ai.djl.onnxruntime.engine.OrtEngine=error"
if [[ -n "${FER_BENCH_THREADS:-}" ]]; then
  fork_opts+=" -Dai.djl.pytorch.num_threads=$FER_BENCH_THREADS -Dfer4j.bench.peer.threads=$FER_BENCH_THREADS"
fi
if [[ -n "${FER_BENCH_INTEROP:-}" ]]; then
  fork_opts+=" -Dai.djl.pytorch.num_interop_threads=$FER_BENCH_INTEROP"
fi
fork_opts+=" ${FER_BENCH_JAVA_OPTS:-}"

exclude=()
if [[ ! -f "$shared_dir/peers/fer2013_mini_xception.onnx" ]]; then
  echo "[run-benchmarks] peer model not found under $shared_dir/peers: skipping PeerBenchmark" >&2
  exclude=(-e PeerBenchmark)
fi

echo "[run-benchmarks] results in $out_dir (OMP_WAIT_POLICY=$OMP_WAIT_POLICY, threads=${FER_BENCH_THREADS:-engine default})" >&2
java -jar "$jar" "${profile[@]}" "${exclude[@]}" \
  -jvmArgsAppend "$fork_opts" \
  -rf json -rff "$out_dir/jmh-result.json" \
  "${selection[@]}" | tee "$out_dir/jmh-output.txt"

accuracy_args=()
for pair in ${FER_BENCH_ACCURACY:-}; do
  accuracy_args+=(--accuracy "$pair")
done
java -Dai.djl.offline=true -Dai.djl.pytorch.graph_optimizer=false -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "$jar" org.fer4j.bench.BenchReport "$out_dir/jmh-result.json" \
  --markdown "$out_dir/summary.md" "${accuracy_args[@]}"
echo "[run-benchmarks] summary written to $out_dir/summary.md" >&2
