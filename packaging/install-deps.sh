#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs exactly the Debian 12 packages Harbor needs to build, run and test.
# Idempotent: when everything is present it returns without touching apt.
set -euo pipefail

packages=(
  # toolchain
  cmake ninja-build g++ clang libclang-rt-14-dev pkg-config clang-format clang-tidy
  # Qt 6
  qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-dev-tools
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev libqt6svg6
  qml6-module-qtqml qml6-module-qtquick qml6-module-qtquick-controls
  qml6-module-qtquick-templates qml6-module-qtquick-layouts
  qml6-module-qtquick-window qml6-module-qtqml-workerscript
  qml6-module-qtquick-shapes qml6-module-qttest qml6-module-qtquick-dialogs
  qml6-module-qt-labs-folderlistmodel
  # attachments: PNG/JPEG decoding is in Qt GUI; PDF pages are rendered by Qt PDF
  qt6-pdf-dev
  # attachments are decoded in a helper under a seccomp filter
  libseccomp-dev
  # storage, crypto, network, passphrase strength, QR codes
  libsqlcipher-dev libsodium-dev libcurl4-openssl-dev libzxcvbn-dev libqrencode-dev
  libssl-dev # SHA-256 of the journal's chain through libcrypto (SQLCipher links it already)
  # runtime: opening tel: links, fonts for rendering
  xdg-utils fonts-dejavu-core
  # tests: local HTTPS server, certificates; pdftotext for exported reports
  python3 openssl poppler-utils
  dbus-daemon # tests: private buses for the session-lock watcher
  # tests: the accessibility audit drives the real window over AT-SPI under Xvfb
  xvfb at-spi2-core python3-pyatspi xdotool
  libxcb1-dev # bench_startup sees windows being mapped as an X client
  # packaging: the .deb (dpkg-shlibdeps), its checks, the man page, the
  # clean-root install test (packaging/test-install.sh)
  dpkg-dev lintian desktop-file-utils appstream groff-base debootstrap
  python3-yaml # tests: the Flatpak manifest check
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Harbor: installing ${#missing[@]} Debian package(s): ${missing[*]}" >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi
# env: sudo does not pass the caller's environment through.
$sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
