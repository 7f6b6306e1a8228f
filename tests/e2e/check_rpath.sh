#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# No binary Harbor builds may carry an RPATH/RUNPATH with an empty or
# relative entry: the loader reads those as the current directory, so a
# library dropped where the user starts Harbor would run inside it.
# Usage: check_rpath.sh BUILD_DIR REQUIRED_BINARY...
set -euo pipefail
build_dir=$1
shift
status=0
checked=0
while IFS= read -r -d '' file; do
  # ELF files only (executables and shared objects).
  [ "$(head -c 4 "$file" | od -An -c | tr -d ' \n')" = "177ELF" ] || continue
  checked=$((checked + 1))
  while IFS= read -r paths; do
    IFS=':' read -r -a entries <<< "$paths"
    # A trailing or leading ':' is an empty entry too.
    if [ -z "$paths" ] || [[ "$paths" == :* ]] || [[ "$paths" == *: ]] || [[ "$paths" == *::* ]]; then
      echo "FAIL: $file: empty entry in RPATH/RUNPATH [$paths]"
      status=1
      continue
    fi
    for entry in "${entries[@]}"; do
      case "$entry" in
        /*|'$ORIGIN'|'$ORIGIN/'*|'${ORIGIN}'|'${ORIGIN}/'*) ;;
        *) echo "FAIL: $file: relative entry '$entry' in RPATH/RUNPATH"; status=1 ;;
      esac
    done
  done < <(readelf -d "$file" 2>/dev/null | sed -n 's/.*(\(RPATH\|RUNPATH\)).*\[\(.*\)\].*/\2/p')
done < <(find "$build_dir" -type f \( -perm -u+x -o -name '*.so*' \) -not -path '*/CMakeFiles/*' \
  -not -path "${CHECK_RPATH_SKIP:-/nonexistent}/*" -print0)
for required in "$@"; do
  if [ ! -f "$required" ]; then
    echo "FAIL: $required was not built"
    status=1
  fi
done
echo "checked $checked ELF files"
[ "$checked" -gt 0 ] || { echo "FAIL: no ELF file found under $build_dir"; exit 1; }
exit $status
