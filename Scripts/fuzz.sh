#!/usr/bin/env bash
# Fuzzes the spec loader and the analyser with libFuzzer for SECONDS (default 60), seeded with the
# hostile corpus in Tests/DPIAHardeningTests/Corpus. See docs/security.md.
#
#   Scripts/fuzz.sh            # 60 seconds
#   Scripts/fuzz.sh 600        # ten minutes
#   Scripts/fuzz.sh 60 -jobs=2 # extra libFuzzer options after the seconds
#   DPIA_FUZZ_TARGET=restore Scripts/fuzz.sh 600   # `dpia restore` on register exports instead,
#                              # seeded with Tests/DPIAHardeningTests/ExportCorpus
#
# Builds dpia-fuzz with -sanitize=fuzzer,address into .build-fuzz (its own build folder: the
# sanitized build never mixes with the ordinary one). Exits 0 when nothing was found; otherwise
# libFuzzer's exit code, with the input that broke a promise saved in .build-fuzz/findings/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
build=.build-fuzz

swift build --build-path "$build" -c debug --product dpia-fuzz \
    -Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=fuzzer-no-link,address 2>&1 \
    | grep -v "Cannot export local symbol" || true
fuzzer="$build/debug/dpia-fuzz"
[[ -x "$fuzzer" ]] || { echo "error: the fuzzer did not build" >&2; exit 2; }

# New inputs go to a working corpus; the checked-in corpus is only read.
corpus="$build/corpus" seeds=Tests/DPIAHardeningTests/Corpus dict=(-dict=Scripts/fuzz.dict)
if [[ "${DPIA_FUZZ_TARGET:-}" == restore ]]; then
    corpus="$build/corpus-restore" seeds=Tests/DPIAHardeningTests/ExportCorpus dict=()
fi
mkdir -p "$corpus" "$build/findings"
status=0
export LSAN_OPTIONS="suppressions=Scripts/fuzz-lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
"$fuzzer" "$corpus" "$seeds" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    "${dict[@]}" -artifact_prefix="$build/findings/" -print_final_stats=1 "$@" || status=$?

if [[ $status -ne 0 ]]; then
    echo >&2
    echo "The fuzzer found an input that breaks a promise (see above); it is in $build/findings/." >&2
    echo "Reproduce it with: swift build && .build/debug/dpia-fuzz $build/findings/<file>" >&2
    echo "Then add it to Tests/DPIAHardeningTests/Corpus/ as fuzz-<what>.yaml with its exact outcome." >&2
fi
exit $status
