#!/usr/bin/env bash
# End to end with the real binary, a real keychain (run through with-keyring.sh) and the demo server
# in its own process:
#  - log in from the command line with --token-file --remember and take a screenshot; a second run
#    without the token logs in from the keychain (secret-tool finds the token);
#  - scripted control without a running instance: --status, --start, --stop, --restart-last, errors;
#  - the same commands forwarded to a running instance;
#  - after all of it: no token in any file under the config directory.
#   e2e-cli.sh <kimai-desk>
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

# The demo server in its own process.
"$app" --demo --serve-only --demo-timesheets 300 > "$work/serve.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do grep -q '^token:' "$work/serve.log" 2>/dev/null && break; sleep 0.1; done
url=$(sed -n 's/^Kimai demo server: //p' "$work/serve.log")
token=$(sed -n 's/^token: *//p' "$work/serve.log")
user=$(sed -n 's/^user: *//p' "$work/serve.log")
[[ -n "$url" && -n "$token" ]] || { echo "FAIL the demo server did not start"; cat "$work/serve.log"; exit 1; }
printf '%s' "$token" > "$work/token"
api() { curl -s -H "Authorization: Bearer $token" "$url/api/$1"; }
running_ids() { api timesheets/active | jq -c '[.[].id]'; }

# 1. Log in from the command line, remember the token, screenshot.
"$app" --server "$url" --username "$user" --token-file "$work/token" --remember --tab customers --screenshot "$work/first.png" > "$work/first.log" 2>&1
check "screenshot with --token-file exits 0" test $? -eq 0
check "the screenshot was written" test -s "$work/first.png"
check "secret-tool finds the token in the keychain" \
  test "$(secret-tool lookup server org.kimaidesk.KimaiDesk user "$user@$url")" = "$token"
rm -f "$work/token"
"$app" --server "$url" --username "$user" --tab version --screenshot "$work/second.png" > "$work/second.log" 2>&1
check "a second run without --token-file logs in from the keychain" test $? -eq 0

# 2. Scripted control with no instance running.
out=$("$app" --status 2>"$work/err"); rc=$?
check "--status exits 0" test $rc -eq 0
check "--status prints one JSON line with no running entry" test "$(jq -c '.running' <<<"$out")" = "[]"
project=$(api projects | jq -r '[.[] | select(.visible)][0].name')
project_id=$(api projects | jq -r '[.[] | select(.visible)][0].id')
activity=$(api "activities?project=$project_id" | jq -r '[.[] | select(.project != null)][0].name')
out=$("$app" --start --project "$project" --activity "$activity" --description "From the command line" --tags remote 2>"$work/err"); rc=$?
check "--start by name exits 0" test $rc -eq 0
check "--start answers with the running entry" test "$(jq -r '.running[0].project' <<<"$out")" = "$project"
check "the server agrees: one running entry" test "$(running_ids)" = "$(jq -c '[.running[].id]' <<<"$out")"
check "the description arrived" test "$(api timesheets/active | jq -r '.[0].description')" = "From the command line"
out=$("$app" --status); check "--status shows it" test "$(jq -r '.running | length' <<<"$out")" = 1
out=$("$app" --stop); rc=$?
check "--stop exits 0" test $rc -eq 0
check "the server agrees: nothing running" test "$(running_ids)" = "[]"
check "--stop answers with nothing running" test "$(jq -c '.running' <<<"$out")" = "[]"
out=$("$app" --restart-last); rc=$?
check "--restart-last exits 0" test $rc -eq 0
check "the server agrees: running again" test "$(api timesheets/active | jq 'length')" = 1
"$app" --stop > /dev/null
# Tags the server does not know are created first (Kimai 2.11+ would drop them without a word).
out=$("$app" --start --project "$project" --activity "$activity" --tags brand-new 2>"$work/err"); rc=$?
check "--start --tags brand-new exits 0" test $rc -eq 0
check "the server's running entry carries the tag brand-new" \
  test "$(api timesheets/active | jq -c '.[0].tags')" = '["brand-new"]'
