#!/usr/bin/env bash
# Memory, measured in processes of their own rather than in the tests:
#  - the peak resident memory of `corpuslint check` on a generated JSON Lines corpus and on one twice as large
#    (it should stay flat: records are streamed);
#  - the bytes the corpus states keep a document (duplicates, repeated paragraphs, the finding tally).
#   BENCH_MB=300 bench/memory.sh    # the JSON Lines corpus's size; the second run doubles it
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
mb=${BENCH_MB:-300}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
log() { echo "== $*" >&2; }

command -v /usr/bin/time > /dev/null || { echo "bench/memory.sh: install the Debian package time" >&2; exit 2; }
log "building"
dotnet build -c Release bench/Linter.Benchmarks -v quiet -nologo > "$work/build.log"
gen=(dotnet run -c Release --no-build --project bench/Linter.Benchmarks --)
cli=(dotnet "bench/Linter.Benchmarks/bin/Release/net10.0/corpuslint.dll")

peak() { # MB: peak resident memory of check on OUT_DIR/corpus.jsonl, in MB
  /usr/bin/time -f %M -o "$work/peak" "${cli[@]}" check "$1/corpus.jsonl" --rules rules --format json --output "$work/out.json" > /dev/null || true
  echo $(( $(cat "$work/peak") / 1024 ))
}

echo "| corpus | peak resident memory |"
echo "| --- | --- |"
for size in "$mb" $(( mb * 2 )); do
  log "JSON Lines: ${size} MB"
  mkdir -p "$work/$size"
  "${gen[@]}" generate "$work/$size" "$size" > /dev/null
  echo "| ${size} MB JSON Lines | $(peak "$work/$size") MB |"
  rm -rf "$work/$size/corpus"
done

log "corpus states"
mkdir -p "$work/states"
"${gen[@]}" generate "$work/states" 40 > /dev/null
"${gen[@]}" state-size "$work/states/corpus" rules
