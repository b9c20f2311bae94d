#!/usr/bin/env bash
# Installs Debian's hunspell-ar when its dictionary is missing: discover variants reads /usr/share/hunspell/ar.dic to
# tell ordinary Arabic words from the spellings of names, and its tests read it too.
set -euo pipefail
if [[ -f /usr/share/hunspell/ar.dic ]]; then
    echo "hunspell-ar: /usr/share/hunspell/ar.dic is installed"
    exit 0
fi

sudo=(); [[ $(id -u) -ne 0 ]] && sudo=(sudo)
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq hunspell-ar >/dev/null
test -f /usr/share/hunspell/ar.dic
echo "hunspell-ar: installed /usr/share/hunspell/ar.dic"
