#!/usr/bin/env bash
# Fails when a translation is out of date with the sources (lupdate would change a .ts file) or has
# unfinished, empty or vanished entries, or missing plural forms.
#   check-translations.sh <lupdate> <source-dir>
set -euo pipefail
lupdate=${1:?lupdate}
src=${2:?source dir}
cd "$src"
args=(-no-obsolete -locations none -extensions cpp,h -I . -I app app ui)   # as translations/CMakeLists.txt
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
for ts in translations/kimaidesk_*.ts; do
  name=$(basename "$ts")
  cp "$ts" "$tmp/$name"
  extra=()
  [[ $name == kimaidesk_en.ts ]] && extra=(-pluralonly)
  "$lupdate" "${args[@]}" "${extra[@]}" -silent -ts "$tmp/$name" >/dev/null 2>&1
  if ! cmp -s "$ts" "$tmp/$name"; then
    echo "FAIL $name is out of date with the sources: run 'cmake --build build --target update_translations' and translate" >&2
    diff -u "$ts" "$tmp/$name" | head -40 >&2 || true
    status=1
  fi
  unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
  vanished=$(grep -c -E 'type="(vanished|obsolete)"' "$ts" || true)
  empty=$(grep -c -E '<translation>\s*</translation>|<numerusform>\s*</numerusform>|<translation/>' "$ts" || true)
  messages=$(grep -c '<message' "$ts" || true)
  if [[ $unfinished -gt 0 || $vanished -gt 0 || $empty -gt 0 ]]; then
    echo "FAIL $name: $unfinished unfinished, $vanished vanished, $empty empty (of $messages messages)" >&2
    grep -B3 'type="unfinished"' "$ts" | grep '<source>' | head -10 >&2 || true
    status=1
  else
    echo "ok   $name: $messages messages, all translated"
  fi
done
exit $status
