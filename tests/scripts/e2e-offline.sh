#!/usr/bin/env bash
# Offline work end to end with the real binary, a real keychain (run through with-keyring.sh) and the
# demo server in its own process behind a relay (tests/helpers/tcp_relay): "Kimai is down" is the
# relay stopped (connections refused), while the server keeps its data; then the relay comes back on
# the same address:
#  - a first login remembers the token and what the session knows (for starting without Kimai);
#  - with the server stopped, `--start` (no instance running) prints queued JSON and exits 0, and
#    `--status` shows the pending entry; with the server back, the next run of any kind (`--status`)
#    sends it first: Kimai has the entry with the original begin; the same for `--stop`;
#  - a running instance: the server goes away, a forwarded `--start` is queued by the instance, and once
#    the server is back the instance sends it by itself.
#   e2e-offline.sh <kimai-desk> <tcp_relay>
set -uo pipefail
app=${1:?kimai-desk binary}
relay_bin=${2:?tcp_relay binary}
work=$(mktemp -d)
export QT_QPA_PLATFORM=offscreen
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="${XDG_DATA_HOME:-$work/data}" XDG_CACHE_HOME="$work/cache"
mkdir -p "$XDG_CONFIG_HOME"
server=""
relay=""
gui=""
cleanup() {
  for p in $gui $relay $server; do kill "$p" 2>/dev/null; wait "$p" 2>/dev/null; done
  rm -rf "$work"
}
trap cleanup EXIT
fails=0
check() { # check <description> <condition-command...>
  local what=$1; shift
  if "$@"; then echo "ok   $what"; else echo "FAIL $what" >&2; fails=$((fails + 1)); fi
}

token=e2e-offline-token-0123456789abcdef
"$app" --demo --serve-only --demo-timesheets 50 --demo-token "$token" > "$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 100); do grep -q '^token:' "$work/serve.log" 2>/dev/null && break; sleep 0.1; done
direct=$(sed -n 's/^Kimai demo server: //p' "$work/serve.log")
user=$(sed -n 's/^user: *//p' "$work/serve.log")
[[ -n "$direct" ]] || { echo "FAIL the demo server did not start"; cat "$work/serve.log"; exit 1; }
port=0
serve() { # Kimai answers again: the relay, on the same port as before
  "$relay_bin" "$port" "${direct##*:}" > "$work/relay.log" 2>&1 &
  relay=$!
  for _ in $(seq 100); do grep -q '^listening' "$work/relay.log" 2>/dev/null && break; sleep 0.1; done
  port=$(sed -n 's/^listening //p' "$work/relay.log")
  [[ -n "$port" ]] || { echo "FAIL the relay did not start"; cat "$work/relay.log"; exit 1; }
  url="http://127.0.0.1:$port"
}
unserve() { kill "$relay"; wait "$relay" 2>/dev/null; relay=""; }
api() { curl -s -H "Authorization: Bearer $token" "$direct/api/$1"; }

serve
printf '%s' "$token" > "$work/token"
# 1. Log in once (token to the keychain); the Timesheets tab loads the projects and activities.
"$app" --server "$url" --username "$user" --token-file "$work/token" --remember --tab timesheets --screenshot "$work/first.png" > "$work/first.log" 2>&1
check "the first login exits 0" test $? -eq 0
rm -f "$work/token"
project=$(api projects | jq -r '[.[] | select(.visible)][0].name')
project_id=$(api projects | jq -r '[.[] | select(.visible)][0].id')
activity=$(api "activities?project=$project_id" | jq -r '[.[] | select(.project != null and .visible)][0].name')
check "the demo has a project and an activity" test -n "$project" -a -n "$activity" -a "$activity" != null

# 2. Kimai is down: a scripted start with no instance running is queued.
unserve
out=$("$app" --start --project "$project" --activity "$activity" --description "Offline from the command line" 2>"$work/err"); rc=$?
check "--start against a stopped server exits 0" test $rc -eq 0
check "... and prints queued JSON" test "$(jq -r '.queued' <<<"$out")" = true
check "... ok" test "$(jq -r '.ok' <<<"$out")" = true
check "... the entry runs here, not yet in Kimai (no id, pending)" \
  test "$(jq -c '[.running[0].id, .running[0].pending, .running[0].project]' <<<"$out")" = "$(jq -nc --arg p "$project" '[null,true,$p]')"
check "... one change waits" test "$(jq -r '.waiting' <<<"$out")" = 1
check "... stderr says Kimai cannot be reached" grep -q 'cannot be reached' "$work/err"
begin=$(jq -r '.running[0].begin' <<<"$out")
out=$("$app" --status 2>/dev/null); rc=$?
check "--status while down exits 0" test $rc -eq 0
check "--status shows the pending entry and the waiting change" \
  test "$(jq -c '[.offline, .waiting, (.running | length), .running[0].pending]' <<<"$out")" = '[true,1,1,true]'

