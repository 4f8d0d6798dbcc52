#!/usr/bin/env bash
# Runs a command between two private dbus-daemons: one as the session bus
# (DBUS_SESSION_BUS_ADDRESS) and one standing in for the system bus (DBUS_SYSTEM_BUS_ADDRESS), both
# from this directory's config files, so a test's fake desktop (tests/support/fakedesktop) can own
# org.gnome.Mutter.IdleMonitor, org.freedesktop.login1 and the rest without touching the real
# ones. Both daemons are stopped and their sockets removed when the command ends, also on failure
# or interruption. The command's exit status is passed on.
#   with-test-dbus.sh <command> [args...]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
dir=$(mktemp -d "${TMPDIR:-/tmp}/kd-test-dbus.XXXXXX")
pids=()
cleanup() {
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# start_bus <config> <name>: a daemon listening on $dir/<name>, a child of this script. It writes
# its address into a FIFO once it is ready: reading that is the wait.
start_bus() {
  local conf=$1 name=$2
  local fifo=$dir/$name.fifo
  mkfifo "$fifo"
  dbus-daemon --config-file="$conf" --address="unix:path=$dir/$name" --nofork --nosyslog \
    --print-address=3 3>"$fifo" </dev/null >/dev/null 2>"$dir/$name.log" &
  pids+=($!)
  address=
  read -r address <"$fifo" || true
  if [[ -z "$address" ]]; then
    echo "with-test-dbus: the $name bus did not start:" >&2
    cat "$dir/$name.log" >&2
    exit 1
  fi
}

start_bus "$here/test-session-bus.conf" session
DBUS_SESSION_BUS_ADDRESS=$address
start_bus "$here/test-system-bus.conf" system
DBUS_SYSTEM_BUS_ADDRESS=$address
export DBUS_SESSION_BUS_ADDRESS DBUS_SYSTEM_BUS_ADDRESS
export KD_TEST_DBUS=1
# Nothing of the real desktop: no X display, no Wayland, no session id of the caller's.
unset DISPLAY WAYLAND_DISPLAY XDG_SESSION_ID DBUS_STARTER_ADDRESS DBUS_STARTER_BUS_TYPE

status=0
"$@" || status=$?
exit "$status"
