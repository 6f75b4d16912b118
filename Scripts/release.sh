#!/usr/bin/env bash
# The release artefact: a self-contained Linux x86_64 `dpia` that needs nothing beyond glibc, packed with
# the README, the licence (when the repository has one), shell completions and a man page:
#   dist/dpia-<version>-linux-x86_64.tar.gz   (dist/ is not kept in git)
#
# - The Swift standard library and Foundation are linked statically (--static-swift-stdlib); cmark and
#   SQLite too, from Debian's libcmark.a and libsqlite3.a.
# - The templates (every file of Templates/) and the JSON Schema of specs are built into the binary:
#   Sources/DPIARender/EmbeddedFiles.swift is written with their bytes for this build only, and so is the
#   commit in Sources/DPIACommands/BuildCommit.swift (`dpia --version`); both are put back afterwards.
#   Reports never contain the commit, so they stay byte-identical to those of any other build.
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/setup-system.sh >/dev/null

version=$(sed -n 's/.*static let version = "\(.*\)".*/\1/p' Sources/DPIACommands/BuildInfo.swift)
commit=$(git rev-parse --short=12 HEAD 2>/dev/null || echo dev)
if [ -n "$(git status --porcelain -- Sources Templates docs/dpia-spec.schema.json Package.swift 2>/dev/null)" ]; then
    commit="$commit-modified"
fi
# SARIF's informationUri: the https address of this repository's remote, if it has one (never invented).
homepage=$(git remote get-url origin 2>/dev/null | sed -e 's#^git@\([^:]*\):#https://\1/#' -e 's#\.git$##' || true)
case "$homepage" in https://*) homepage="\"$homepage\"" ;; *) homepage=nil ;; esac
name="dpia-$version-linux-x86_64"

generated=(Sources/DPIACommands/BuildCommit.swift Sources/DPIARender/EmbeddedFiles.swift)
work=$(mktemp -d)
# Put back with their old times too, so that the next ordinary build does not compile them again.
restore() {
    for file in "${generated[@]}"; do cp -p "$work/$(basename "$file")" "$file"; done
    rm -rf "$work"
}
for file in "${generated[@]}"; do cp -p "$file" "$work/$(basename "$file")"; done
trap restore EXIT

cat > Sources/DPIACommands/BuildCommit.swift <<SWIFT
// Written by Scripts/release.sh for this release build.

/// The git commit dpia was built from, as \`dpia --version\` prints it.
enum BuildCommit {
    static let value = "$commit"
    /// The https address of the repository a release was built from, if it has one.
    static let homepage: String? = $homepage
}
SWIFT

{
    echo "// Written by Scripts/release.sh for this release build: Templates/ and the JSON Schema, in base64."
    echo ""
    echo "/// The files built into a release binary, by path relative to the repository (base64)."
    echo "enum EmbeddedFiles {"
    echo "    static let base64: [String: String] = ["
    find Templates -type f ! -name '.*' -print | LC_ALL=C sort | while IFS= read -r file; do
        case "$file" in *'"'*|*'\'*) echo "release.sh: skipping $file (a quote or backslash in its name)" >&2; continue ;; esac
        printf '        "%s": "%s",\n' "$file" "$(base64 -w0 "$file")"
    done
    printf '        "%s": "%s",\n' docs/dpia-spec.schema.json "$(base64 -w0 docs/dpia-spec.schema.json)"
    echo "    ]"
    echo "}"
} > Sources/DPIARender/EmbeddedFiles.swift

# The linker takes a library's .so over its .a in the same folder, and searches its folders in the order of
# the -L options. A folder holding only .a files, named first, makes it link cmark, SQLite and the C++
# runtime statically: SwiftPM reads libcmark.pc itself and puts its -L first, so a libcmark.pc of our own
# (found first on PKG_CONFIG_PATH) names our folder. libgcc_eh.a stands in for libgcc_s (the unwinder).
mkdir "$work/lib" "$work/pkgconfig"
link_static() {   # <name in the folder> <library file>
    found=$(find /usr/lib /usr/lib64 /usr/local/lib -name "$2" -print 2>/dev/null | LC_ALL=C sort | tail -n 1)
    if [ -n "$found" ]; then ln -s "$found" "$work/lib/$1"; else echo "release.sh: $2 not found; linking it dynamically" >&2; fi
}
link_static libcmark.a libcmark.a
link_static libsqlite3.a libsqlite3.a
link_static libstdc++.a libstdc++.a
link_static libgcc_s.a libgcc_eh.a
cat > "$work/pkgconfig/libcmark.pc" <<PC
Name: libcmark
Description: CommonMark parsing, rendering, and manipulation (linked statically by Scripts/release.sh)
Version: 0.30.2
Libs: -L$work/lib -lcmark
Cflags: -I/usr/include
PC
PKG_CONFIG_PATH="$work/pkgconfig${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}" \
    swift build -c release --product dpia --static-swift-stdlib -Xlinker -L"$work/lib"
binary=.build/release/dpia

stage="dist/$name"
rm -rf "$stage" "dist/$name.tar.gz"
mkdir -p "$stage/bin" "$stage/completions" "$stage/man/man1"
cp "$binary" "$stage/bin/dpia"
strip "$stage/bin/dpia" 2>/dev/null || true
cp README.md "$stage/"
licence=""
for candidate in LICENSE LICENSE.md LICENSE.txt LICENCE COPYING; do
    if [ -f "$candidate" ]; then cp "$candidate" "$stage/"; licence=$candidate; fi
done
[ -n "$licence" ] || echo "release.sh: the repository has no licence file; the package has none" >&2
"$stage/bin/dpia" --generate-completion-script bash > "$stage/completions/dpia.bash"
"$stage/bin/dpia" --generate-completion-script zsh > "$stage/completions/_dpia"
"$stage/bin/dpia" --generate-completion-script fish > "$stage/completions/dpia.fish"

# The man page: the help of dpia and of each of its commands, as roff.
{
    roff() { sed -e 's/\\/\\e/g' -e 's/^\([.'"'"']\)/\\\&\1/'; }
    echo ".TH DPIA 1 \"\" \"dpia $version\" \"User Commands\""
    echo ".SH NAME"
    echo "dpia \\- Data Protection Impact Assessments and the register of processing activities from YAML specs"
    echo ".SH DESCRIPTION"
    echo ".nf"
    "$stage/bin/dpia" --help | roff
    echo ".fi"
    commands=$("$stage/bin/dpia" --help | sed -n '/^SUBCOMMANDS:/,/^$/p' | sed -n 's/^  \([a-z][a-z-]*\).*/\1/p')
    for command in $commands; do
        echo ".SH \"dpia $command\""
        echo ".nf"
        "$stage/bin/dpia" help "$command" | roff
        echo ".fi"
    done
    echo ".SH VERSION"
    "$stage/bin/dpia" --version | roff
} > "$stage/man/man1/dpia.1"

tar -C dist --owner=0 --group=0 --numeric-owner -czf "dist/$name.tar.gz" "$name"
echo "wrote dist/$name.tar.gz ($("$stage/bin/dpia" --version))"
