#!/usr/bin/env bash
# Packages the VS Code extension (editors/vscode) with vsce, from a copy of it, and checks what the .vsix holds. With a
# folder argument, leaves corpuslint.vsix there (`code --install-extension corpuslint.vsix` installs it). Installs
# Debian's nodejs and npm when node is missing. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
out=${1:-}

if ! command -v npm >/dev/null 2>&1; then
    echo "vscode: installing Debian's nodejs and npm"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
fi
echo "vscode: node $(node --version), npm $(npm --version)"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$repo/editors/vscode" "$work/extension"
rm -rf "$work/extension/node_modules"
cd "$work/extension"
npm ci --no-audit --no-fund --loglevel=error >"$work/npm.log" 2>&1 || { cat "$work/npm.log"; exit 1; }
npm run --silent package >"$work/vsce.log" 2>&1 || { cat "$work/vsce.log"; exit 1; }

listing=$(unzip -Z1 corpuslint.vsix)
for entry in extension/package.json extension/extension.js extension/node_modules/vscode-languageclient/lib/node/main.js; do
    grep -qx "$entry" <<<"$listing" || { echo "vscode: FAIL: corpuslint.vsix has no $entry"; exit 1; }
done
echo "vscode: corpuslint.vsix packaged ($(wc -c <corpuslint.vsix) bytes, $(wc -l <<<"$listing") files)"
if [ -n "$out" ]; then
    mkdir -p "$out"
    cp corpuslint.vsix "$out/"
    echo "vscode: $out/corpuslint.vsix"
fi
