#!/usr/bin/env bash
# End-to-end throughput: corpuslint check on a generated corpus against ripgrep on the same files and literals.
#   BENCH_MB=200 bench/run.sh     # the figures of docs/performance.md (about 200 MB in 20,000 files)
#   BENCH_MB=20 bench/run.sh      # a quick run
# BENCH_DIR=DIR keeps the corpus, rules and reports there instead of a temporary folder that is removed.
# Prints a Markdown table on standard output; progress goes to standard error.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
mb=${BENCH_MB:-200}
if [[ -n ${BENCH_DIR:-} ]]; then
  work=$BENCH_DIR
  mkdir -p "$work"
else
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
fi

log() { echo "== $*" >&2; }

install_if_missing() { # command, Debian package
  if ! command -v "$1" > /dev/null; then
    log "installing $2"
    if [[ $(id -u) -eq 0 ]]; then
      apt-get install -y "$2" > /dev/null || { apt-get update > /dev/null && apt-get install -y "$2" > /dev/null; }
    else
      echo "bench/run.sh: $1 is missing: install the Debian package $2" >&2
      exit 2
    fi
  fi
}
install_if_missing /usr/bin/time time
install_if_missing rg ripgrep

log "building the generator and publishing the CLI (Release, ReadyToRun)"
dotnet build -c Release bench/Linter.Benchmarks -v quiet -nologo > "$work/build.log"
gen=(dotnet run -c Release --no-build --project bench/Linter.Benchmarks --)
# Compiled ahead of time for this machine, as the packed tool is (see src/Linter.Cli/Linter.Cli.csproj).
dotnet publish src/Linter.Cli -c Release -o "$work/publish" --use-current-runtime --self-contained false -p:PublishReadyToRun=true \
  -v quiet -nologo > "$work/publish.log"
cli=$work/publish/corpuslint

log "generating a ${mb} MB corpus and the rules"
rm -rf "$work/corpus" "$work/corpus.jsonl"
"${gen[@]}" generate "$work" "$mb"
"${gen[@]}" rules "$work/generated-1000.yaml" "$work/patterns-1000.txt" 1000
"${gen[@]}" rules "$work/generated-10.yaml" "$work/patterns-10.txt" 10
corpus=$work/corpus
half=()
for part in $(seq -f '%02g' 0 9); do half+=("$corpus/part-$part"); done

bytes_of() { find "$@" -type f -name '*.txt' -printf '%s\n' | awk '{ s += $1 } END { print s }'; }
full_bytes=$(bytes_of "$corpus")
half_bytes=$(bytes_of "${half[@]}")
files_of() { find "$@" -type f -name '*.txt' | wc -l; }
full_files=$(files_of "$corpus")
half_files=$(files_of "${half[@]}")

# Files are read from the page cache in every run, never from disk.
cat "$work/corpus.jsonl" > /dev/null
find "$corpus" -type f -exec cat {} + > /dev/null

rows=()
declare -A seconds
# measure KEY LABEL BYTES FILES PATTERNS PARALLEL COMMAND...: wall time and peak memory of one run.
# corpuslint exits 1 when it finds something and rg when it does not; both are fine here.
measure() {
  local key=$1 label=$2 bytes=$3 files=$4 patterns=$5 parallel=$6
  shift 6
  log "$label"
  local start end status=0
  start=$(date +%s.%N)
  /usr/bin/time -v -o "$work/time.txt" "$@" > /dev/null 2> "$work/stderr.txt" || status=$?
  end=$(date +%s.%N)
  if (( status > 1 )); then
    echo "bench/run.sh: '$label' failed with exit code $status:" >&2
    cat "$work/stderr.txt" "$work/time.txt" >&2
    exit 1
  fi
  local rss_kb
  rss_kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time.txt")
  local wall
  wall=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", e - s }')
  seconds[$key]=$wall
  rows+=("$(awk -v l="$label" -v b="$bytes" -v f="$files" -v p="$patterns" -v par="$parallel" -v w="$wall" -v r="$rss_kb" \
    'BEGIN { printf "| %s | %d | %.0f | %s | %s | %.2f | %.1f | %.0f |", l, f, b / 1e6, p, par, w, b / 1e6 / w, r / 1024 }')")
}

report=$work/out.json
rules_1000=(--rules rules --rules "$work/generated-1000.yaml")
rules_10=(--rules rules --rules "$work/generated-10.yaml")

# One untimed run first, so that the first timed run does not pay for what any first run pays for.
"$cli" check "$corpus/part-00" "${rules_1000[@]}" --format json --output "$report" > /dev/null 2>&1 || true

measure rg_full "rg -F -c -f (1,000 patterns)" "$full_bytes" "$full_files" 1000 "-" \
  rg -F -c -f "$work/patterns-1000.txt" "$corpus"
measure cl_full "corpuslint check --format json" "$full_bytes" "$full_files" 1000 default \
  "$cli" check "$corpus" "${rules_1000[@]}" --format json --output "$report"