"$app" --stop > /dev/null
# A finished entry from one line, printed as JSON; the export has it.
out=$("$app" --add "yesterday 9-12:30" --project "$project" --activity "$activity" --description "Added in e2e" 2>"$work/err"); rc=$?
check "--add exits 0" test $rc -eq 0
added=$(jq -r '.entry.id' <<<"$out")
check "--add prints the entry" test "$(jq -r '.entry.duration' <<<"$out")" = 12600
check "the server has the added entry at 9:00" bash -c "curl -s -H 'Authorization: Bearer $token' '$url/api/timesheets/$added' | jq -r .begin | grep -q 'T09:00:00'"
"$app" --add "yesterday 9:75" --project "$project" --activity "$activity" > "$work/out" 2>"$work/err"; rc=$?
check "--add with an unreadable time exits non-zero" test $rc -ne 0
check "... and says what it understood" grep -q '9:75' "$work/err"
"$app" --export csv --from yesterday --to yesterday > "$work/export.csv" 2>"$work/err"; rc=$?
check "--export csv exits 0" test $rc -eq 0
check "--export prints a header row" bash -c "head -1 '$work/export.csv' | grep -q '^Date,Begin,End'"
check "--export has the added entry" grep -q 'Added in e2e' "$work/export.csv"
yesterday=$(date -d yesterday +%F)
count=$(curl -s -H "Authorization: Bearer $token" "$url/api/timesheets?begin=${yesterday}T00:00:00&end=${yesterday}T23:59:59&size=500" | jq length)
out=$("$app" --export csv --from yesterday --to yesterday --output "$work/export2.csv" 2>"$work/err")
check "--export --output: one row per entry of the day (all pages)" test "$(jq -r '.rows' <<<"$out")" = "$count"
"$app" --start --project "No such project" --activity "Nothing" > "$work/out" 2>"$work/err"; rc=$?
check "--start with an unknown project exits non-zero" test $rc -ne 0
check "... and says why" grep -q 'No visible project' "$work/err"
"$app" --start --project 1 > /dev/null 2>&1; rc=$?
check "--start without --activity is a usage error (2)" test $rc -eq 2

# 3. The same, forwarded to a running instance.
"$app" --server "$url" --username "$user" > "$work/gui.log" 2>&1 &
gui=$!
pids+=($gui)
for _ in $(seq 150); do
  out=$("$app" --status 2>/dev/null) && [[ "$(jq -r '.ok' <<<"$out")" == true ]] && break
  sleep 0.2
done
check "the running instance answers --status" test "$(jq -r '.ok' <<<"$out")" = true
out=$("$app" --start --project "$project_id" --activity "$activity" 2>"$work/err"); rc=$?
check "forwarded --start exits 0" test $rc -eq 0
[[ $rc -eq 0 ]] || { echo "  rc=$rc stdout: $out"; sed 's/^/  stderr: /' "$work/err"; }
check "forwarded: the server agrees" test "$(running_ids)" = "$(jq -c '[.running[].id]' <<<"$out")"
check "the instance handled it (no second login)" kill -0 "$gui"
out=$("$app" --show); check "forwarded --show exits 0" test $? -eq 0
out=$("$app" --add "yesterday 13-14" --project "$project_id" --activity "$activity" --tags forwarded-tag 2>"$work/err"); rc=$?
check "forwarded --add exits 0" test $rc -eq 0
check "forwarded --add: the server has it, with its new tag" \
  test "$(curl -s -H "Authorization: Bearer $token" "$url/api/timesheets/$(jq -r '.entry.id' <<<"$out")" | jq -c .tags)" = '["forwarded-tag"]'
(cd "$work" && "$app" --export csv --from yesterday --to yesterday --output forwarded.csv > /dev/null 2>"$work/err"); rc=$?
check "forwarded --export --output exits 0" test $rc -eq 0
check "forwarded --export wrote the file where it was asked (a relative path)" grep -q 'forwarded-tag' "$work/forwarded.csv"
out=$("$app" --stop); check "forwarded --stop exits 0" test $? -eq 0
check "forwarded: nothing running" test "$(running_ids)" = "[]"
# A crash of the logged-in instance prints nothing secret either.
kill -SEGV "$gui"; wait "$gui" 2>/dev/null
check "the instance's output (including its crash) holds no token" bash -c "! grep -qF -- '$token' '$work/gui.log'"

# 4. No token anywhere under the config directory.
if grep -rqF "$token" "$XDG_CONFIG_HOME"; then
  echo "FAIL the token was found in a file under $XDG_CONFIG_HOME" >&2; grep -rlF "$token" "$XDG_CONFIG_HOME" >&2; fails=$((fails + 1))
else
  echo "ok   no token in any file under the config directory"
fi
for f in "$work"/*.log "$work"/err; do
  [[ -f $f ]] && grep -qF "$token" "$f" && [[ $f != "$work/serve.log" ]] && { echo "FAIL the token appears in $f" >&2; fails=$((fails + 1)); }
done

echo "$fails failure(s)"
exit $((fails > 0))
