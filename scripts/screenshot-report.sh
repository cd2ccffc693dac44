#!/usr/bin/env bash
# Render an HTML report in headless Chromium and save a screenshot, to look
# at what a reader sees. Not part of CI: run it by hand.
#
#   scripts/screenshot-report.sh [REPORT.html] [OUT.png] [WIDTHxHEIGHT]
#
# Without REPORT.html (or with "-") it renders the demo page of
# internal/report on made-up data first. Needs Debian's chromium:
#   apt-get update && apt-get install -y chromium
set -euo pipefail

cd "$(dirname "$0")/.."
html=${1:--}
out=${2:-/tmp/verbatim-report.png}
size=${3:-1200x2400}

browser=$(command -v chromium || command -v chromium-browser || true)
if [[ -z "$browser" ]]; then
  echo "screenshot-report: chromium not found (apt-get install -y chromium)" >&2
  exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [[ "$html" == "-" ]]; then
  html="$work/demo.html"
  go test ./internal/report -run '^TestDemoPage$' -count=1 -args -demo-out="$html" >/dev/null
fi
html=$(realpath "$html")

# The background-networking flags keep Chromium from calling home on a
# machine without network; a fresh profile keeps runs independent.
"$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --hide-scrollbars --user-data-dir="$work/profile" \
  --window-size="${size/x/,}" --screenshot="$out" "file://$html" 2>"$work/chromium.log" || {
  cat "$work/chromium.log" >&2
  exit 1
}
echo "screenshot-report: wrote $out"
