#!/usr/bin/env bash
# Browser and PDF tests need Debian's chromium, fonts-noto-cjk (Chinese in screenshots) and
# poppler-utils (pdftotext/pdftoppm); the shapefile export test reads the export back with GDAL's
# ogrinfo (gdal-bin). Installs them when missing and running as root; otherwise says exactly what to
# install and fails.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
command -v ogrinfo >/dev/null 2>&1 || missing+=(gdal-bin)
[ -d /usr/share/fonts/opentype/noto ] && ls /usr/share/fonts/opentype/noto/NotoSansCJK* >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing ${missing[*]} …"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
else
  echo "Missing system packages: ${missing[*]}" >&2
  echo "Install them with: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
