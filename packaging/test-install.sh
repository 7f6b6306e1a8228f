#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Clean-system install test. Builds the .deb (packaging/build-deb.sh), makes
# a minimal Debian 12 root with debootstrap from the Debian archive apt uses
# on this machine, installs the package there with apt (its Depends and
# nothing else: no recommends, no build tree), and runs `harbor --version`
# and `harbor --self-test` offscreen inside that root. A dependency missing
# from the package fails the self-test (or the install). Lintian checks the
# package first.
#
#   sudo packaging/test-install.sh [--deb FILE] [--keep]
#     --deb FILE  test this package instead of building one
#     --keep      leave the root in place (its path is printed) to look around
#
# Needs root (debootstrap, chroot) and the network to the archive. Downloaded
# packages are kept in build/packaging-cache, so later runs are faster.
set -euo pipefail

source_dir="$(cd "$(dirname "$0")/.." && pwd)"
deb=""
keep=0
while [ $# -gt 0 ]; do
  case "$1" in
    --deb) deb="$(realpath "$2")"; shift 2 ;;
    --keep) keep=1; shift ;;
    *) echo "usage: $0 [--deb FILE] [--keep]" >&2; exit 2 ;;
  esac
done

say() { printf 'test-install: %s\n' "$*" >&2; }
fail() { say "FAIL: $*"; exit 1; }

[ "$(id -u)" -eq 0 ] || fail "run as root (debootstrap and chroot need it)"
for tool in debootstrap chroot; do
  command -v "$tool" >/dev/null || fail "$tool is missing: apt-get install debootstrap"
done

start=$SECONDS

# The Debian archive entries apt uses here (bookworm, -updates, -security),
# from deb822 .sources stanzas and one-line .list entries alike. Other
# repositories (vendors' own) are left out: the root has no keys for them.
debian_sources() {
  local file
  for file in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -f "$file" ] && grep -E '^deb[[:space:]]+(\[[^]]*\][[:space:]]+)?[a-z]+://[^[:space:]]+[[:space:]]+bookworm' "$file" \
      | sed -E 's/\[[^]]*\][[:space:]]*//' | awk '{ print "deb " $2 " " $3 " main" }'
  done
  for file in /etc/apt/sources.list.d/*.sources; do
    [ -f "$file" ] && awk 'BEGIN { RS = ""; FS = "\n" }
      {
        uris = ""; suites = ""; types = ""
        for (i = 1; i <= NF; i++) {
          if ($i ~ /^URIs:/) { uris = $i; sub(/^URIs:[ \t]*/, "", uris) }
          if ($i ~ /^Suites:/) { suites = $i; sub(/^Suites:[ \t]*/, "", suites) }
          if ($i ~ /^Types:/) { types = $i }
        }
        if (types !~ /deb([ \t]|$)/ || suites !~ /bookworm/) next
        n = split(uris, u, /[ \t]+/); m = split(suites, s, /[ \t]+/)
        for (a = 1; a <= n; a++) for (b = 1; b <= m; b++) print "deb " u[a] " " s[b] " main"
      }' "$file"
  done
}
sources="$(debian_sources | sort -u)"
mirror="$(printf '%s\n' "$sources" | awk '$3 == "bookworm" { print $2; exit }')"
[ -n "$mirror" ] || fail "no Debian 12 (bookworm) archive in /etc/apt/sources.list*"
say "archive: $mirror"

if [ -z "$deb" ]; then
  say "building the package"
  deb="$("$source_dir/packaging/build-deb.sh" | tail -n 1)"
fi
[ -f "$deb" ] || fail "no package at '$deb'"
say "package: $deb ($(( SECONDS - start )) s)"

# Lintian: no error and no warning, apart from the overrides in
# packaging/deb/lintian-overrides (each with its reason).
if command -v lintian >/dev/null; then
  lintian --fail-on error,warning --info "$deb" >&2 || fail "lintian found errors or warnings"
  say "lintian: clean"
else
  fail "lintian is missing: apt-get install lintian (packaging/install-deps.sh)"
fi

cache="$source_dir/build/packaging-cache/debootstrap"
mkdir -p "$cache" "$source_dir/build"
root="$(mktemp -d "$source_dir/build/clean-root.XXXXXX")"
chmod 0755 "$root" # it is /: users in the root (apt's _apt, the tester) must enter it
mounted=()
cleanup() {
  local i
  for (( i = ${#mounted[@]} - 1; i >= 0; i-- )); do umount -l "${mounted[$i]}" 2>/dev/null || true; done
  if [ "$keep" -eq 1 ]; then
    say "root kept at $root"
  else
    rm -rf --one-file-system "$root"
  fi
}
trap cleanup EXIT

say "debootstrap minbase bookworm into $root"
if ! debootstrap --variant=minbase --cache-dir="$cache" bookworm "$root" "$mirror" >"$root.log" 2>&1; then
  tail -n 20 "$root.log" >&2
  fail "debootstrap failed (log: $root.log)"
fi
rm -f "$root.log"
say "root ready ($(( SECONDS - start )) s)"

for fs in proc sys dev dev/pts; do
  mount --bind "/$fs" "$root/$fs"
  mounted+=("$root/$fs")
done
printf '%s\n' "$sources" > "$root/etc/apt/sources.list"
cp "$deb" "$root/tmp/"
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LC_ALL=C.UTF-8 "$@"; }

say "apt install $(basename "$deb") (Depends only)"
in_root apt-get update -qq || fail "apt-get update in the root"
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
  "/tmp/$(basename "$deb")" >/dev/null || fail "the package does not install on a clean Debian 12"
say "installed ($(( SECONDS - start )) s)"

version="$(in_root harbor --version)" || fail "harbor --version exited with $?"
expected="$(dpkg-deb -f "$deb" Version)"
[ "$version" = "harbor $expected" ] || fail "harbor --version said '$version', expected 'harbor $expected'"
say "$version"

# A user of the root, not root: what a person starting Harbor has.
in_root useradd --create-home tester
uid="$(in_root id -u tester)"
in_root install -d -m 0700 -o tester "/run/user/$uid"
if ! in_root su tester -c "env XDG_RUNTIME_DIR=/run/user/$uid harbor --self-test -platform offscreen" \
  >"$root/tmp/self-test.log" 2>&1; then
  cat "$root/tmp/self-test.log" >&2
  fail "harbor --self-test failed in the clean root: a dependency is missing from the package?"
fi
for path in /usr/share/applications/io.github.harbor_safety.harbor.desktop \
  /usr/share/metainfo/io.github.harbor_safety.harbor.metainfo.xml \
  /usr/share/icons/hicolor/scalable/apps/io.github.harbor_safety.harbor.svg \
  /usr/share/man/man1/harbor.1.gz /usr/share/doc/harbor/copyright /usr/libexec/harbor-decoder; do
  [ -e "$root$path" ] || fail "$path is not installed"
done
say "PASS: installed and self-tested on a clean Debian 12 in $(( SECONDS - start )) s"
