#!/usr/bin/env bash
# Writes docs/report.png: the report of README's command 1 (the demo project traced to its code and
# its tests with the default model and measures) as headless Chromium shows it: the headline cards,
# then requirement REQ-05 opened in the requirements -> tests section (?open=ID opens a section
# without scrolling the page; #ID scrolls to it). Needs Chromium (install-browser.sh).
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet run --project src/Comet.Cli -c Release -- trace --sources datasets/demo/requirements --targets datasets/demo/src \
  --tests datasets/demo/tests --report "$work/report.html" --out "$work/links.csv" --quiet
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$work/profile" --hide-scrollbars \
  --window-size=1280,2900 --force-device-scale-factor=0.75 --screenshot="$PWD/docs/report.png" "file://$work/report.html?open=${OPEN:-t0-g1-r4}#${AT:-top}" 2>/dev/null
ls -l docs/report.png
