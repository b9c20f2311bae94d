#!/usr/bin/env bash
# The corpus state files of the shipped rules on a real corpus: bytes per document (in all and per analyzer), time to
# save and to load (in process, median of five), and whether the loaded state reports what the pass in memory does;
# once as check collects (the rules' states) and once as report does (discovery alongside).
#   bench/state-file.sh CORPUS_FOLDER [--encoding NAME] [--source-pattern REGEX] [--keep DIR]
# e.g. bench/state-file.sh real-news/saudinewsnet
#      bench/state-file.sh real-news/arabic-newspapers-cp1256 --encoding windows-1256 --source-pattern '/(?<source>[A-Z]{2})[^/]*$'
# Discovery reads Debian's hunspell-ar dictionary when it is installed, as report does. Prints Markdown tables.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:?usage: bench/state-file.sh CORPUS_FOLDER [--encoding NAME] [--source-pattern REGEX] [--keep DIR]}
shift
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dictionary=(); [[ -f /usr/share/hunspell/ar.dic ]] && dictionary=(--dictionary /usr/share/hunspell/ar.dic)
dotnet build bench/Linter.Benchmarks -c Release --nologo -v quiet > /dev/null
dotnet run -c Release --no-build --project bench/Linter.Benchmarks -- state-file "$corpus" rules "${dictionary[@]}" "$@"
