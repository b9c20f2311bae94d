#!/usr/bin/env bash
# The progress display as a user sees it, in a real terminal: corpuslint check runs in a tmux pane of fixed size
# (100x20) over a generated corpus that takes a few seconds, with its report redirected to a file, and the pane is
# captured every 0.2 s. While it runs, the pane must show one line with documents and MB done, a bar, the percentage,
# the speed and the time left, redrawn in place; at the end that line is gone and one final line says what was done.
# With --quiet, and with standard error redirected, nothing is drawn at all. The corpus, the reports and every
# capture are in a temporary folder, kept and named when a check fails.
#
# tmux is installed with apt-get when missing. The tmux server is a private one (its own socket), stopped at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

work="$(mktemp -d)"
fail() { echo "test-progress-tmux: FAIL: $* (the captures are in $work)" >&2; exit 1; }

command -v tmux >/dev/null 2>&1 || scripts/apt-install.sh tmux
echo "-- $(tmux -V)"

# A private server, kept up between the runs by an idle session: a server that exits as a run's pane closes races
# the next run's start.
socket="corpuslint-progress-$$"
trap 'tmux -L "$socket" kill-server 2>/dev/null || true' EXIT
tmux -L "$socket" -f /dev/null new-session -d -s idle "sleep 3600"

echo "-- building corpuslint"
dotnet build src/Linter.Cli -c Release -v q -nologo >/dev/null
corpuslint="$PWD/src/Linter.Cli/bin/Release/net10.0/corpuslint"

# 20,480 documents (about 125 MB): the seeds, doubled twelve times into folders of their own, so that even a fast
# machine lints long enough for the bar to be captured many times.
echo "-- generating a corpus of the seeds, copied 4,096 times"
rm -rf "$work/corpus"
mkdir -p "$work/corpus/c"
cp seeds/*.txt "$work/corpus/c/"
for _ in $(seq 1 12); do
  mkdir "$work/corpus/next"
  mv "$work/corpus/c" "$work/corpus/next/a"
  cp -r "$work/corpus/next/a" "$work/corpus/next/b"
  mv "$work/corpus/next" "$work/corpus/c"
done
documents="$(find "$work/corpus" -type f | wc -l)"
[ "$documents" -eq 20480 ] || fail "the corpus has $documents documents, not 20480"

# run NAME COMMAND: runs COMMAND in a fresh 100x20 pane, outside CI (the display is off when CI=true), and captures
# the pane every 0.2 s into $work/NAME.NNNN.txt until the command has printed its exit code.
run() {
  local name="$1" command="$2"
  tmux -L "$socket" new-session -d -x 100 -y 20 -s "$name" \
    "cd '$work' && env -u CI -u NO_COLOR TERM=xterm-256color $command; echo EXIT=\$?; sleep 3600"
  local frame=0
  while [ "$frame" -lt 900 ]; do
    sleep 0.2
    frame=$((frame + 1))
    tmux -L "$socket" capture-pane -p -t "$name" >"$work/$name.$(printf %04d "$frame").txt"
    if grep -q '^EXIT=' "$work/$name.$(printf %04d "$frame").txt"; then
      last="$work/$name.$(printf %04d "$frame").txt"
      tmux -L "$socket" kill-session -t "$name"
      return
    fi
  done
  fail "$name: still running after 3 minutes"
}

bar='^[0-9,]+/20,480 documents, [0-9.]+/[0-9.]+ MB .*━+.* [0-9]+% +[0-9.]+ [KMG]B/s +[0-9]{2}:[0-9]{2}:[0-9]{2} *$'
final='^Linted 20,480 documents \([0-9.]+ MB\) in [0-9.]+ s, [0-9.]+ MB/s\.$'

echo "-- corpuslint check corpus > report.txt (progress on the terminal)"
run check "'$corpuslint' check corpus --rules '$PWD/rules' >report.txt"
frames=("$work"/check.*.txt)
bars=0
for frame in "${frames[@]}"; do
  lines="$(grep -cE "documents, .* MB" "$frame" || true)"
  [ "$lines" -le 1 ] || fail "a frame holds $lines progress lines (lines left behind): $frame"
  if grep -qE "$bar" "$frame"; then bars=$((bars + 1)); fi
done
[ "$bars" -ge 2 ] || fail "the bar (documents, MB, bar, %, speed, time left) showed in $bars frames of ${#frames[@]}"
shown="$(grep -v '^$' "$last")"
[ "$(printf '%s\n' "$shown" | wc -l)" -eq 2 ] || fail "the pane at the end is not the final line and the exit code: $shown"
printf '%s\n' "$shown" | head -n 1 | grep -qE "$final" || fail "no final line: $shown"
[ "$(printf "%s\n" "$shown" | tail -n 1)" = "EXIT=0" ] || fail "check did not exit 0 (the seeds hold warnings and suggestions only): $shown"
echo "-- the bar in $bars frames of ${#frames[@]}, then: $(printf '%s\n' "$shown" | head -n 1)"

echo "-- corpuslint check corpus --quiet > report.txt (nothing drawn)"
run quiet "'$corpuslint' check corpus --rules '$PWD/rules' --quiet >report.txt"
if grep -l "documents" "$work"/quiet.*.txt >/dev/null; then fail "--quiet drew progress"; fi
[ "$(grep -v '^$' "$last")" = "EXIT=0" ] || fail "--quiet left something on the terminal: $(cat "$last")"

echo "-- corpuslint check corpus > report.txt 2> errors.txt (nothing drawn)"
run redirected "'$corpuslint' check corpus --rules '$PWD/rules' >report.txt 2>errors.txt"
[ ! -s "$work/errors.txt" ] || fail "progress was written to a redirected standard error: $(head -c 300 "$work/errors.txt")"
[ "$(grep -v '^$' "$last")" = "EXIT=0" ] || fail "the redirected run left something on the terminal: $(cat "$last")"

rm -rf "$work"
echo "test-progress-tmux: OK"
