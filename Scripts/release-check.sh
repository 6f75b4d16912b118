#!/usr/bin/env bash
# Tries the release package (Scripts/release.sh) as a privacy officer gets it: unpacked in a fresh
# temporary folder and run with an empty environment (HOME a new folder, PATH=/usr/bin:/bin, no Swift
# on any path). It must need nothing beyond glibc's own libraries (ldd), and `dpia init`, `new`, `check`,
# `report`, `record` and `actions list` must succeed. Usage: Scripts/release-check.sh [package.tar.gz]
set -euo pipefail
cd "$(dirname "$0")/.."
package=${1:-$(ls -t dist/dpia-*-linux-x86_64.tar.gz 2>/dev/null | head -n 1)}
[ -f "$package" ] || { echo "release-check: no package; run Scripts/release.sh first" >&2; exit 2; }
package=$(cd "$(dirname "$package")" && pwd)/$(basename "$package")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/home" "$tmp/project"
tar -C "$tmp" -xzf "$package"
dpia=$(echo "$tmp"/dpia-*/bin/dpia)

fail() { echo "release-check: $*" >&2; exit 1; }

# Only glibc's own libraries (and the kernel's vDSO).
libraries=$(ldd "$dpia" | awk '{print $1}')
for library in $libraries; do
    case "$library" in
        linux-vdso.so.*|/lib64/ld-linux-x86-64.so.2|ld-linux-x86-64.so.2) ;;
        libc.so.6|libm.so.6|libpthread.so.0|libdl.so.2|librt.so.1|libutil.so.1|libresolv.so.2) ;;
        *) fail "the binary needs $library, which is not part of glibc:"$'\n'"$(ldd "$dpia")" ;;
    esac
done

run() {
    echo "\$ dpia $*"
    (cd "$tmp/project" && env -i HOME="$tmp/home" PATH=/usr/bin:/bin "$dpia" "$@") || fail "dpia $* failed (exit code $?)"
}
run --version
run init --organisation "Gemeente Voorbeeld"
run new tweede-verwerking
run validate
run check
run report
run record
run actions list
[ -f "$tmp/project/Output/eerste-verwerking/dpia.html" ] || fail "dpia report wrote no Output/eerste-verwerking/dpia.html"
[ -f "$tmp/project/register.sqlite" ] || fail "dpia record wrote no register.sqlite"
grep -q 'yaml-language-server: \$schema=dpia-spec.schema.json' "$tmp/project/specs/eerste-verwerking.yaml" \
    || fail "the first spec lacks the schema line"
# dpia serve with the templates built into the binary (its pages come from Templates/serve/).
(cd "$tmp/project" && exec env -i HOME="$tmp/home" PATH=/usr/bin:/bin "$dpia" serve --db register.sqlite --port 18089 \
    >"$tmp/serve.log" 2>&1) &
serve=$!
page=""
for _ in $(seq 1 50); do
    page=$(curl -fsS http://127.0.0.1:18089/login 2>/dev/null) && break
    kill -0 "$serve" 2>/dev/null || break
    sleep 0.2
done
kill "$serve" 2>/dev/null; wait "$serve" 2>/dev/null || true
grep -q '<form' <<<"$page" || fail "dpia serve did not show its sign-in page: $(cat "$tmp/serve.log")"
echo "release-check: $(basename "$package") runs init, new, check, report, record, actions list and serve with only glibc"
