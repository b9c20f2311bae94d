#!/usr/bin/env bash
# A sharded run on a real Slurm cluster of one node, through the job templates of slurm/ as a user submits them.
#
# It starts the cluster of scripts/slurm-cluster.sh (unless one is running), generates a corpus of 3,000 articles in 8
# outlets (tools/Linter.CorpusGenerator: leftovers, near duplicates, spelling families), and lints it once on this
# machine. Then, for 1, 2 and 4 shards, slurm/submit.sh submits the job array and the merge job, and the findings of
# the shard reports and the merge report together must be exactly those of the single run, compared as sorted
# (path, line, column, id). Then task 1 of 4 fails on purpose (exit 3): Slurm must cancel the merge
# (--kill-on-invalid-dep=yes) rather than leave it pending; `submit.sh --tasks 1` reruns that task alone with a new
# merge, and the run must complete with the same findings. It prints, per shard count, the array's wall time (from
# submission until its last task ends), the slowest task's corpuslint time and the merge's time.
#
# Slurm and munge are installed by scripts/slurm-cluster.sh, jq with apt-get, when missing. The cluster is stopped at
# the end when this script started it. The corpus, the reports and the jobs' logs are in a temporary folder, kept and
# named when a check fails.
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

work="$(mktemp -d -t corpuslint-slurm-test.XXXXXX)"
fail() { echo "test-slurm: FAIL: $* (the corpus, reports and logs are in $work)" >&2; exit 1; }

