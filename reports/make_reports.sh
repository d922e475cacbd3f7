#!/usr/bin/env bash
# Regenerate every report in reports/ from the sample workbooks in workbooks/.
# Run from the repository root after any change to rules or renderers:
#   bash reports/make_reports.sh
set -uo pipefail
cd "$(dirname "$0")/.."
periksa=(python3 -m validator check)
for book in workbooks/*.xlsx workbooks/*.xls; do
  name=$(basename "${book%.*}")
  "${periksa[@]}" "$book" --no-color -o "reports/$name.txt" -o "json=reports/$name.json" >/dev/null
done
"${periksa[@]}" workbooks/ --format html -o reports/semua-workbook.html -o sarif=reports/semua-workbook.sarif \
  -o junit=reports/semua-workbook.junit.xml -o markdown=reports/semua-workbook.md >/dev/null
"${periksa[@]}" workbooks/ --statistics --no-color -o reports/semua-workbook.txt >/dev/null
if command -v chromium >/dev/null 2>&1; then
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --user-data-dir="$(mktemp -d)" --window-size=1400,1800 \
    --screenshot="$PWD/reports/semua-workbook.png" "file://$PWD/reports/semua-workbook.html" 2>/dev/null
fi
exit 0
