#!/usr/bin/env bash
# Peak memory and time of 'discover variants' on half and all of a corpus folder, to show that memory stays flat as
# the corpus grows. Usage: bench/variants-memory.sh CORPUS_FOLDER [DICTIONARY]
# (CORPUS_FOLDER: e.g. the development corpus real-news/saudinewsnet; every second file of each outlet makes the half.)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:?usage: bench/variants-memory.sh CORPUS_FOLDER [DICTIONARY]}
dictionary=(); [[ $# -ge 2 ]] && dictionary=(--dictionary "$2")
dotnet build src/Linter.Cli -c Release --nologo -v quiet >/dev/null
tool=src/Linter.Cli/bin/Release/net10.0/corpuslint.dll
half=$(mktemp -d)
trap 'rm -rf "$half"' EXIT
# The half: every second file of each outlet, copied (discovery reads regular files only, not links).
(cd "$corpus" && find . -type f -name '*.txt' | sort | awk 'NR % 2 == 0') | while read -r file; do
    mkdir -p "$half/$(dirname "$file")"
    cp "$corpus/$file" "$half/$file"
done
for run in "half:$half" "all:$corpus"; do
    name=${run%%:*} folder=${run#*:}
    bytes=$(find "$folder" -type f -name '*.txt' -printf '%s\n' | awk '{ s += $1 } END { print s }')
    /usr/bin/time -f "%M %e" -o "$half.time" dotnet "$tool" discover variants "$folder" --include '*.txt' --format json "${dictionary[@]}" >/dev/null 2>"$half.err" || { cat "$half.err"; exit 1; }
    read -r kilobytes seconds < "$half.time"
    printf '%-4s %6.1f MB of text  peak %5d MB  %6.1f s\n' "$name" "$(echo "$bytes / 1000000" | bc -l)" $((kilobytes / 1024)) "$seconds"
done
rm -f "$half.time" "$half.err"