started_cluster=false
submitted=()
cleanup() {
  if [ ${#submitted[@]} -gt 0 ]; then scancel "${submitted[@]}" 2>/dev/null || true; fi
  if $started_cluster; then "$repo/scripts/slurm-cluster.sh" stop >/dev/null || true; fi
}
trap cleanup EXIT

command -v jq >/dev/null 2>&1 || scripts/apt-install.sh jq
if scripts/slurm-cluster.sh status >/dev/null 2>&1; then
  echo "-- using the running cluster"
else
  started_cluster=true
  scripts/slurm-cluster.sh start
fi
eval "$(scripts/slurm-cluster.sh status | grep '^export SLURM_CONF=')"
echo "-- $(sinfo --version), node $(sinfo --noheader --format='%N: %c CPUs, %m MB, %T')"
cpus="$(sinfo --noheader --format=%c | head -n 1)"

echo "-- building corpuslint and the corpus generator"
dotnet build src/Linter.Cli -c Release -v q -nologo >/dev/null
dotnet build tools/Linter.CorpusGenerator -c Release -v q -nologo >/dev/null
corpuslint="$repo/src/Linter.Cli/bin/Release/net10.0/corpuslint"

echo "-- generating a corpus of 3,000 articles"
dotnet tools/Linter.CorpusGenerator/bin/Release/net10.0/Linter.CorpusGenerator.dll "$work/generated" 3000 seeds
mv "$work/generated/corpus" "$work/corpus"
cd "$work"
documents="$(find corpus -type f | wc -l)"
[ "$documents" -eq 3000 ] || fail "the corpus has $documents documents, not 3000"

# findings REPORT...: the findings of SARIF logs as sorted lines of path, line, column and id.
findings() {
  jq -r '.runs[].results[] | .locations[0].physicalLocation as $place
    | [$place.artifactLocation.uri, $place.region.startLine, $place.region.startColumn, .ruleId] | @tsv' "$@" | LC_ALL=C sort
}

echo "-- corpuslint check corpus, on this machine"
status=0
"$corpuslint" check corpus --statistics --format sarif --output single.sarif >single.log || status=$?
[ "$status" -le 1 ] || fail "check of the whole corpus exited $status: $(tail -n 3 single.log)"
findings single.sarif >single.tsv
[ -s single.tsv ] || fail "the single run found nothing to compare"
echo "   $(tail -n 1 single.log)"


# The jobs run corpuslint through this wrapper: it notes when each run starts and ends, and the array task that
# FAIL_TASK names exits 3, as an internal failure would, without running anything.
mkdir -p bin times
cat >bin/corpuslint <<EOF
#!/usr/bin/env bash
run="\${SLURM_ARRAY_JOB_ID:-\$SLURM_JOB_ID}.\${SLURM_ARRAY_TASK_ID:-merge}"
date +%s.%N >"$work/times/\$run.start"
if [ -n "\${FAIL_TASK:-}" ] && [ "\${SLURM_ARRAY_TASK_ID:-}" = "\$FAIL_TASK" ]; then
  echo "corpuslint: error: task \$FAIL_TASK fails on purpose" >&2
  exit 3
fi
status=0
"$corpuslint" "\$@" || status=\$?
date +%s.%N >"$work/times/\$run.end"
exit \$status
EOF
chmod +x bin/corpuslint
export CORPUSLINT="$work/bin/corpuslint"

# submit ARGS...: slurm/submit.sh ARGS; sets array and merge to the job ids it prints.
submit() {
  local printed
  printed="$("$repo/slurm/submit.sh" "$@")" || fail "submit.sh $* failed: $printed"
  array="$(printf '%s\n' "$printed" | awk '$1 == "array" { print $2 }')"
  merge="$(printf '%s\n' "$printed" | awk '$1 == "merge" { print $2 }')"
  if [ -z "$array" ] || [ -z "$merge" ]; then fail "submit.sh printed no job ids: $printed"; fi
  submitted+=("$array" "$merge")
}

# wait_gone JOB: waits until JOB (all its tasks) is neither pending nor running.
wait_gone() {
  local deadline=$((SECONDS + 600))
  while [ -n "$(squeue --noheader --jobs="$1" --states=PD,CF,R,CG,S 2>/dev/null)" ]; do
    [ "$SECONDS" -lt "$deadline" ] || fail "job $1 is still queued after 10 minutes: $(squeue --jobs="$1")"
    sleep 0.1
  done
}

# states JOB: each of JOB's tasks as "task state exit-code reason", one a line ("-" as the task of a job without array).
states() {
  scontrol --oneliner show job "$1" | sed -E 's/.*ArrayTaskId=([0-9]+).*/\1 &/; t; s/^/- /' \
    | sed -E 's/^([^ ]+) .*JobState=([A-Z_]+).*Reason=([^ ]+).* ExitCode=([0-9:]+).*/\1 \2 \4 \3/'
}

now() { date +%s.%N; }
state_bytes() { find "$1" -type f -printf '%s\n' | awk '{ bytes += $1 } END { print bytes + 0 }'; }
seconds() { awk -v from="$1" -v to="$2" 'BEGIN { printf "%.1f", to - from }'; }

# logs DIR: the last lines of the jobs' logs, for a failure's message.
logs() { tail -n 5 "$1"/logs/*.log 2>/dev/null || true; }

# compare OUT: the findings of OUT's shard reports and merge report together must be the single run's.
compare() {
  findings "$1"/shard-*.sarif "$1/merged.sarif" >"$1/sharded.tsv"
  if ! diff -q single.tsv "$1/sharded.tsv" >/dev/null; then
    # head closes the pipe early: diff's broken pipe is not the failure to report.
    diff single.tsv "$1/sharded.tsv" | head -n 20 >&2 || true
    fail "the shards and the merge of $1 do not hold the findings of the single run (above: < single only, > sharded only)"
  fi
}

summary=()
for shards in 1 2 4; do
  out="out-$shards"
  per_task=$((cpus / shards > 0 ? cpus / shards : 1))
  echo "-- $shards shards, CPUs a task: $per_task: slurm/submit.sh corpus $shards state-$shards $out --cpus-per-task=$per_task"
  submitted_at="$(now)"
  submit corpus "$shards" "state-$shards" "$out" --cpus-per-task="$per_task"
  wait_gone "$array"
  array_done="$(now)"
  wait_gone "$merge"
  merge_done="$(now)"
  [ "$(states "$array" | awk '$2 != "COMPLETED"' | wc -l)" -eq 0 ] || fail "a task of array $array did not complete: $(states "$array"); $(logs "$out")"
  [ "$(states "$merge" | awk '{ print $2 }')" = "COMPLETED" ] || fail "merge $merge did not complete: $(states "$merge"); $(logs "$out")"
  compare "$out"
  slowest="$(for task in $(seq 0 $((shards - 1))); do seconds "$(cat "times/$array.$task.start")" "$(cat "times/$array.$task.end")"; echo; done | sort -n | tail -n 1)"
  line="shards $shards: array $(seconds "$submitted_at" "$array_done") s (slowest task's corpuslint $slowest s), merge $(seconds "$array_done" "$merge_done") s (its corpuslint $(seconds "$(cat "times/$merge.merge.start")" "$(cat "times/$merge.merge.end")") s), state $(state_bytes "state-$shards") bytes; $(wc -l <"$out/sharded.tsv") findings, the single run's"
  echo "   $line"
  summary+=("$line")
done

echo "-- 4 shards, task 1 failing on purpose (exit 3)"
out="out-failure"
export FAIL_TASK=1
submit corpus 4 state-failure "$out" --cpus-per-task=1
unset FAIL_TASK
wait_gone "$array"
array_done="$(now)"
wait_gone "$merge"
cancelled="$(now)"
states "$array" | sort -n | sed 's/^/   task /'
[ "$(states "$array" | awk '$1 == 1 { print $2, $3 }')" = "FAILED 3:0" ] || fail "task 1 did not fail with exit code 3: $(states "$array")"
[ "$(states "$array" | awk '$1 != 1 && $2 != "COMPLETED"' | wc -l)" -eq 0 ] || fail "a task other than 1 did not complete: $(states "$array")"
merge_state="$(states "$merge")"
echo "   merge ${merge_state#- }"
[ "$(echo "$merge_state" | awk '{ print $2, $4 }')" = "CANCELLED DependencyNeverSatisfied" ] \
  || fail "the merge was not cancelled for its dependency: $merge_state"
if [ -e "$out/shard-1.sarif" ] || [ -e "$out/merged.sarif" ]; then fail "the failed task or the cancelled merge wrote a report"; fi
line="failure: task 1 FAILED (exit 3), merge CANCELLED (DependencyNeverSatisfied) $(seconds "$array_done" "$cancelled") s after the array ended"
echo "   $line"
summary+=("$line")

echo "-- rerunning task 1 alone: slurm/submit.sh --tasks 1 corpus 4 state-failure $out"
failed_array="$array"
submitted_at="$(now)"
submit --tasks 1 corpus 4 state-failure "$out" --cpus-per-task=1
wait_gone "$array"
array_done="$(now)"
wait_gone "$merge"
merge_done="$(now)"
[ "$(states "$array" | awk '{ print $1, $2 }')" = "1 COMPLETED" ] || fail "the rerun of task 1 did not complete: $(states "$array")"
[ "$(states "$merge" | awk '{ print $2 }')" = "COMPLETED" ] || fail "the merge after the rerun did not complete: $(states "$merge"); $(logs "$out")"
compare "$out"
line="rerun: task 1 again (array $array after $failed_array) $(seconds "$submitted_at" "$array_done") s, merge $(seconds "$array_done" "$merge_done") s; $(wc -l <"$out/sharded.tsv") findings, the single run's"
echo "   $line"
summary+=("$line")

echo "-- summary ($documents documents, $(du -sh corpus | cut -f1); one node of $cpus CPUs)"
printf '   %s\n' "${summary[@]}"
cd "$repo"
rm -rf "$work"
echo "test-slurm: OK"
