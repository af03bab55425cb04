#!/usr/bin/env bash
# Makes sure the browsers the demo and the end-to-end tests drive are present: Debian's
# Chromium and Firefox ESR (no browser can be downloaded by npm here), plus CJK fonts so Chinese
# agreements render and screenshot legibly. Installs what is missing when run as root (or with
# password-less sudo); otherwise says what to install.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

missing=()
for pkg in chromium firefox-esr fonts-noto-cjk; do
  installed "$pkg" || missing+=("$pkg")
done
((${#missing[@]} == 0)) && exit 0

if [[ $(id -u) -eq 0 ]]; then
  sudo_cmd=()
elif sudo -n true 2>/dev/null; then
  sudo_cmd=(sudo -n)
else
  echo "Missing Debian packages: ${missing[*]}. Install them with: sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
echo "==> installing ${missing[*]}"
"${sudo_cmd[@]}" apt-get update -q
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null
