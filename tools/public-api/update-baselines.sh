#!/usr/bin/env bash
# Adds every public API that is not yet in a project's PublicAPI.Unshipped.txt (RS0016) to that file.
# Usage: bash tools/public-api/update-baselines.sh   (then review the diff: every new line is a public API you ship)
# It builds the shipped projects with a SARIF error log and reads the exact API names the
# PublicApiAnalyzers put on each RS0016 result; a project that depends on another is built again
# once the other's baseline is complete.
set -euo pipefail
cd "$(dirname "$0")/../.."
projects=(src/PhraseCatalog.Core src/PhraseCatalog.Generator src/PhraseCatalog.CodeFixes src/PhraseCatalog src/PhraseCatalog.Tool)
for extra in src/PhraseCatalog.*/; do
  case " ${projects[*]} " in *" ${extra%/} "*) ;; *) [ -f "${extra}PublicAPI.Unshipped.txt" ] && projects+=("${extra%/}");; esac
done
logs=$(mktemp -d)
for round in 1 2 3; do
  rm -f "$logs"/*.sarif
  for p in "${projects[@]}"; do
    dotnet build "$p" -nologo -v q "-p:ErrorLog=$logs/$(basename "$p").sarif%2Cversion=2.1" >/dev/null 2>&1 || true
  done
  python3 tools/public-api/add-from-sarif.py "$logs"/*.sarif || break
done
rm -rf "$logs"
