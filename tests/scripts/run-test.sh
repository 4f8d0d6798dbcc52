#!/usr/bin/env bash
# Runs one test and keeps a copy of everything it printed, for check-secrets.sh.
#   run-test.sh <output-file> <command> [args...]
set -uo pipefail
out=${1:?output file}
shift
mkdir -p "$(dirname "$out")"
"$@" 2>&1 | tee "$out"
exit "${PIPESTATUS[0]}"
