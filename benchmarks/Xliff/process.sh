#!/usr/bin/env bash
# Whole-process timings of `phrasecatalog xliff export` and `xliff import` on the synthetic catalog
# (docs/benchmarks.md). Usage: benchmarks/Xliff/process.sh [KEYS] [RUNS]   (defaults 10000, 5)
# Prints one line per run: wall seconds, user+system CPU seconds, peak resident memory (GNU time).
set -euo pipefail
cd "$(dirname "$0")/../.."
keys=${1:-10000}
runs=${2:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build src/PhraseCatalog.Tool -c Release -nologo -v q >/dev/null
dotnet run -c Release --project benchmarks/PhraseCatalog.Benchmarks -- --write-catalog "$keys" "$work/phrases" >/dev/null
tool="$PWD/src/PhraseCatalog.Tool/bin/Release/net8.0/PhraseCatalog.Tool.dll"
cp -r "$work/phrases" "$work/original"
cd "$work"

measure() { # label, command…
  local label=$1; shift
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "$label: %e s wall, %U+%S s CPU, %M KB peak" "$@" >/dev/null
  done
}

measure "export 2.0 (ko)" dotnet "$tool" xliff export phrases --target ko -o out
measure "export 1.2 (ko)" dotnet "$tool" xliff export phrases --target ko --version 1.2 -o out12
dotnet "$tool" xliff export phrases --target ko -o out >/dev/null
measure "import unchanged export" dotnet "$tool" xliff import out/Synthetic.ko.xlf --phrases phrases
# A delivery that changes one fragment wherever it occurs (about 13% of the units).
mkdir -p delivery
sed 's/잠시만 기다려 주십시오\./잠시만 기다려 주시겠습니까?/g' out/Synthetic.ko.xlf > delivery/Synthetic.ko.xlf
dotnet "$tool" xliff import delivery/Synthetic.ko.xlf --phrases phrases --dry-run | head -1
measure "import edited, --dry-run" dotnet "$tool" xliff import delivery/Synthetic.ko.xlf --phrases phrases --dry-run
for _ in $(seq "$runs"); do
  rm -rf phrases && cp -r original phrases
  /usr/bin/time -f "import edited, written: %e s wall, %U+%S s CPU, %M KB peak" dotnet "$tool" xliff import delivery/Synthetic.ko.xlf --phrases phrases >/dev/null
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
