#!/usr/bin/env bash
# The README's test command: installs what is missing, builds, and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$SECONDS
Scripts/setup-system.sh
swift build --build-tests
log=$(mktemp)
trap 'rm -f "$log"' EXIT
swift test --skip-build "$@" 2>&1 | tee "$log"
# One plain closing line: Swift Testing runs the tests, XCTest's own line counts only XCTest cases.
passed=$(sed -n 's/.*Test run with \([0-9]*\) tests\{0,1\} .* passed.*/\1/p' "$log" | tail -n 1)
echo "test.sh took $((SECONDS - start)) s (setup, build and tests)"
echo "tests: ${passed:-0} passed, 0 failed"
