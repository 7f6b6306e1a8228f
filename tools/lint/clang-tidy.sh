#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# clang-tidy (.clang-tidy) over Harbor's own C++ in parallel; exits non-zero
# on any warning (WarningsAsErrors) or on a file that does not parse.
# Usage: tools/lint/clang-tidy.sh [BUILD_DIR] [FILE_REGEX]
#   BUILD_DIR   a configured tree with compile_commands.json (default build/dev;
#               built, so generated headers such as moc output exist)
#   FILE_REGEX  only files whose path matches (e.g. 'app/core/vault/')
# HARBOR_TIDY_JOBS sets the parallel instances (default 2: CI has two cores).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd -P)
build="${1:-build/dev}"
only="${2:-}"
jobs="${HARBOR_TIDY_JOBS:-2}"

tidy=$(command -v clang-tidy-14 || command -v clang-tidy || true)
run=$(command -v run-clang-tidy-14 || command -v run-clang-tidy || true)
if [ -z "$tidy" ] || [ -z "$run" ]; then
  echo "clang-tidy: clang-tidy and run-clang-tidy are needed (Debian: clang-tidy)" >&2
  exit 2
fi
if [ ! -f "$build/compile_commands.json" ]; then
  echo "clang-tidy: no $build/compile_commands.json (configure and build first)" >&2
  exit 2
fi

# Harbor's own sources only: the source tree's folders, never build/ (moc,
# qmlcache and rcc output, autogen) nor anything outside the repository.
escaped=$(printf '%s' "$root" | sed 's/[][\.*^$+?(){}|]/\\&/g')
files="^${escaped}/(app|platform|qml|tests|tools)/.*\\.(cpp|c)$"
if [ -n "$only" ]; then
  files="^(?=.*(${only}))${escaped}/(app|platform|qml|tests|tools)/.*\\.(cpp|c)$" # run-clang-tidy uses Python's re
fi
# The same folders for headers; generated headers live under build/.
headers="^${escaped}/(app|platform|qml|tests|tools)/"

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
# -Wno-error: the build's -Werror is for g++; clang's own warnings are not
# what this step checks (clang-tidy's are errors through WarningsAsErrors).
"$run" -quiet -j "$jobs" -p "$build" -clang-tidy-binary "$tidy" -header-filter "$headers" \
  -extra-arg=-Wno-error -extra-arg=-Wno-unknown-warning-option "$files" >"$log" 2>&1 || status=$?

# A header included by many files is reported once per file: print each
# diagnostic once, then a count by check.
python3 - "$log" "$root" <<'PY'
import re, sys
root = sys.argv[2] + "/"
seen, order = set(), []
diag = re.compile(r"^(/[^:]+):(\d+):(\d+): (warning|error): (.*) \[([\w.,-]+)\]$")
current = None
ansi = re.compile(r"\x1b\[[0-9;]*m")  # run-clang-tidy always asks for colour
for line in open(sys.argv[1], errors="replace"):
    line = ansi.sub("", line.rstrip("\n"))
    m = diag.match(line)
    if m:
        key = (m.group(1), m.group(2), m.group(3), m.group(6))
        current = None
        if key not in seen:
            seen.add(key)
            current = [line.replace(root, "")]
            order.append(current)
    elif re.match(r"^\S*clang-tidy(-\d+)? ", line) or re.match(r"^\d+ (warnings?|errors?)( and \d+ errors?)? generated", line) \
            or line.startswith(("Suppressed ", "Use -header-filter", "Error while processing")):
        current = None  # run-clang-tidy's and clang-tidy's own lines: commands, counts
    elif current is not None:
        current.append(line.replace(root, ""))
for block in order:
    print("\n".join(block))
counts = {}
for block in order:
    check = re.search(r"\[([\w.-]+)(,-warnings-as-errors)?\]$", block[0]).group(1)
    counts[check] = counts.get(check, 0) + 1
for check, n in sorted(counts.items(), key=lambda kv: -kv[1]):
    print(f"{n:5d} {check}")
print(f"clang-tidy: {len(order)} diagnostic(s)")
PY

checked=$(grep -c -- '-quiet /' "$log" || true)
echo "clang-tidy: ${checked} file(s) checked"
if [ "$checked" -eq 0 ]; then
  echo "clang-tidy: no source file matched" >&2
  exit 2
fi
if [ "$status" -ne 0 ]; then
  echo "clang-tidy: failed" >&2
  exit 1
fi
echo "clang-tidy: clean"
