#!/usr/bin/env bash
# Peak resident memory and wall time of discovery and of the report beside check, on half of a corpus's files and on
# all of them, each measured by /usr/bin/time -v in a process of its own: discovery's memory should stay flat in the
# corpus's size, and the report within 1.5x check's time and 2x its memory. The ratios follow the table: the report's
# against check's on the same files, and each discovery's on all the files against on half.
#   bench/discovery-memory.sh CORPUS_DIR [corpuslint options...]
#   bench/discovery-memory.sh /root/corpora/real-news/saudinewsnet --exclude '**/MANIFEST.jsonl'
# Prints a Markdown table on standard output; progress goes to standard error.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
[[ $# -ge 1 ]] || { echo "usage: bench/discovery-memory.sh CORPUS_DIR [corpuslint options...]" >&2; exit 2; }
corpus=$(realpath "$1")
shift
command -v /usr/bin/time > /dev/null || { echo "bench/discovery-memory.sh: install the Debian package time" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
log() { echo "== $*" >&2; }

log "building"
dotnet build src/Linter.Cli -c Release -v quiet -nologo > "$work/build.log"
cli=(dotnet "$root/src/Linter.Cli/bin/Release/net10.0/corpuslint.dll")

# Half of the corpus: every other file in path order, copied into a folder of the same shape (only regular files
# are read, so no links).
log "half of $corpus"
mkdir -p "$work/half"
(cd "$corpus" && find . -type f | sort | awk 'NR % 2 == 1' | tar -cf - -T -) | (cd "$work/half" && tar -xf -)

measure() { # LABEL COMMAND...: one row of wall seconds and peak MB
  local label=$1
  shift
  /usr/bin/time -v -o "$work/time" "$@" > /dev/null 2>&1 || true
  local seconds peak
  seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$work/time")
  peak=$(awk -F': ' '/Maximum resident set size/ { printf "%d", $2 / 1024 }' "$work/time")
  echo "$label|$seconds|$peak" >> "$work/rows"
  echo "| $label | $seconds s | $peak MB |"
}

ratio() { # LABEL_A LABEL_B WHAT: A's time and peak over B's
  awk -F'|' -v a="$1" -v b="$2" -v what="$3" '$1 == a { ta = $2; pa = $3 } $1 == b { tb = $2; pb = $3 }
    END { printf "| %s | %.2fx | %.2fx |\n", what, ta / tb, pa / pb }' "$work/rows"
}

echo "| run | wall time | peak resident memory |"
echo "| --- | ---: | ---: |"
for part in half all; do
  dir=$([[ $part == half ]] && echo "$work/half" || echo "$corpus")
  log "$part"
  measure "check, $part" "${cli[@]}" check "$dir" --rules rules "$@" --format json --output "$work/check.json"
  measure "report, $part" "${cli[@]}" report "$dir" --rules rules "$@" --html "$work/report.html"
  measure "discover boilerplate, $part" "${cli[@]}" discover boilerplate "$dir" --rules rules "$@"
  measure "discover variants, $part" "${cli[@]}" discover variants "$dir" --rules rules "$@"
done

echo
echo "| ratio | wall time | peak resident memory |"
echo "| --- | ---: | ---: |"
for part in half all; do
  ratio "report, $part" "check, $part" "report / check, $part"
done
ratio "discover variants, all" "discover variants, half" "discover variants, all / half"
ratio "discover boilerplate, all" "discover boilerplate, half" "discover boilerplate, all / half"
