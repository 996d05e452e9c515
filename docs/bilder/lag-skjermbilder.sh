#!/usr/bin/env bash
# Takes the README's screenshots from the committed site/ and the brochure PDF with headless Chromium.
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
# The brochure: the cover and page 3 of the PDF that `veileder pdf` writes (needs poppler-utils).
swift run -q veileder pdf >/dev/null
pdftoppm -png -r 60 -f 1 -l 1 -singlefile dist/verdt-a-vite-om-vond-rygg.pdf docs/bilder/brosjyre-pdf-forside
pdftoppm -png -r 60 -f 3 -l 3 -singlefile dist/verdt-a-vite-om-vond-rygg.pdf docs/bilder/brosjyre-pdf-side-3
echo "Skjermbilder lagret i docs/bilder/."
