#!/usr/bin/env bash
# apt-install.sh PACKAGE...: installs the Debian packages given with apt-get (through sudo when not root), quietly.
# The test scripts call it for what they find missing.
set -euo pipefail
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "-- installing $* (apt-get)"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null
