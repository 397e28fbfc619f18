#!/usr/bin/env bash
# The browser tests use Debian's Chromium (Playwright's own browser download cannot
# reach the internet here). Install it when it is missing.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null; then SUDO="sudo"; else
    echo "Chromium is missing and cannot be installed without root: apt-get install chromium" >&2
    exit 1
  fi
fi
echo "Installing Debian's chromium for the browser tests..."
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
test -x /usr/bin/chromium
