"""Removes the baseline lines RS0017 reports as gone and appends the API names of RS0016 results in SARIF logs to the PublicAPI.Unshipped.txt beside each project.
Exits 1 when nothing was left to add (the caller's loop stops)."""
import collections
import json
import os
import sys
from urllib.parse import unquote, urlparse

added = collections.defaultdict(set)
removed = collections.defaultdict(set)  # baseline file -> 1-based lines RS0017 says no longer exist
for log in sys.argv[1:]:
    if not os.path.exists(log):
        continue
    with open(log, encoding="utf-8") as f:
        data = json.load(f)
    for run in data.get("runs", []):
        for result in run.get("results", []):
            if result.get("ruleId") == "RS0017":
                location = result["locations"][0]["physicalLocation"]
                baseline = unquote(urlparse(location["artifactLocation"]["uri"]).path)
                removed[baseline].add(location["region"]["startLine"])
                continue
            if result.get("ruleId") != "RS0016":
                continue
            api = result["properties"]["customProperties"]["APIName"]
            path = unquote(urlparse(result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]).path)
            folder = os.path.dirname(path)
            while folder != "/" and not os.path.exists(os.path.join(folder, "PublicAPI.Unshipped.txt")):
                folder = os.path.dirname(folder)
            added[folder].add(api)

for baseline, numbers in sorted(removed.items()):
    with open(baseline, encoding="utf-8") as f:
        lines = f.read().split("\n")
    kept = [line for i, line in enumerate(lines, start=1) if i not in numbers]
    with open(baseline, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(kept))
    print(f"{baseline}: {len(numbers)} removed")

for folder, apis in sorted(added.items()):
    target = os.path.join(folder, "PublicAPI.Unshipped.txt")
    with open(target, encoding="utf-8") as f:
        existing = {line.strip() for line in f if line.strip()}
    lines = sorted((existing | apis) - {"#nullable enable"})
    with open(target, "w", encoding="utf-8", newline="\n") as f:
        f.write("#nullable enable\n" + "".join(line + "\n" for line in lines))
    print(f"{target}: {len(apis - existing)} added")

sys.exit(0 if added or removed else 1)
