#!/usr/bin/env bash
# Benchmarks dpia at register scale (docs/benchmarks.md).
#
# Builds dpia and dpia-bench in release mode, writes sample registers (dpia sample) into a
# temporary folder, times every stage with dpia-bench (each pass in a fresh process: wall, CPU,
# peak memory, the Yams parse-only floor, the real dpia check and dpia report) and, when hyperfine
# is installed, times dpia check and dpia report again with hyperfine (mean ± σ over several runs).
#
# Usage: Scripts/bench.sh [--activities 100,1000,10000] [--stages parse,load,analyse,markdown,html,record] [--seed S]
# Every argument is passed on to dpia-bench. HYPERFINE_RUNS sets the number of hyperfine runs (default 3).
# Results: Markdown on standard output, also saved with the raw JSON in bench-results/ (not committed).
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/setup-system.sh >&2
swift build -c release --product dpia >&2
swift build -c release --product dpia-bench >&2
bin=".build/release"

sizes="100,1000,10000"
seed=1
arguments=("$@")
for ((i = 0; i < ${#arguments[@]}; i++)); do
  case "${arguments[$i]}" in
    --activities) sizes="${arguments[$((i + 1))]}" ;;
    --activities=*) sizes="${arguments[$i]#--activities=}" ;;
    --seed) seed="${arguments[$((i + 1))]}" ;;
    --seed=*) seed="${arguments[$i]#--seed=}" ;;
  esac
done

work="$(mktemp -d "${TMPDIR:-/tmp}/dpia-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
IFS=',' read -r -a counts <<< "$sizes"
for n in "${counts[@]}"; do
  "$bin/dpia" sample --activities "$n" --seed "$seed" --out "$work/samples/$n" >&2
done

mkdir -p bench-results
stamp="$(date +%Y-%m-%d-%H%M%S)"
"$bin/dpia-bench" --samples "$work/samples" --json "bench-results/$stamp.json" "$@" | tee "bench-results/$stamp.md"

if command -v hyperfine >/dev/null 2>&1; then
  runs="${HYPERFINE_RUNS:-3}"
  {
    echo
    echo "## hyperfine ($runs runs each)"
    echo
    echo "| activities | command | mean s | ± σ s | min s | max s |"
    echo "|---:|---|---:|---:|---:|---:|"
  } | tee -a "bench-results/$stamp.md"
  for n in "${counts[@]}"; do
    hyperfine --runs "$runs" --warmup 1 --ignore-failure --export-json "$work/check-$n.json" --style none \
      "$bin/dpia check $work/samples/$n" >&2
    hyperfine --runs "$runs" --warmup 0 --ignore-failure --export-json "$work/report-$n.json" --style none \
      --prepare "rm -rf $work/out-$n" "$bin/dpia report $work/samples/$n --out $work/out-$n --date 2025-06-30" >&2
    # A re-run into the same folder: only reports whose inputs changed are written (here: none).
    hyperfine --runs "$runs" --warmup 1 --ignore-failure --export-json "$work/report-again-$n.json" --style none \
      "$bin/dpia report $work/samples/$n --out $work/out-$n --date 2025-06-30" >&2
    for command in check report report-again; do
      python3 - "$work/$command-$n.json" "$n" "$command" <<'PY' | tee -a "bench-results/$stamp.md"
import json, sys
result = json.load(open(sys.argv[1]))["results"][0]
name = {"report": "report` (empty output folder)", "report-again": "report` (re-run, nothing changed)"}.get(sys.argv[3], sys.argv[3] + "`")
print(f"| {sys.argv[2]} | `dpia {name} | {result['mean']:.3f} | {result['stddev'] or 0:.3f} | {result['min']:.3f} | {result['max']:.3f} |")
PY
    done
  done
else
  echo "(hyperfine is not installed: apt-get install -y hyperfine adds mean ± σ over several runs)" >&2
fi
echo "Saved bench-results/$stamp.md and bench-results/$stamp.json" >&2
