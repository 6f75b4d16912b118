#!/usr/bin/env bash
# The README's main command: installs what is missing, builds dpia, and writes the reports of
# the example registers in Registers/ into Output/:
#   Output/<activity id>/dpia.md and dpia.html      the DPIA of each processing activity
#   Output/register/<organisation>/register.*        the art. 30 register (md, html, csv, json)
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/setup-system.sh
swift build -c release --product dpia
dpia=".build/release/dpia"
"$dpia" validate Registers
"$dpia" check Registers || true   # findings are expected in the examples; the report shows them
# Writes only the reports whose spec, templates, options, measure status or dpia build changed (a rebuilt
# dpia writes them all; so does --force). The committed Output/ stays byte-identical either way.
"$dpia" report Registers --out Output
"$dpia" register Registers --out Output
echo "Open Output/hallowerk-utrecht/dpia.html in a browser, or Output/register/ for the registers."
