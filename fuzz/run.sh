#!/usr/bin/env bash
# Coverage-guided fuzzing of the readers with SharpFuzz and afl++: the rule loader (with its patterns and globs),
# .editorconfig, baselines, JSON Lines, and the decoder and pattern engine through a lint of the rules/ pack.
#   fuzz/run.sh                  # every target for 60 s
#   fuzz/run.sh 300 jsonl lint   # those targets for 300 s each
# One target at a time, on one core, at low priority: the machine is shared. Crashes are left in
# fuzz/out/TARGET/default/crashes; each one found is kept as a test that feeds it to the reader.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(rules editorconfig baseline jsonl lint)
work=${FUZZ_DIR:-fuzz/out}
export PATH="$PATH:$HOME/.dotnet/tools" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if ! command -v afl-fuzz > /dev/null; then
  [[ $(id -u) -eq 0 ]] || { echo "fuzz/run.sh: install the Debian package afl++" >&2; exit 2; }
  apt-get install -y afl++ > /dev/null || { apt-get update > /dev/null && apt-get install -y afl++ > /dev/null; }
fi
command -v sharpfuzz > /dev/null || dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0 > /dev/null

rm -rf "$work/bin"
dotnet publish fuzz/Linter.Fuzz -c Release -o "$work/bin" -v quiet -nologo > /dev/null
cp -r rules "$work/bin/rules"
sharpfuzz "$work/bin/Linter.Core.dll" > /dev/null
sharpfuzz "$work/bin/corpuslint.dll" > /dev/null

status=0
for target in "${targets[@]}"; do
  echo "== $target: ${seconds} s" >&2
  # The instrumentation is SharpFuzz's, in the .NET assemblies, which afl-fuzz does not see in dotnet itself.
  AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 \
    nice -n 10 afl-fuzz -V "$seconds" -t 10000 -m none -i "fuzz/seeds/$target" -o "$work/$target" \
    -- dotnet "$work/bin/Linter.Fuzz.dll" "$target" > "$work/$target.log" 2>&1 || true
  crashes=$(find "$work/$target/default/crashes" -type f -name 'id:*' 2> /dev/null | wc -l)
  hangs=$(find "$work/$target/default/hangs" -type f -name 'id:*' 2> /dev/null | wc -l)
  paths=$(find "$work/$target/default/queue" -type f -name 'id:*' 2> /dev/null | wc -l)
  echo "$target: $paths inputs in the queue, $crashes crashes, $hangs hangs" >&2
  [[ $crashes -eq 0 ]] || status=1
done
exit $status
