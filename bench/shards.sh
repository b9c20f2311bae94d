#!/usr/bin/env bash
# A sharded check on one machine, shard after shard: for 1, 2 and 4 shares of a corpus, each share's wall time and
# peak memory, the size of the states, and the merge's time and memory, against one check of the whole corpus; the
# shares' findings and the merge's together must be the whole check's. On a cluster the shares run at once, so the
# wall time of a sharded run is about the slowest share's plus the merge's.
#   bench/shards.sh CORPUS [CHECK_OPTION...]
# e.g. bench/shards.sh real-news/saudinewsnet --exclude '**/MANIFEST.jsonl'
# Prints a Markdown table; the published CLI (ReadyToRun, as the packed tool) runs in a temporary folder.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
corpus=$(realpath "${1:?usage: bench/shards.sh CORPUS [CHECK_OPTION...]}")
shift
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
command -v jq > /dev/null || scripts/apt-install.sh jq
[ -x /usr/bin/time ] || scripts/apt-install.sh time
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet publish src/Linter.Cli -c Release -o "$work/publish" --use-current-runtime --self-contained false -p:PublishReadyToRun=true -v quiet -nologo > /dev/null
cli=$work/publish/corpuslint
cd "$(dirname "$corpus")"
name=$(basename "$corpus")

# run LABEL COMMAND...: runs a corpuslint command; prints its wall seconds, CPU seconds and peak megabytes.
run() {
  local label=$1 status=0
  shift
  /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" > /dev/null 2> "$work/stderr" || status=$?
  if (( status > 1 )); then
    echo "bench/shards.sh: $label exited $status: $(tail -n 3 "$work/stderr")" >&2
    exit 1
  fi
  awk '{ printf "%.2f %.2f %.0f\n", $1, $2 + $3, $4 / 1024 }' "$work/time"
}
findings() { jq -c '.diagnostics[]' "$@" | LC_ALL=C sort; }

read -r whole_s whole_cpu whole_mb < <(run "check" "$cli" check "$name" "$@" --rules "$root/rules" --format json --output "$work/whole.json")
findings "$work/whole.json" > "$work/whole.tsv"
echo "| shares | slowest share, wall s | all shares, CPU s | largest share's peak MB | states MB | merge wall s | merge CPU s | merge peak MB | findings equal |"
echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
echo "| one check | $whole_s | $whole_cpu | $whole_mb | | | | | $(wc -l < "$work/whole.tsv") findings |"
for shares in 1 2 4; do
  rm -rf "$work/state" "$work"/share-*.json
  slowest=0 cpu=0 memory=0
  for share in $(seq 1 "$shares"); do
    read -r s c mb < <(run "share $share/$shares" "$cli" check "$name" "$@" --rules "$root/rules" --shard "$share/$shares" --state "$work/state" --format json --output "$work/share-$share.json")
    slowest=$(awk -v a="$slowest" -v b="$s" 'BEGIN { print (b > a ? b : a) }')
    cpu=$(awk -v a="$cpu" -v b="$c" 'BEGIN { printf "%.2f", a + b }')
    memory=$(awk -v a="$memory" -v b="$mb" 'BEGIN { print (b > a ? b : a) }')
  done
  read -r merge_s merge_cpu merge_mb < <(run "merge" "$cli" merge "$work/state" --rules "$root/rules" --format json --output "$work/merged.json")
  findings "$work"/share-*.json "$work/merged.json" > "$work/sharded.tsv"
  equal=$(cmp -s "$work/whole.tsv" "$work/sharded.tsv" && echo yes || echo "NO")
  bytes=$(du -cb "$work/state"/*.clstate | tail -n 1 | cut -f1)
  echo "| $shares | $slowest | $cpu | $memory | $(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }') | $merge_s | $merge_cpu | $merge_mb | $equal |"
  [ "$equal" = yes ] || { echo "bench/shards.sh: the shares and the merge do not hold the whole check's findings" >&2; exit 1; }
done
