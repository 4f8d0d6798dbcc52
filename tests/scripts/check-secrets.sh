#!/usr/bin/env bash
# Runs last (a CTest fixture cleanup): searches everything every test printed (kept by run-test.sh
# in <test-home>/<test>/output.log) and every settings file, offline snapshot and offline journal the
# tests wrote for the tokens and passwords the tests use. A token must never be logged or stored outside the keychain.
#   check-secrets.sh <test-home>
set -uo pipefail
home=${1:?test home}
secrets=(
  "test-token-0123456789abcdef"     # tests/support/demofixture.h kToken
  "test-legacy-password"            # kLegacyPassword
  "s3cret-τoken-✓"                  # tst_keychain
  "contract-test-token"             # tests/contract
  "e2e-offline-token-0123456789abcdef"   # scripts/e2e-offline.sh
)
shopt -s nullglob
logs=("$home"/*/output.log)
[[ ${#logs[@]} -gt 0 ]] || { echo "FAIL no test output under $home"; exit 1; }
status=0
for s in "${secrets[@]}"; do
  if hits=$(grep -lF -- "$s" "${logs[@]}"); then
    echo "FAIL a test secret appears in the output of: $hits" >&2
    grep -nF -- "$s" "${logs[@]}" | head -5 >&2
    status=1
  fi
  if hits=$(grep -rlF --include='*.conf' --include='*.ini' --include='*.json' --include='*.sqlite' --include='*.desktop' -- "$s" "$home"); then
    echo "FAIL a test secret was written to a settings file: $hits" >&2
    status=1
  fi
done
lines=$(cat "${logs[@]}" | wc -l)
[[ $status -eq 0 ]] && echo "ok   no test secret in the output of ${#logs[@]} tests ($lines lines) or in any settings file"
exit $status
