#!/usr/bin/env bash
# End to end for issue 16 with the real binary, a real keychain (run through with-keyring.sh) and the
# demo server in its own process, as Kimai 3.0:
#  - the demo as 3.0 refuses X-AUTH with 401 and serves Bearer; favourites are there;
#  - `--api` without a saved login fails; a login with --remember stores the token in the keychain;
#  - `--api GET /api/version` then prints the version's JSON (compact into a pipe, indented on a
#    terminal), exit 0; a 404 is exit 1 with the status on stderr; PATCH and POST with --data JSON
#    and --data @file, DELETE; usage errors are exit 2;
#  - `--start --favorite N|NAME` without a window;
#  - the same --api and --favorite forwarded to a running instance;
#  - no token in any file under the config directory or in any output.
#   e2e-api.sh <kimai-desk>
set -uo pipefail
app=${1:?kimai-desk binary}
work=$(mktemp -d)
export QT_QPA_PLATFORM=offscreen
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="${XDG_DATA_HOME:-$work/data}"
mkdir -p "$XDG_CONFIG_HOME"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null; wait "$p" 2>/dev/null; done; rm -rf "$work"; }
trap cleanup EXIT
fails=0
check() { # check <description> <condition-command...>
  local what=$1; shift
  if "$@"; then echo "ok   $what"; else echo "FAIL $what" >&2; fails=$((fails + 1)); fi
}

"$app" --demo --serve-only --demo-version 3.0 --demo-timesheets 200 > "$work/serve.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do grep -q '^token:' "$work/serve.log" 2>/dev/null && break; sleep 0.1; done
url=$(sed -n 's/^Kimai demo server: //p' "$work/serve.log")
token=$(sed -n 's/^token: *//p' "$work/serve.log")
user=$(sed -n 's/^user: *//p' "$work/serve.log")
[[ -n "$url" && -n "$token" ]] || { echo "FAIL the demo server did not start"; cat "$work/serve.log"; exit 1; }
printf '%s' "$token" > "$work/token"
bearer() { curl -s -H "Authorization: Bearer $token" "$@"; }
status_of() { curl -s -o /dev/null -w '%{http_code}' "$@"; }

# 0. The demo as Kimai 3.0.
check "3.0 refuses X-AUTH with 401" test "$(status_of -H "X-AUTH-USER: $user" -H "X-AUTH-TOKEN: $token" "$url/api/version")" = 401
check "3.0 serves Bearer" test "$(bearer "$url/api/version" | jq -r .versionId)" = 30000
check "3.0 serves favourites" test "$(bearer "$url/api/favorites/timesheets" | jq -c .)" = "[]"

# 1. No saved login yet; then one with --remember (without a window: through --api itself).
"$app" --api GET /api/version > "$work/out" 2> "$work/err"; rc=$?
check "--api without a saved login exits 1" test $rc -eq 1
check "... and says why" grep -q 'no saved login' "$work/err"
"$app" --server "$url" --username "$user" --token-file "$work/token" --remember --api GET /api/ping > "$work/out" 2> "$work/err"; rc=$?
check "--api with --token-file --remember exits 0" test $rc -eq 0
check "... and prints the answer" test "$(jq -r .message "$work/out")" = pong
check "secret-tool finds the token in the keychain" \
  test "$(secret-tool lookup server org.kimaidesk.KimaiDesk user "$user@$url")" = "$token"
rm -f "$work/token"

