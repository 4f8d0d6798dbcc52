#!/usr/bin/env bash
# Installs Prism, pinned by package-lock.json, into tests/contract/node_modules — once per lock file.
# Called by `make deps` (so by `make test`); the contract test itself never downloads anything.
set -euo pipefail
cd "$(dirname "$0")"
stamp=$(cat package.json package-lock.json | sha256sum | cut -d' ' -f1)
if [[ -f node_modules/@stoplight/prism-http-server/package.json && -f node_modules/.kd-installed
      && $(cat node_modules/.kd-installed) == "$stamp" ]]; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "install-prism: npm is missing (packaging/install-deps.sh installs it)" >&2
  exit 1
fi
echo "install-prism: npm ci in tests/contract (Prism for the contract tests)"
npm ci --no-audit --no-fund --ignore-scripts --prefer-offline
echo "$stamp" > node_modules/.kd-installed
