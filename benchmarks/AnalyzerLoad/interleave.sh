#!/usr/bin/env bash
# Compares PhraseCatalog analyzer versions on one warm compiler server, alternating their builds so
# that the machine's noise falls on all of them alike. Each DIR is an --out of analyzer_load.py (its
# LoadTest project references the package packed into it). Prints: dir, PhraseCatalog analyzer
# seconds (ReportAnalyzer), Csc task milliseconds.
#
#   benchmarks/AnalyzerLoad/interleave.sh 6 /tmp/load-before /tmp/load-after
set -euo pipefail
rounds=$1
shift
for ((i = 1; i <= rounds; i++)); do
  for dir in "$@"; do
    log=$(cd "$dir/LoadTest" && dotnet build --no-restore --no-incremental -tl:off -nologo \
      -p:ReportAnalyzer=true -p:UseSharedCompilation=true -v:detailed -clp:PerformanceSummary 2>&1)
    # The first PhraseCatalog.Generator row is the analyzer section's, the second the generator's.
    analyzer=$(grep -E '^\s+[0-9.]+\s+[0-9]+\s+PhraseCatalog\.Generator, Version' <<<"$log" | head -n 1 | awk '{print $1}')
    csc=$(grep -E '[0-9]+ ms\s+Csc\s' <<<"$log" | tail -n 1 | awk '{print $1}')
    echo "$dir $analyzer $csc"
  done
done
