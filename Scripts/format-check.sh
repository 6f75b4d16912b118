#!/usr/bin/env bash
# Checks the code against .swift-format (the toolchain's `swift format`, 6.3): the house style as the
# code has it — 4 spaces, lines up to 140 characters, `let a = 1, b = 2` and one-line `init`s with `;`
# allowed. Prints each finding as path:line:column and exits 1 when there is one.
#   Scripts/format-check.sh           lint Sources and Tests (strict: warnings fail)
#   Scripts/format-check.sh --fix     reformat Sources and Tests in place first, then lint
# .ci/run runs the check on the whole tree.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--fix" ]; then
    swift format format --in-place --parallel -r Sources Tests
fi
swift format lint --strict --parallel -r Sources Tests
