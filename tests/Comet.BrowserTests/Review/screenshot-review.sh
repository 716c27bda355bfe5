#!/usr/bin/env bash
# Writes docs/review.png: the review page in headless Chromium against the service on loopback, with
# requirement R2 and its link to MonthlyReportPrinter.java open and confirmed. Needs Chromium (../install-browser.sh).
set -euo pipefail
cd "$(dirname "$0")/../../.."
COMET_REVIEW_SCREENSHOT="$PWD/docs/review.png" dotnet test tests/Comet.BrowserTests --filter "FullyQualifiedName~ReviewScreenshotTests"
ls -l docs/review.png
