#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package of Harbor: a release build of the program only
# (no tests), installed under /usr, packed by CPack. Prints the .deb's path.
#   packaging/build-deb.sh [BUILD_DIR]      (default: build/deb)
set -euo pipefail
source_dir="$(cd "$(dirname "$0")/.." && pwd)"
build_dir="${1:-$source_dir/build/deb}"

# Warnings are errors in the dev and sanitizer builds (.ci/run); a package
# build, like a distribution's, must not fail on a warning only -O2 shows.
cmake -S "$source_dir" -B "$build_dir" -G Ninja -Wno-dev \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DHARBOR_BUILD_TESTS=OFF \
  -DHARBOR_WARNINGS_AS_ERRORS=OFF -DCMAKE_INSTALL_PREFIX=/usr >&2
cmake --build "$build_dir" >&2
(cd "$build_dir" && rm -f harbor_*.deb && cpack -G DEB >&2)
ls "$build_dir"/harbor_*.deb
