#!/usr/bin/env bash
# Validates real SARIF logs of the linter with Microsoft's SARIF multitool (npm @microsoft/sarif-multitool), with the
# rules of the SARIF specification and GitHub's ingestion rules on (`validate --rule-kind "Gh;Sarif"`): the log of the
# seeds, the log of a JSON Lines corpus made of the seeds (half its records written with \uXXXX escapes), and a log
# capped at code scanning's 25,000 results, of a corpus of 2,000 copies of the seeds. Fails on any error the
# multitool reports, and when the capped log holds more than 25,000 results or does not say what it left out. A log
# stripped of its rules' help is checked first and must be refused, so the check is known to catch what it looks for.
# Installs Debian's nodejs and npm when npm is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

multitool_version=5.7.0
fail() { echo "validate-sarif: FAIL: $*" >&2; exit 1; }

if ! command -v npm >/dev/null 2>&1; then
    echo "validate-sarif: installing Debian's nodejs and npm"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
fi

work=$(mktemp -d -t corpuslint-sarif.XXXXXX)
trap 'rm -rf "$work"' EXIT

echo "validate-sarif: npm install @microsoft/sarif-multitool@$multitool_version"
npm install --prefix "$work/npm" --no-audit --no-fund --loglevel=error "@microsoft/sarif-multitool@$multitool_version" >"$work/npm.log" 2>&1 \
    || { cat "$work/npm.log"; fail "npm install"; }
multitool="$work/npm/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
# npm leaves the package's install script (which makes the tool executable) to the user.
chmod u+x "$multitool"

dotnet build src/Linter.Cli -c Release -nologo -v q >"$work/build.log" 2>&1 || { cat "$work/build.log"; fail "dotnet build"; }
corpuslint() { dotnet "$repo/src/Linter.Cli/bin/Release/net10.0/corpuslint.dll" "$@"; }

# Exit code 1 only says there are findings; a log is written either way.
lint() {
    local status=0
    corpuslint check --no-progress "$@" >/dev/null 2>"$work/stderr" || status=$?
    [ "$status" -le 1 ] || { cat "$work/stderr"; fail "corpuslint check $* exited $status"; }
}

# The multitool exits 0 whatever it finds, so its own log is read: any result at level error fails the log.
has_no_errors() {
    local log=$1
    rm -f "$work/validation.sarif"
    "$multitool" validate --rule-kind "Gh;Sarif" --max-file-size-in-kb 200000 --output "$work/validation.sarif" "$log" >"$work/validation.txt" 2>&1 \
        || { cat "$work/validation.txt"; fail "the multitool could not validate $log"; }
    node -e '
        const results = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).runs.flatMap(run => run.results ?? []);
        for (const r of results) console.log(`  ${r.level ?? "warning"} ${r.ruleId}: ${r.message.text ?? r.message.id}`);
        process.exit(results.some(r => r.level === "error") ? 1 : 0);
    ' "$work/validation.sarif"
}
validate() { has_no_errors "$1" || fail "$1 has errors under the SARIF and GitHub rules (above)"; }

echo "== the seeds"
lint seeds --format sarif --output "$work/seeds.sarif"
validate "$work/seeds.sarif"

echo "== the same log without help on its rules, which GitHub requires, must be refused"
node -e '
    const log = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    for (const rule of log.runs[0].tool.driver.rules) delete rule.help;
    require("fs").writeFileSync(process.argv[2], JSON.stringify(log));
' "$work/seeds.sarif" "$work/no-help.sarif"
! has_no_errors "$work/no-help.sarif" >/dev/null || fail "a log without help passed the validation"

echo "== a JSON Lines corpus of the seeds"
node -e '
    const fs = require("fs"), path = require("path");
    const seeds = fs.readdirSync(process.argv[1]).filter(name => name.endsWith(".txt")).sort();
    const lines = seeds.map((name, i) => {
        const record = JSON.stringify({ id: name, text: fs.readFileSync(path.join(process.argv[1], name), "utf8") });
        return i % 2 ? record.replace(/[\u0080-\uffff]/g, c => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0")) : record;
    });
    fs.writeFileSync(process.argv[2], lines.join("\n") + "\n");
' "$repo/seeds" "$work/seeds.jsonl"
(cd "$work" && lint seeds.jsonl --rules "$repo/rules" --format sarif --output jsonl.sarif)
validate "$work/jsonl.sarif"
node -e '
    const run = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).runs[0];
    const uris = new Set(run.results.map(r => r.locations[0].physicalLocation.artifactLocation.uri));
    if (uris.size !== 1 || !uris.has("seeds.jsonl")) { console.error(`artifact URIs: ${[...uris]}`); process.exit(1); }
    if (!run.results.every(r => r.locations[0].logicalLocations?.[0]?.fullyQualifiedName.startsWith("seeds.jsonl#"))) process.exit(1);
' "$work/jsonl.sarif" || fail "the JSON Lines log does not locate its records in seeds.jsonl"

echo "== a corpus of 2,000 copies of the seeds, capped at 25,000 results"
for copy in $(seq 1 400); do
    mkdir -p "$work/large/$copy"
    cp seeds/*.txt "$work/large/$copy/"
done
(cd "$work" && lint large --rules "$repo/rules" --format sarif --output large.sarif --sarif-max-results 25000)
grep -q "corpuslint: warning: the SARIF log leaves out" "$work/stderr" || { cat "$work/stderr"; fail "the capped run did not say what it left out"; }
node -e '
    const run = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).runs[0];
    console.log(`  ${run.results.length} results, ${run.properties.resultsLeftOut} left out`);
    process.exit(run.results.length === 25000 && run.properties.resultsLeftOut > 0 ? 0 : 1);
' "$work/large.sarif" || fail "the capped log does not hold 25,000 results and say how many it left out"
validate "$work/large.sarif"

echo "validate-sarif: every log is valid under the SARIF and GitHub rules"
