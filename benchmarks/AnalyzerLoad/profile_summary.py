#!/usr/bin/env python3
"""Where PhraseCatalog's analyzer spends its time in a compile, from a dotnet-trace Speedscope file.

    python3 benchmarks/AnalyzerLoad/profile_summary.py /tmp/e5load/csc.speedscope.json

Counts the samples of dotnet-sampled-thread-time whose leaf is CPU_TIME (the thread was in managed
code) and whose stack passes through PhraseCatalog.Generator, and splits them by the first
matching category below (innermost work first). See docs/benchmarks.md, "Where the time goes".
"""

import collections
import json
import sys

CATEGORIES = [
    ("ReportDiagnostic (Roslyn driver: generated-code check, pragma map, locks)", "ReportDiagnostic"),
    ("PhraseIndex.FindNearest (PHR1001 properties)", "PhraseIndex.FindNearest"),
    ("PhraseIndex.FindNear (PHR1005)", "PhraseIndex.FindNear("),
    ("PhraseOptions (per syntax tree)", "PhraseOptions"),
    ("SinkResolver", "SinkResolver"),
    ("ValueFlow", "ValueFlow"),
    ("forbidden-phrase search", "Forbidden"),
    ("PhraseIndex.FindExact", "FindExact"),
    ("CatalogReader (compilation start)", "CatalogReader"),
    ("PhraseIndex constructor", "PhraseIndex..ctor"),
    ("generator", "PhraseCatalog.Generator.Pipeline"),
]


def main(path: str) -> None:
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    frames = [frame["name"].split("!")[-1] for frame in data["shared"]["frames"]]
    totals: collections.Counter = collections.Counter()
    managed = 0.0
    ours = 0.0
    for profile in data["profiles"]:
        stack: list[int] = []
        last = None
        for event in profile["events"]:
            at = event["at"]
            if last is not None and stack and frames[stack[-1]] == "CPU_TIME":
                elapsed = at - last
                managed += elapsed
                names = [frames[i] for i in stack[:-1]]
                if any(n.startswith("PhraseCatalog.Generator") for n in names):
                    ours += elapsed
                    label = next((label for label, key in CATEGORIES if any(key in n for n in names)), "other (literal and argument callbacks)")
                    totals[label] += elapsed
            last = at
            if event["type"] == "O":
                stack.append(event["frame"])
            else:
                while stack and stack.pop() != event["frame"]:
                    pass
    if managed == 0:
        raise SystemExit("no CPU_TIME samples: was the trace taken with dotnet-sampled-thread-time?")
    print(f"managed samples, all threads: {managed / 1000:.1f} s; through PhraseCatalog.Generator: {ours / 1000:.1f} s ({ours / managed * 100:.1f} %)")
    for label, value in totals.most_common():
        print(f"{value / 1000:8.2f} s {value / ours * 100:5.1f} %  {label}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    main(sys.argv[1])