# 3. Kimai is back: the next run sends what waits first, with the original begin.
sleep 1   # the begin must not be "now" by chance
serve
out=$("$app" --status 2>"$work/err"); rc=$?
check "--status with the server back exits 0" test $rc -eq 0
check "--status has nothing waiting any more" test "$(jq -r '.waiting' <<<"$out")" = 0
active=$(api timesheets/active)
check "Kimai runs the entry" test "$(jq -r '.[0].description' <<<"$active")" = "Offline from the command line"
check "... with the original begin" test "$(jq -r '.[0].begin' <<<"$active")" = "$begin"
check "--status shows Kimai's entry" test "$(jq -r '.running[0].id' <<<"$out")" = "$(jq -r '.[0].id' <<<"$active")"
entry=$(jq -r '.[0].id' <<<"$active")

# 4. The stop, the same way.
unserve
out=$("$app" --stop 2>"$work/err"); rc=$?
check "--stop against a stopped server exits 0" test $rc -eq 0
check "... queued, nothing running here" test "$(jq -c '[.queued, .ok, (.running | length)]' <<<"$out")" = '[true,true,0]'
stopped_at=$(date -u +%s)
sleep 1
serve
"$app" --status > /dev/null 2>&1
check "after the next run Kimai runs nothing" test "$(api timesheets/active | jq 'length')" = 0
end=$(api "timesheets/$entry" | jq -r '.end')
end_s=$(date -u -d "$end" +%s)
check "... and the entry ended when --stop ran (to the minute)" test $((end_s - stopped_at)) -ge -60 -a $((end_s - stopped_at)) -le 60

# 4b. --add while Kimai is down: queued, and the next run puts the entry in Kimai at the typed times.
unserve
out=$("$app" --add "yesterday 9-12:30" --project "$project" --activity "$activity" --description "Added offline" 2>"$work/err"); rc=$?
check "--add against a stopped server exits 0" test $rc -eq 0
check "... queued, not yet in Kimai (no id, pending)" \
  test "$(jq -c '[.queued, .ok, .entry.id, .entry.pending, .entry.duration]' <<<"$out")" = '[true,true,null,true,12600]'
added_begin=$(jq -r '.entry.begin' <<<"$out")
serve
"$app" --status > /dev/null 2>&1
found=$(api "timesheets?term=Added%20offline&begin=$(date -d yesterday +%Y-%m-%dT00:00:00)")
check "after the next run Kimai has the added entry once" test "$(jq 'length' <<<"$found")" = 1
check "... at the typed times" test "$(jq -r '.[0].begin' <<<"$found")" = "$added_begin"
check "... 3.5 hours long" test "$(jq -r '.[0].duration' <<<"$found")" = 12600

# 5. A running instance queues a forwarded --start while Kimai is down and sends it when it is back.
"$app" > "$work/gui.log" 2>&1 &
gui=$!
for _ in $(seq 150); do
  out=$("$app" --status 2>/dev/null) && [[ "$(jq -r '.ok' <<<"$out")" == true ]] && break
  sleep 0.2
done
check "the running instance answers --status" test "$(jq -r '.ok' <<<"$out")" = true
unserve
out=$("$app" --start --project "$project_id" --activity "$activity" --description "Queued by the instance" 2>"$work/err"); rc=$?
check "forwarded --start against a stopped server exits 0" test $rc -eq 0
check "... queued by the instance" test "$(jq -c '[.queued, .running[0].pending]' <<<"$out")" = '[true,true]'
begin=$(jq -r '.running[0].begin' <<<"$out")
serve
sent=""
for _ in $(seq 300); do
  sent=$(api timesheets/active | jq -r '.[0].description // empty')
  [[ "$sent" == "Queued by the instance" ]] && break
  sleep 0.2
done
check "the instance sent it once Kimai was back" test "$sent" = "Queued by the instance"
check "... with the original begin" test "$(api timesheets/active | jq -r '.[0].begin')" = "$begin"
out=$("$app" --stop); check "forwarded --stop exits 0" test $? -eq 0
check "no token in the instance's output" bash -c "! grep -qF -- '$token' '$work/gui.log'"
if grep -rqF "$token" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_DATA_HOME/kimai-desk" 2>/dev/null; then
  echo "FAIL the token was found in a file of Kimai Desk" >&2; fails=$((fails + 1))
else
  echo "ok   no token in the settings, the offline snapshot or the journal"
fi

echo "$fails failure(s)"
exit $((fails > 0))
