#!/usr/bin/env bash
# Writes docs/report.png: the demo dataset's evaluation report as headless Chromium shows it, with
# requirement REQ-05 opened (?open=ID opens a section without scrolling the page). Needs Chromium (install-browser.sh).
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet run --project src/Comet.Cli -c Release -- report --dataset demo/req-code --measures vsm,lsi,bm25 --out "$work/report.html" --quiet
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$work/profile" --hide-scrollbars \
  --window-size=1280,2900 --force-device-scale-factor=0.75 --screenshot="$PWD/docs/report.png" "file://$work/report.html?open=t0-g0-r4" 2>/dev/null
ls -l docs/report.png
