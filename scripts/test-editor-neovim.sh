#!/usr/bin/env bash
# Neovim as a real client of `corpuslint lsp`: a headless Neovim, configured by editors/neovim/corpuslint.lua to start
# the server on .txt files, opens copies of a seed and of a line mixing Arabic, combining marks and an emoji, waits for
# the diagnostics, checks them against `corpuslint check --format json`, applies code actions and checks the buffer's
# text (scripts/neovim/lsp-test.lua). Both read the rules from the corpus's .corpuslint.yaml, which is also the
# workspace's root marker, so editor and command line agree through the configuration alone. Installs Debian's neovim when it is missing. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if ! command -v nvim >/dev/null 2>&1; then
    echo "neovim: installing Debian's neovim"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends neovim >/dev/null
fi
nvim --version | head -n 1

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet build src/Linter.Cli -c Release -o "$work/bin" -v quiet -nologo >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
corpuslint() { dotnet "$work/bin/corpuslint.dll" "$@"; }

seed=001_698cf3f044971efa.txt
mkdir -p "$work/corpus" "$work/fixed"
cp "seeds/$seed" "$work/corpus/$seed"
cp "seeds/$seed" "$work/fixed/$seed"
chmod u+w "$work/corpus/$seed" "$work/fixed/$seed"  # a checkout may keep the seeds read-only
printf 'في شمال آسيا\n😀 قمّة e\xcc\x81 وبيونجيانج 15سبتمبر\n' >"$work/corpus/mixed.txt"
for folder in corpus fixed; do
    printf 'rules: [%s/rules]\nshipped_rules: false\n' "$repo" >"$work/$folder/.corpuslint.yaml"
done

# What the command line says of the same files: the server must say the same, and fix the same way.
status=0
(cd "$work/corpus" && corpuslint check "$seed" mixed.txt --format json --output "$work/expected.json" >/dev/null) || status=$?
[ "$status" -le 1 ] || { echo "neovim: FAIL: corpuslint check exited $status"; exit 1; }
(cd "$work/fixed" && corpuslint fix "$seed" >/dev/null)

status=0
REPO=$repo WORK=$work SERVER_DLL="$work/bin/corpuslint.dll" SEED_NAME=$seed \
    timeout 300 nvim --headless -u NONE -i NONE -n -c "luafile $repo/scripts/neovim/lsp-test.lua" </dev/null >"$work/nvim.log" 2>&1 || status=$?
cat "$work/nvim.log"
if [ "$status" -ne 0 ] || ! grep -q '^neovim: OK$' "$work/nvim.log"; then
    [ "$status" -ne 124 ] || echo "neovim: FAIL: the headless Neovim test ran past its 300 s limit"
    echo "neovim: FAIL: the headless Neovim test exited $status"
    exit 1
fi
echo "neovim: the language server passed in Neovim"
