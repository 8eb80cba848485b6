#!/usr/bin/env bash
# Fuzzes the core with afl-fuzz (Debian package afl++) through the SharpFuzz harness, for a bounded time.
#
#   tests/PhraseCatalog.Fuzz/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
#
# SECONDS_PER_TARGET defaults to 60; targets default to all three (resx, placeholder, build).
# Each crash or hang afl-fuzz finds is copied into tests/PhraseCatalog.Fuzz/crashes/<target>/,
# where PhraseCatalog.Tests replays it on every `dotnet test`: commit it with the fix.
#
# Exit codes: 0 nothing found; 1 a crash or hang was found (and copied); 2 the fuzzer could not run.
# Settings from the environment:
#   FUZZ_WORK        scratch folder (build, findings, logs); default artifacts/fuzz
#   FUZZ_TIMEOUT_MS  afl-fuzz's per-input timeout: an input that runs longer is a hang; default 5000
#   SHARPFUZZ        the sharpfuzz command; default: installed into $FUZZ_WORK/tools on first use
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
seconds=${1:-60}
shift $(( $# > 0 ? 1 : 0 ))
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(resx placeholder build)
work=${FUZZ_WORK:-$repo/artifacts/fuzz}
timeout_ms=${FUZZ_TIMEOUT_MS:-5000}
sharpfuzz_version=2.3.0

fail_setup() { echo "fuzz: $*" >&2; exit 2; }

case "$seconds" in ''|*[!0-9]*) fail_setup "SECONDS_PER_TARGET must be a whole number of seconds, not '$seconds'";; esac
for t in "${targets[@]}"; do
  case "$t" in resx|placeholder|build) ;; *) fail_setup "unknown target '$t' (the targets are resx, placeholder, build)";; esac
done

command -v afl-fuzz >/dev/null 2>&1 \
  || fail_setup "afl-fuzz not found. Install it with: apt-get install -y afl++ (Debian), then run this again."
dotnet=$(command -v dotnet) || fail_setup "dotnet not found on PATH."

mkdir -p "$work" || fail_setup "cannot create $work"

# The instrumenter, a .NET tool, in a folder of our own so the machine's global tools are left alone.
sharpfuzz=${SHARPFUZZ:-}
if [ -z "$sharpfuzz" ]; then
  sharpfuzz="$work/tools/sharpfuzz"
  if [ ! -x "$sharpfuzz" ]; then
    echo "Installing SharpFuzz.CommandLine $sharpfuzz_version into $work/tools"
    dotnet tool install SharpFuzz.CommandLine --version "$sharpfuzz_version" --tool-path "$work/tools" >"$work/tool-install.log" 2>&1 \
      || { cat "$work/tool-install.log" >&2; fail_setup "could not install the sharpfuzz tool (dotnet tool install SharpFuzz.CommandLine --version $sharpfuzz_version)."; }
  fi
fi
[ -x "$sharpfuzz" ] || command -v "$sharpfuzz" >/dev/null 2>&1 || fail_setup "sharpfuzz tool not found at '$sharpfuzz'."

# A fresh publish every time: sharpfuzz rewrites the DLL in place and refuses one it already instrumented.
# Publishing copies the binaries into a folder of their own, so the normal build outputs stay uninstrumented.
bin="$work/bin"
rm -rf "$bin"
echo "Building the harness (Release) into $bin"
dotnet publish "$here/PhraseCatalog.Fuzz.csproj" -c Release -o "$bin" -nologo -v quiet >"$work/build.log" 2>&1 \
  || { tail -n 40 "$work/build.log" >&2; fail_setup "the harness did not build (log: $work/build.log)."; }

# An uninstrumented copy replays what afl finds: instrumented code only runs under afl-fuzz.
replay="$work/replay"
rm -rf "$replay"
cp -r "$bin" "$replay" || fail_setup "cannot copy $bin to $replay"

