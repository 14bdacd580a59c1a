#!/usr/bin/env bash
# Runs a fuzzing campaign on every Jazzer target, one after another; each runs for its @FuzzTest maxDuration
# (2 minutes; raise it there for a longer campaign).   Usage: catalogue-fuzz/fuzz.sh
# A finding is written as a crash file into the target's corpus folder
# (src/test/resources/org/zwgk/catalogue/fuzz/<Class>Inputs/<method>/) and then replays in every normal test
# run, so a fixed crash stays fixed. Each target's log is catalogue-fuzz/target/fuzz-<method>.log.
set -uo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl catalogue-fuzz -am test-compile
for file in catalogue-fuzz/src/test/java/org/zwgk/catalogue/fuzz/*FuzzTest.java; do
  class=$(basename "$file" .java)
  for target in $(grep -A1 '@FuzzTest' "$file" | grep -o 'void [a-zA-Z]*(' | sed 's/void //; s/(//'); do
    log="catalogue-fuzz/target/fuzz-${target}.log"
    JAZZER_FUZZ=1 mvn -B -o -pl catalogue-fuzz -am test -Dtest="${class}#${target}" \
        -Dsurefire.failIfNoSpecifiedTests=false > "${log}" 2>&1
    status=$([ $? -eq 0 ] && echo "no finding" || echo "FINDING, see ${log}")
    runs=$(grep -ao 'Done [0-9]* runs in [0-9]* second' "${log}" | tail -1)
    [ -z "${runs}" ] && runs=$(grep -ao '#[0-9]*[[:space:]]*DONE[^\n]*' "${log}" | tail -1)
    echo "${class}#${target}: ${status}; ${runs:-run count not found in log}"
  done
done
