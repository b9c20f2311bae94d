#!/usr/bin/env bash
# Measures the start-up of `corpuslint check` on one small file from a cold process: median and minimum of N runs.
#
#   scripts/measure-startup.sh                 pack and install this repository's tool in a temporary folder, then measure it
#   scripts/measure-startup.sh TOOL [TOOL...]  measure these corpuslint executables, each after the first also as a ratio to it
#
# RUNS (default 20) sets N. Several tools are measured in turns (one run of each, N times), so that a change in the
# machine's load weighs on all of them alike. The file is linted from a folder outside the repository, with the
# rule pack shipped next to the tool.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
runs="${RUNS:-20}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

work="$(mktemp -d -t corpuslint-startup.XXXXXX)"
trap 'rm -rf "$work"' EXIT

tools=("$@")
if [ ${#tools[@]} -eq 0 ]; then
  echo "== packing and installing the tool from $repo"
  dotnet pack "$repo/src/Linter.Cli" -c Release -o "$work/nupkg" -nologo -v quiet > /dev/null
  printf '<configuration><packageSources><clear /></packageSources></configuration>\n' > "$work/nuget.config"
  (cd "$work" && dotnet tool install --configfile "$work/nuget.config" --tool-path "$work/tools" --add-source "$work/nupkg" CorpusLint > /dev/null)
  tools=("$work/tools/corpuslint")
fi

mkdir -p "$work/corpus"
cd "$work/corpus"
printf 'قال المتحدث باسم الكرملين إن الزيارة انتهت دون توقيع أي اتفاقية.\n' > article.txt

echo "== corpuslint check article.txt (one line): $runs cold runs of each tool, in turns, on $(nproc) cores"
for tool in "${tools[@]}"; do
  "$tool" check article.txt > /dev/null || { echo "$tool check article.txt failed" >&2; exit 1; }
done
# Wall time, and the processor time (user + system) that the machine's other load does not inflate as much.
TIMEFORMAT='%3R %3U %3S'
for ((run = 0; run < runs; run++)); do
  for i in "${!tools[@]}"; do
    { time "${tools[$i]}" check article.txt > /dev/null; } 2>&1 |
      awk '{ printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000 }' >> "$work/times.$i"
  done
done

# Prints "median min" of one column (1: wall, 2: processor) of the milliseconds in a file.
stats() {
  cut -d ' ' -f "$2" "$1" | sort -n | awk '{ t[NR] = $1 } END { m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2; printf "%d %d\n", m, t[1] }'
}

read -r first_median first_min < <(stats "$work/times.0" 1)
read -r first_cpu _ < <(stats "$work/times.0" 2)
for i in "${!tools[@]}"; do
  read -r median min < <(stats "$work/times.$i" 1)
  read -r cpu _ < <(stats "$work/times.$i" 2)
  line="wall median ${median} ms, min ${min} ms; processor median ${cpu} ms"
  if [ "$i" -gt 0 ]; then
    line="$line; $(awk -v m="$median" -v n="$min" -v c="$cpu" -v fm="$first_median" -v fn="$first_min" -v fc="$first_cpu" \
      'BEGIN { printf "%.2fx, %.2fx, %.2fx the first", m / fm, n / fn, c / fc }')"
  fi
  echo "$line: ${tools[$i]}"
done
