#!/usr/bin/env bash
# Installs the Debian packages the browser tests need (Chromium, driven by playwright-core).
# Needs root; does nothing when Chromium is already there.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
  echo "install-test-deps: Chromium is missing and this is not a root Debian machine; browser tests will skip" >&2
  exit 0
fi
echo "install-test-deps: installing Debian's chromium for the browser tests"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
/usr/bin/chromium --version
