#!/usr/bin/env bash
# Packs corpuslint as a .NET tool, installs it from the local package alone, and runs it from outside the repository.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
golden="$repo/tests/Linter.Cli.Tests/Golden"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

work="$(mktemp -d -t corpuslint-tool.XXXXXX)"
trap 'rm -rf "$work"' EXIT

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

echo "== dotnet pack src/Linter.Cli -c Release -o $work/nupkg"
dotnet pack "$repo/src/Linter.Cli" -c Release -o "$work/nupkg" -nologo
version="$(sed -n 's|.*<Version>\(.*\)</Version>.*|\1|p' "$repo/Directory.Build.props")"
[ -f "$work/nupkg/CorpusLint.$version.nupkg" ] || fail "no CorpusLint.$version.nupkg in $work/nupkg: $(ls "$work/nupkg")"

echo "== dotnet tool install CorpusLint from $work/nupkg only"
# A configuration with no package sources, so the tool can only come from the folder just packed.
printf '<configuration><packageSources><clear /></packageSources></configuration>\n' > "$work/nuget.config"
(cd "$work" && dotnet tool install --configfile "$work/nuget.config" --tool-path "$work/tools" --add-source "$work/nupkg" CorpusLint)
corpuslint="$work/tools/corpuslint"
# The installed package: the tool, and the rule pack next to it.
ls "$work/tools/.store/corpuslint/$version/corpuslint/$version/tools/net10.0/"*/rules/boilerplate.yaml > /dev/null || fail "no rules/ next to the installed tool"

# Everything below runs in a folder outside the repository, on copies of the seeds, with no configuration file: the
# shipped pack is used (the repository's own .corpuslint.yaml would load its rules/ instead).
mkdir -p "$work/outside"
cd "$work/outside"
cp -R "$repo/seeds" corpus

echo "== corpuslint --version"
shown="$("$corpuslint" --version)"
echo "$shown"
[ "${shown%%+*}" = "$version" ] || fail "version $shown is not $version (Directory.Build.props)"

echo "== corpuslint rules test"
"$corpuslint" rules test || fail "rules test exited $?"

echo "== corpuslint check corpus (a copy of the seeds)"
status=0
"$corpuslint" check corpus > "$work/check.out" || status=$?
tail -n 3 "$work/check.out"
[ "$status" -eq 0 ] || fail "check exited $status; expected 0 (the seeds have warnings and suggestions, no errors)"
# The summary the reviewed golden output has: the same findings as with the repository's rules/.
summary_of_golden() {
  sed -n '/"summary"/,/}/p' "$golden/seeds.expected.json" | tr -d ' \n' |
    sed -E 's/.*"files":([0-9]+),"error":([0-9]+),"warning":([0-9]+),"suggestion":([0-9]+).*/\1 files linted: \2 errors, \3 warnings, \4 suggestions/'
}
expected="$(summary_of_golden)"
actual="$(tail -n 1 "$work/check.out")"
[ "$actual" = "$expected" ] || fail "summary '$actual'; expected '$expected'"
grep -q "^corpus/001_698cf3f044971efa.txt(1,1): warning CL1003: " "$work/check.out" || fail "no CL1003 on the first line of seed 001"

echo "== corpuslint fix --dry-run seeds (a copy), compared with the reviewed diff"
cp -R "$repo/seeds" "$work/outside/seeds"
status=0
"$corpuslint" fix --dry-run seeds > "$work/fix.diff" 2> "$work/fix.err" || status=$?
tail -n 2 "$work/fix.err"
[ "$status" -eq 0 ] || fail "fix --dry-run exited $status"
cmp -s "$work/fix.diff" "$golden/seeds-fix.expected.diff" || fail "the dry-run diff differs from $golden/seeds-fix.expected.diff"
diff -r -q "$repo/seeds" seeds > /dev/null || fail "fix --dry-run changed files"

echo "== corpuslint fix seeds (the copy), compared with the reviewed fixed files"
"$corpuslint" fix seeds | tail -n 2
for fixed in "$golden"/seeds-fixed/*.txt; do
  case "$fixed" in *.actual.*) continue ;; esac
  cmp -s "$fixed" "seeds/$(basename "$fixed")" || fail "fixed $(basename "$fixed") differs from $fixed"
done

echo "== the portable package (-p:PortableTool=true): compiled at run time, for any platform"
dotnet pack "$repo/src/Linter.Cli" -c Release -o "$work/portable" -p:PortableTool=true -nologo -v quiet
(cd "$work" && dotnet tool install --configfile "$work/nuget.config" --tool-path "$work/portable-tools" --add-source "$work/portable" CorpusLint)
[ -f "$work/portable-tools/.store/corpuslint/$version/corpuslint/$version/tools/net10.0/any/rules/boilerplate.yaml" ] || fail "the portable package is not in tools/net10.0/any/ with its rules"
actual="$("$work/portable-tools/corpuslint" check corpus | tail -n 1)"
[ "$actual" = "$expected" ] || fail "portable tool: summary '$actual'; expected '$expected'"
echo "$actual"

echo "OK: the installed tool lints and fixes from any folder with its shipped rules"
