#!/usr/bin/env bash
# Submits a sharded corpuslint run to Slurm: the job array of shard-array.sbatch, one task per shard, then the merge
# job of merge.sbatch, which starts when every task has succeeded and is cancelled when one has failed. Prints the
# two job ids, one a line:
#   array 1234
#   merge 1235
#
#   slurm/submit.sh CORPUS SHARDS STATE_DIR OUT [SBATCH_OPTION...]               # the whole run
#   slurm/submit.sh --tasks 1,3 CORPUS SHARDS STATE_DIR OUT [SBATCH_OPTION...]   # reruns tasks 1 and 3, then a new merge
#
# SBATCH_OPTIONs go to both jobs (--partition=long, --account=corpus, --cpus-per-task=8). CORPUSLINT (the command)
# and CORPUSLINT_OPTIONS (more options for check) are passed on from the environment; CORPUSLINT_JOBS names the file
# of the command lines (default: corpuslint-jobs.sh beside this script). The jobs run in the current folder, and
# their logs go to OUT/logs/.
set -euo pipefail

usage() {
  echo "usage: $0 [--tasks LIST] CORPUS SHARDS STATE_DIR OUT [SBATCH_OPTION...]" >&2
  exit 2
}

here="$(cd "$(dirname "$0")" && pwd)"
tasks=""
if [ "${1:-}" = "--tasks" ]; then
  [ $# -ge 2 ] || usage
  tasks="$2"
  shift 2
fi
[ $# -ge 4 ] || usage
CORPUS="$1" SHARDS="$2" STATE_DIR="$3" OUT="$4"
shift 4
[[ "$SHARDS" =~ ^[1-9][0-9]*$ ]] || { echo "$0: SHARDS must be a positive number, not '$SHARDS'" >&2; exit 2; }
[ -e "$CORPUS" ] || { echo "$0: the corpus '$CORPUS' does not exist" >&2; exit 2; }
tasks="${tasks:-0-$((SHARDS - 1))}"
[[ "$tasks" =~ ^[0-9]+(-[0-9]+)?(,[0-9]+(-[0-9]+)?)*$ ]] || { echo "$0: --tasks takes task numbers and ranges (1,3 or 0-2), not '$tasks'" >&2; exit 2; }
for task in ${tasks//[,-]/ }; do
  [ "$task" -lt "$SHARDS" ] || { echo "$0: task $task is not one of the $SHARDS shards' tasks (0 to $((SHARDS - 1)))" >&2; exit 2; }
done
CORPUSLINT_JOBS="${CORPUSLINT_JOBS:-$here/corpuslint-jobs.sh}"
export CORPUS SHARDS STATE_DIR OUT CORPUSLINT_JOBS

# sbatch does not create the folder of a job's log, and a job whose log cannot be opened fails without a word.
mkdir -p "$OUT/logs" "$STATE_DIR"

array="$(sbatch --parsable --export=ALL --chdir="$PWD" --array="$tasks" --output="$OUT/logs/shard-%A_%a.log" \
  "$@" "$here/shard-array.sbatch")"
array="${array%%;*}"
echo "array $array"
# afterok: the merge waits until every task of the array has ended with exit code 0. kill-on-invalid-dep: once a task
# has failed, that can never happen, and Slurm cancels the merge instead of keeping it pending.
if ! merge="$(sbatch --parsable --export=ALL --chdir="$PWD" --dependency="afterok:$array" --kill-on-invalid-dep=yes \
  --output="$OUT/logs/merge-%j.log" "$@" "$here/merge.sbatch")"; then
  # Shards that nothing would merge are only a cost: the array goes too.
  scancel "$array" || true
  echo "$0: the merge job was not submitted (sbatch's error above); array $array is cancelled" >&2
  exit 1
fi
echo "merge ${merge%%;*}"