diagnostics=$(grep -c '"id":' "$report" || true)
# The floor: the same run with no rule at all still finds, reads, decodes and normalizes every file.
mkdir -p "$work/no-rules"
printf 'rules: []\n' > "$work/no-rules/none.yaml"
measure cl_none "corpuslint check --format json, no rules" "$full_bytes" "$full_files" 0 default \
  "$cli" check "$corpus" --rules "$work/no-rules" --format json --output "$report"
measure cl_full_p1 "corpuslint check --format json" "$full_bytes" "$full_files" 1000 1 \
  "$cli" check "$corpus" "${rules_1000[@]}" --format json --output "$report" --parallel 1
measure rg_10 "rg -F -c -f (10 patterns)" "$full_bytes" "$full_files" 10 "-" \
  rg -F -c -f "$work/patterns-10.txt" "$corpus"
measure cl_10 "corpuslint check --format json" "$full_bytes" "$full_files" 10 default \
  "$cli" check "$corpus" "${rules_10[@]}" --format json --output "$report"
measure rg_half "rg -F -c -f (1,000 patterns), half the corpus" "$half_bytes" "$half_files" 1000 "-" \
  rg -F -c -f "$work/patterns-1000.txt" "${half[@]}"
measure cl_half "corpuslint check --format json, half the corpus" "$half_bytes" "$half_files" 1000 default \
  "$cli" check "${half[@]}" "${rules_1000[@]}" --format json --output "$report"

# Memory with document rules alone: the shipped rules that look across documents keep a small state per document
# (see docs/corpus-analysis.md, "Rules across documents"), so only without them can memory stay flat in the corpus's size. They are
# turned off (severity none, which also stops their collecting) by an .editorconfig next to the corpus.
printf 'root = true\n\n[*]\n' > "$work/document-rules.editorconfig"
for id in $("$cli" rules --rules rules | awk '$2 == "duplicate-document" || $2 == "repeated-paragraph" || $2 == "leftover" || $1 == "CL3003" || $1 == "CL3004" { print $1 }'); do
  printf 'corpuslint_diagnostic.%s.severity = none\n' "$id" >> "$work/document-rules.editorconfig"
done
cp "$work/document-rules.editorconfig" "$corpus/.editorconfig"
measure cl_doc_full "corpuslint check --format json, document rules only" "$full_bytes" "$full_files" 1000 default \
  "$cli" check "$corpus" "${rules_1000[@]}" --format json --output "$report"
measure cl_doc_half "corpuslint check --format json, document rules only, half the corpus" "$half_bytes" "$half_files" 1000 default \
  "$cli" check "${half[@]}" "${rules_1000[@]}" --format json --output "$report"
rm "$corpus/.editorconfig"

jsonl_note="JSONL input: skipped, this build of corpuslint check has no --jsonl-text option."
if "$cli" check --help 2>&1 | grep -q -- '--jsonl-text'; then
  jsonl_bytes=$(stat -c %s "$work/corpus.jsonl")
  measure cl_jsonl "corpuslint check corpus.jsonl --format json" "$jsonl_bytes" 1 1000 default \
    "$cli" check "$work/corpus.jsonl" --jsonl-text text "${rules_1000[@]}" --format json --output "$report"
  jsonl_note="JSONL input: $(awk -v a="${seconds[cl_jsonl]}" -v b="${seconds[cl_full]}" 'BEGIN { printf "%.2f", a / b }')x the wall time of the same documents as files."
fi

ratio() { awk -v a="${seconds[$1]}" -v b="${seconds[$2]}" 'BEGIN { printf "%.1f", a / b }'; }

echo "corpuslint against ripgrep, ${full_files} files, $(awk -v b="$full_bytes" 'BEGIN { printf "%.0f", b / 1e6 }') MB (10^6 bytes), $(nproc) cores, ${diagnostics} diagnostics in the JSON report"
echo
echo "| run | files | MB | patterns | parallel | wall s | MB/s | peak RSS MB |"
echo "| --- | ---: | ---: | ---: | --- | ---: | ---: | ---: |"
printf '%s\n' "${rows[@]}"
echo
echo "- corpuslint takes $(ratio cl_full rg_full)x ripgrep's wall time with 1,000 patterns, $(ratio cl_10 rg_10)x with 10."
echo "- with no rules, corpuslint takes $(ratio cl_none rg_full)x ripgrep's wall time: the floor of reading, decoding and normalizing the files."
echo "- --parallel 1 takes $(ratio cl_full_p1 cl_full)x the default's wall time (the speed-up of $(nproc) cores)."
echo "- 10 patterns instead of 1,000: corpuslint $(ratio cl_10 cl_full)x the wall time, ripgrep $(ratio rg_10 rg_full)x."
echo "- half the corpus: corpuslint $(ratio cl_half cl_full)x the wall time, ripgrep $(ratio rg_half rg_full)x; with document rules only, corpuslint $(ratio cl_doc_half cl_doc_full)x."
echo "- $jsonl_note"
