#!/usr/bin/env bash
# Installs Debian's hunspell-ar when its dictionary is missing: discover variants reads /usr/share/hunspell/ar.dic to
# tell ordinary Arabic words from the spellings of names, and its evaluation reads it too.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ ! -f /usr/share/hunspell/ar.dic ]]; then
    scripts/apt-install.sh hunspell-ar
fi

test -f /usr/share/hunspell/ar.dic
echo "hunspell-ar: /usr/share/hunspell/ar.dic is installed"
