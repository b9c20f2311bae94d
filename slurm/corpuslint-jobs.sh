# shellcheck shell=bash
# The corpuslint command lines of the job templates, in one place: shard-array.sbatch runs shard_command, merge.sbatch
# runs merge_command. Sourced by both, in the job's environment, which submit.sh sets:
#   CORPUS       the corpus to lint (a folder, files, JSON Lines), as the check command takes it
#   SHARDS       how many shards the corpus is split into (the array has tasks 0 to SHARDS-1)
#   STATE_DIR    the folder of the shards' corpus states, on storage every node sees
#   OUT          the folder of the reports (shard-K.sarif, merged.sarif) and the jobs' logs
#   CORPUSLINT   the command to run (default: corpuslint on PATH)
#   CORPUSLINT_OPTIONS   more options for check, split at spaces (--encoding windows-1256 --source-depth 2)
# Each function runs one corpuslint and returns its exit code; the templates decide what a code means for the job.

: "${CORPUS:?set CORPUS, the corpus to lint}"
: "${SHARDS:?set SHARDS, the number of shards}"
: "${STATE_DIR:?set STATE_DIR, the folder of the corpus states}"
: "${OUT:?set OUT, the folder of the reports}"
read -r -a corpuslint_options <<<"${CORPUSLINT_OPTIONS:-}"

# shard_command TASK: lints the share of task TASK (0-based, as SLURM_ARRAY_TASK_ID), writes its findings and its
# corpus state. --statistics keeps the job's log to one line per rule.
shard_command() {
  "${CORPUSLINT:-corpuslint}" check "$CORPUS" "${corpuslint_options[@]}" --shard "$(($1 + 1))/$SHARDS" --state "$STATE_DIR" \
    --parallel "${SLURM_CPUS_PER_TASK:-1}" --statistics --format sarif --output "$OUT/shard-$1.sarif"
}

# merge_command: merges the shards' states and reports the findings across documents. It takes on the configuration
# the shards were collected with, so CORPUSLINT_OPTIONS are not repeated; it runs in the shards' working folder, where
# their paths and .editorconfig files are.
merge_command() {
  "${CORPUSLINT:-corpuslint}" merge "$STATE_DIR" --parallel "${SLURM_CPUS_PER_TASK:-1}" --statistics --format sarif --output "$OUT/merged.sarif"
}
