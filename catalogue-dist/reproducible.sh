#!/usr/bin/env bash
# Proves the build reproducible (issue 19): builds the committed tree twice, in two different folders, with
# `mvn -B package -DskipTests`, and compares every jar and archive the two builds made, byte for byte. Prints
# `reproducible: N files identical` and exits 0, or lists the files that differ and exits 1.
#
# Two full builds take several minutes, so CI does not run this; it runs maven-artifact-plugin's check-buildplan
# on every build instead (a plugin known to write times or paths into its output fails the build). Run this
# before a release and after changing the build. Needs git, tar, mvn, sha256sum; never installs anything.
set -euo pipefail
cd "$(dirname "$0")/.."

# Both builds from one commit, even if HEAD moves while the first one runs.
commit=$(git rev-parse HEAD)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for n in 1 2; do
    mkdir "$work/build-$n"
    git archive "$commit" | tar -x -C "$work/build-$n"
    echo "[$(date -u +%H:%M:%S)] build $n of 2 in $work/build-$n" >&2
    if ! (cd "$work/build-$n" && mvn -B -q package -DskipTests) >"$work/build-$n.log" 2>&1; then
        cat "$work/build-$n.log" >&2
        exit 1
    fi
    (cd "$work/build-$n" && find . -path '*/target/*' -prune -false -o -path '*/target' -type d -print \
        | while read -r target; do
            find "$target" -maxdepth 1 -type f \( -name '*.jar' -o -name '*.zip' -o -name '*.tar.gz' \)
        done | sort | xargs sha256sum) >"$work/sums-$n"
done

if diff "$work/sums-1" "$work/sums-2" >"$work/diff"; then
    echo "reproducible: $(wc -l <"$work/sums-1") files identical (commit $commit)"
    cat "$work/sums-1"
else
    echo "NOT reproducible: these files differ between the two builds" >&2
    grep '^[<>]' "$work/diff" >&2
    exit 1
fi
