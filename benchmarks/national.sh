#!/usr/bin/env bash
# Issue 8's national-scale benchmarks in one command: builds the project, then runs, one after the
# other, the JMH benchmarks at 10^6 units (and their 10^4 counterparts) and the retained-heap program,
# writing each JMH result as JSON and the console output under benchmarks/target/national/.
# About 40 minutes on a 2-core machine with 24 GB; run it on a quiet machine (no other builds).
#
#   bash benchmarks/national.sh            # everything
#   bash benchmarks/national.sh load       # only the steps whose name contains "load"
set -euo pipefail
cd "$(dirname "$0")/.."
only="${1:-}"
out=benchmarks/target/national
mvn -B -q -ntp -DskipTests install
mkdir -p "$out"
jar=benchmarks/target/benchmarks.jar

step() { # name, then the JMH arguments
  local name="$1"
  shift
  if [[ -n "$only" && "$name" != *"$only"* ]]; then
    return
  fi
  echo "== $name ($(date +%H:%M))"
  java -jar "$jar" "$@" -rf json -rff "$out/$name.json" | tee "$out/$name.txt" | { grep -E '^(Benchmark|[A-Z][A-Za-z]+Benchmark\.)' || true; }
}

step validation '.*ValidationBenchmark\.(fullValidation|fullValidationDeputyCap|incrementalAfterMerge|incrementalAfterMergeDeputyCap|fullRevalidationBaseline)$' \
  -p size=3 -wi 2 -i 5 -w 1 -r 1
step change '.*ChangeBenchmark\.(mergeTwoCommunes|mergeBaselineCopyThenApply|setStaffQuota|asOf|historyApplyMerge)$' -p size=4,3 -wi 2 -i 3
step load 'LoadBenchmark' -p units=1000000 -wi 1 -i 3
step replay 'ReplayBenchmark' -p units=10000,1000000 -wi 1 -i 2
step replay-baseline 'ReplayBaselineBenchmark'
if [[ -z "$only" || "footprint" == *"$only"* ]]; then
  echo "== footprint ($(date +%H:%M))"
  java -Xms4g -Xmx16g -cp "$jar" org.bomay.benchmarks.NationalFootprint | tee "$out/footprint.txt"
fi
