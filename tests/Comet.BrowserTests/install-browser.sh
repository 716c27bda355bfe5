#!/usr/bin/env bash
# Installs what the browser tests drive: Debian's Chromium (and its ChromeDriver, for WebDriver tools).
# Playwright is pointed at this binary; it never downloads a browser of its own.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then
  chromium --version
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends chromium chromium-driver
chromium --version