# 2. The remembered login: compact into a pipe, indented on a terminal.
"$app" --api GET /api/version > "$work/out" 2> "$work/err"; rc=$?
check "--api GET /api/version exits 0" test $rc -eq 0
check "... prints the version's JSON in one line" test "$(wc -l < "$work/out")" -eq 1
check "... which is Kimai 3.0" test "$(jq -r .version "$work/out")" = 3.0.0
check "... and nothing on stderr" test ! -s "$work/err"
script -qec "$app --api GET /api/version" /dev/null > "$work/tty" 2>&1
check "on a terminal the JSON is indented" grep -q '^    "versionId": 30000' "$work/tty"
"$app" --api GET /api/projects/99999 > "$work/out" 2> "$work/err"; rc=$?
check "a 404 exits 1" test $rc -eq 1
check "... with the status on stderr" grep -q '^HTTP 404' "$work/err"
id=$(bearer "$url/api/timesheets?size=20" | jq '[.[] | select(.exported == false and .end != null)][0].id')
"$app" --api PATCH "/api/timesheets/$id" --data '{"description":"patched by --api"}' > "$work/out" 2> "$work/err"; rc=$?
check "PATCH with --data exits 0" test $rc -eq 0
check "... and the server has it" test "$(bearer "$url/api/timesheets/$id" | jq -r .description)" = "patched by --api"
printf '{"name":"from-a-file"}' > "$work/tag.json"
"$app" --api POST /api/tags --data "@$work/tag.json" > "$work/out" 2> "$work/err"; rc=$?
check "POST with --data @file exits 0" test $rc -eq 0
check "... and answers the new tag" test "$(jq -r .name "$work/out")" = from-a-file
"$app" --api DELETE "/api/timesheets/$id" > "$work/out" 2> "$work/err"; rc=$?
check "DELETE exits 0" test $rc -eq 0
check "... and the record is gone" test "$(status_of -H "Authorization: Bearer $token" "$url/api/timesheets/$id")" = 404
"$app" --api PUT /api/version > /dev/null 2>&1; rc=$?
check "an unknown method is a usage error (2)" test $rc -eq 2
"$app" --api GET /api/version --data '{}' > /dev/null 2>&1; rc=$?
check "--data with GET is a usage error (2)" test $rc -eq 2

# 3. --start --favorite without a window.
fav=$(bearer "$url/api/timesheets?size=50" | jq '[.[] | select(.end != null and (.description // "") != "")][1].id')
favdesc=$(bearer "$url/api/timesheets/$fav" | jq -r .description)
check "a favourite is added on the server" test "$(status_of -X POST -H "Authorization: Bearer $token" "$url/api/favorites/timesheets/$fav")" = 204
out=$("$app" --start --favorite 1 2> "$work/err"); rc=$?
check "--start --favorite 1 exits 0" test $rc -eq 0
check "... and the server runs it" test "$(bearer "$url/api/timesheets/active" | jq -r '.[0].description')" = "$favdesc"
"$app" --stop > /dev/null
"$app" --start --favorite 9 > /dev/null 2> "$work/err"; rc=$?
check "--start --favorite 9 (there is one) exits 1" test $rc -eq 1
check "... and says why" grep -q 'There is no favourite 9' "$work/err"

# 4. Forwarded to a running instance.
"$app" > "$work/gui.log" 2>&1 &
gui=$!
pids+=($gui)
for _ in $(seq 150); do
  out=$("$app" --status 2>/dev/null) && [[ "$(jq -r '.ok' <<<"$out")" == true ]] && break
  sleep 0.2
done
check "the running instance answers --status" test "$(jq -r '.ok' <<<"$out")" = true
"$app" --api GET /api/version > "$work/out" 2> "$work/err"; rc=$?
check "forwarded --api exits 0" test $rc -eq 0
check "... and prints the version" test "$(jq -r .versionId "$work/out")" = 30000
"$app" --api GET /api/activities/99999 > /dev/null 2> "$work/err"; rc=$?
check "forwarded 404 exits 1 with the status" bash -c "test $rc -eq 1 && grep -q '^HTTP 404' '$work/err'"
out=$("$app" --start --favorite "$favdesc" 2> "$work/err"); rc=$?
check "forwarded --start --favorite NAME exits 0" test $rc -eq 0
check "... and the server runs it" test "$(bearer "$url/api/timesheets/active" | jq -r '.[0].description')" = "$favdesc"
"$app" --stop > /dev/null
check "the instance handled them (still running)" kill -0 "$gui"
kill "$gui"; wait "$gui" 2>/dev/null

# 5. No token anywhere.
if grep -rqF "$token" "$XDG_CONFIG_HOME"; then
  echo "FAIL the token was found in a file under $XDG_CONFIG_HOME" >&2; fails=$((fails + 1))
else
  echo "ok   no token in any file under the config directory"
fi
for f in "$work"/out "$work"/err "$work"/tty "$work"/gui.log; do
  [[ -f $f ]] && grep -qF "$token" "$f" && { echo "FAIL the token appears in $f" >&2; fails=$((fails + 1)); }
done

echo "$fails failure(s)"
exit $((fails > 0))
