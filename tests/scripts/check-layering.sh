#!/usr/bin/env bash
# Fails when a file includes a header from a layer above its own (or beside it, where the layers do
# not know each other). The layers, arrows pointing down only:
#   ui -> session -> models / api / auth / desktop / journal -> core ;  demo -> core
# app/main.cpp (the composition root) may include anything; tests are not checked.
#   check-layering.sh <source-dir>
#   check-layering.sh --self-test      (shows that a wrong include is caught)
set -euo pipefail

declare -A ALLOWED=(
  [core]="core"
  [api]="api core"
  [auth]="auth core"
  [models]="models core"
  [desktop]="desktop core"
  [journal]="journal core"
  [demo]="demo core"
  [session]="session models api auth desktop journal core"
  [ui]="ui session models core"
)

check() {
  local src=$1 status=0 checked=0
  local layer dir file inc target
  for layer in "${!ALLOWED[@]}"; do
    if [[ $layer == ui ]]; then dir="$src/ui"; else dir="$src/app/$layer"; fi
    [[ -d $dir ]] || continue
    while IFS= read -r -d '' file; do
      checked=$((checked + 1))
      while IFS= read -r inc; do
        target=${inc%%/*}
        [[ -n ${ALLOWED[$target]+x} ]] || continue   # not one of our layers (a Qt header, a local file)
        if [[ " ${ALLOWED[$layer]} " != *" $target "* ]]; then
          echo "FAIL ${file#"$src"/}: $layer must not include \"$inc\" (allowed: ${ALLOWED[$layer]})" >&2
          status=1
        fi
      done < <(sed -n 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*"\([^"]*\)".*/\1/p' "$file")
    done < <(find "$dir" -type f \( -name '*.h' -o -name '*.cpp' \) -print0)
  done
  [[ $status -eq 0 ]] && echo "ok   $checked files keep to their layers"
  return $status
}

if [[ ${1:-} == --self-test ]]; then
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  mkdir -p "$tmp/app/core" "$tmp/app/session" "$tmp/ui"
  printf '#include "core/clock.h"\n' > "$tmp/app/session/ok.cpp"
  printf '#include "session/session.h"\n#include <QString>\n' > "$tmp/ui/ok.cpp"
  check "$tmp" >/dev/null || { echo "FAIL self-test: a clean tree was refused" >&2; exit 1; }
  printf '#include "api/kimaiclient.h"\n' > "$tmp/ui/wrong.cpp"
  if check "$tmp" 2>/dev/null; then echo "FAIL self-test: ui including api was not caught" >&2; exit 1; fi
  rm "$tmp/ui/wrong.cpp"
  printf '#include "session/session.h"\n' > "$tmp/app/core/wrong.h"
  if check "$tmp" 2>/dev/null; then echo "FAIL self-test: core including session was not caught" >&2; exit 1; fi
  echo "ok   the check catches upward includes"
  exit 0
fi
check "${1:?source dir}"
