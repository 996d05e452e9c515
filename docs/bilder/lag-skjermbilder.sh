#!/usr/bin/env bash
# Takes the README's screenshots from the committed site/ with headless Chromium.
# Run from the repository root after `veileder build`: docs/bilder/lag-skjermbilder.sh
set -euo pipefail
site="$(pwd)/site"
shot() {
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size="$3" \
        --screenshot="docs/bilder/$1.png" "file://$site/$2" >/dev/null 2>&1
}
shot forside index.html 1200,900
shot anbefaling anbefalinger/sengeleie-akutt.html 1200,1000
shot oversikt "anbefalinger/index.html?retning=mot" 1200,1000
echo "Skjermbilder lagret i docs/bilder/."
