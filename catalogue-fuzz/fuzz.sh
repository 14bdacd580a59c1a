#!/usr/bin/env bash
# Runs a fuzzing campaign on every Jazzer target, one after another, each for DURATION (default 5m).
#   catalogue-fuzz/fuzz.sh [DURATION]        e.g. catalogue-fuzz/fuzz.sh 10m
# Findings are written as crash files next to each target's corpus (src/test/resources/.../<Class>Inputs/<method>/)
# and then replay in every normal test run. Per-target execution counts are printed from Jazzer's log.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-5m}"
mvn -B -q -pl catalogue-fuzz -am test-compile -DskipTests
for target in $(grep -ho 'void [a-zA-Z]*(FuzzedDataProvider' catalogue-fuzz/src/test/java/org/zwgk/catalogue/fuzz/*.java \
    | sed 's/void //; s/(FuzzedDataProvider//'); do
  class=$(grep -l "void ${target}(" catalogue-fuzz/src/test/java/org/zwgk/catalogue/fuzz/*.java | xargs basename | sed 's/\.java$//')
  log="catalogue-fuzz/target/fuzz-${target}.log"
  echo "== ${class}#${target} for ${DURATION}"
  JAZZER_FUZZ=1 mvn -B -q -o -pl catalogue-fuzz surefire:test -Dtest="${class}#${target}" \
      -Djazzer.max_duration="${DURATION}" -Dsurefire.failIfNoSpecifiedTests=false > "${log}" 2>&1 || echo "   FINDING (see ${log})"
  grep -ho '#[0-9]*[[:space:]]*DONE.*\|Done [0-9]* runs.*' "${log}" | tail -1 || true
done
