#!/usr/bin/env bash
# The README's main command: installs what is missing, builds dpia, and writes the reports of
# the example registers in Registers/ into Output/.
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/setup-system.sh
swift build -c release --product dpia
dpia=".build/release/dpia"
"$dpia" validate Registers
"$dpia" check Registers || true   # findings are expected in the examples; the report shows them
