#!/usr/bin/env bash
# Runs last (a CTest fixture cleanup): searches everything the suite printed and every settings file
# it wrote for the tokens and passwords the tests use. A token must never be logged or stored.
#   check-secrets.sh <build-dir>
set -uo pipefail
build=${1:?build dir}
secrets=(
  "test-token-0123456789abcdef"     # tests/support/demofixture.h kToken
  "test-legacy-password"            # kLegacyPassword
  "s3cret-τoken-✓"                  # tst_keychain
)
log="$build/Testing/Temporary/LastTest.log"
status=0
[[ -f $log ]] || { echo "FAIL no test log at $log"; exit 1; }
for s in "${secrets[@]}"; do
  if grep -qF -- "$s" "$log"; then
    echo "FAIL a test secret appears in the suite's output ($log):" >&2
    grep -nF -- "$s" "$log" | head -5 >&2
    status=1
  fi
  if grep -rqF -- "$s" "$build/test-home" 2>/dev/null --include='*.conf' --include='*.ini' --include='*.json' --include='*.desktop'; then
    echo "FAIL a test secret was written to a settings file under $build/test-home:" >&2
    grep -rlF -- "$s" "$build/test-home" --include='*.conf' --include='*.ini' --include='*.json' >&2
    status=1
  fi
done
[[ $status -eq 0 ]] && echo "ok   no test secret in $(wc -l < "$log") lines of suite output or in any settings file"
exit $status