# Only the code under test is instrumented: coverage of the BCL or of the harness would just be noise.
"$sharpfuzz" "$bin/PhraseCatalog.Core.dll" >"$work/instrument.log" 2>&1 \
  || { cat "$work/instrument.log" >&2; fail_setup "sharpfuzz could not instrument PhraseCatalog.Core.dll."; }

# dotnet is not an afl-instrumented binary (SharpFuzz reports coverage itself), no UI on CI,
# SharpFuzz's out-of-process mode reports exceptions itself, and the CPU is shared with other builds.
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1
export AFL_FAST_CAL=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

found=0
summary=()
for target in "${targets[@]}"; do
  out="$work/findings/$target"
  log="$work/logs/$target.log"
  rm -rf "$out"
  mkdir -p "$work/findings" "$work/logs"
  echo "Fuzzing '$target' for ${seconds}s (seeds: tests/PhraseCatalog.Fuzz/corpus/$target, log: $log)"
  # Dictionaries of the syntax's tokens (XML markup, placeholder forms) spare afl from guessing them.
  dicts=(-x "$here/dictionaries/resx.dict")
  [ "$target" = placeholder ] && dicts=(-x "$here/dictionaries/placeholder.dict")
  [ "$target" = build ] && dicts+=(-x "$here/dictionaries/placeholder.dict")
  afl-fuzz -V "$seconds" -t "$timeout_ms" -m none "${dicts[@]}" -i "$here/corpus/$target" -o "$out" \
    -- "$dotnet" "$bin/PhraseCatalog.Fuzz.dll" "$target" >"$log" 2>&1
  rc=$?
  stats="$out/default/fuzzer_stats"
  if [ ! -f "$stats" ]; then
    tail -n 30 "$log" >&2
    fail_setup "afl-fuzz did not run target '$target' (exit $rc); see $log."
  fi

  field() { sed -n -E "s/^$1 +: (.*)$/\1/p" "$stats"; }
  line="$target: $(field execs_done) executions in $(field run_time)s ($(field execs_per_sec)/s), corpus $(field corpus_count), coverage $(field bitmap_cvg)"

  # Keep every crash and hang under a name that is its content hash, so a rerun adds no duplicates.
  kept=0
  for kind in crash hang; do
    folder="$out/default/crashes"
    [ "$kind" = hang ] && folder="$out/default/hangs"
    for input in "$folder"/id:*; do
      [ -f "$input" ] || continue
      dest="$here/crashes/$target"
      mkdir -p "$dest"
      name="$(sha1sum "$input" | cut -c1-16)-$kind.bin"
      cp "$input" "$dest/$name"
      echo "  $kind: $input -> tests/PhraseCatalog.Fuzz/crashes/$target/$name"
      kept=$((kept + 1))

      # Replay it once outside afl, uninstrumented, so the log shows the
      # exception, or whether a hang is real; on CI the clone is thrown away, so the log also carries
      # small inputs in base64 (decode with `base64 -d > file`).
      timeout 120 "$dotnet" "$replay/PhraseCatalog.Fuzz.dll" "$target" "$dest/$name" 2>&1 | sed 's/^/    /' | head -n 40
      [ "${PIPESTATUS[0]}" -eq 124 ] && echo "    still running after 120 s outside afl: a real hang"
      if [ "$(stat -c %s "$input")" -le 8192 ]; then
        echo "    base64: $(base64 -w0 "$input")"
      fi
    done
  done
  if [ "$kept" -gt 0 ]; then
    found=1
    line="$line; FOUND $kept crash/hang input(s)"
  fi
  summary+=("$line")
done

echo
echo "Fuzzing summary:"
printf '  %s\n' "${summary[@]}"
if [ "$found" -ne 0 ]; then
  echo "fuzz: afl-fuzz found crashes or hangs. Reproduce one with:"
  echo "  dotnet $replay/PhraseCatalog.Fuzz.dll <target> tests/PhraseCatalog.Fuzz/crashes/<target>/<file>"
  echo "then fix the core and commit the input: PhraseCatalog.Tests replays it from then on."
  exit 1
fi
echo "fuzz: no crash and no hang."
exit 0
