#!/usr/bin/env bash
# Installs the Debian packages the tests need when they are missing: LibreOffice (the independent
# formula engine), Chromium and Firefox ESR (end-to-end tests of the add-in's playground and the web
# page), poppler-utils (reading the printed briefing's PDF). Needs root or sudo; prints what to do
# otherwise.
set -euo pipefail
need=()
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc-nogui)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || need+=(firefox-esr)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
# CJK fonts so screenshots and PDF checks show Chinese text, not boxes.
[ -e /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ] || need+=(fonts-noto-cjk)
if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -eq 0 ]; then
  sudo=""
elif command -v sudo >/dev/null 2>&1; then
  sudo="sudo"
else
  echo "Missing Debian packages: ${need[*]}. Install them as root: apt-get install -y ${need[*]}" >&2
  exit 1
fi
echo "Installing Debian packages: ${need[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
