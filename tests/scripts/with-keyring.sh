#!/usr/bin/env bash
# Runs a command with a real Secret Service: a private D-Bus session with gnome-keyring unlocked.
# The keyring lives under $XDG_DATA_HOME (each test has its own), never in the user's home.
#   with-keyring.sh <command> [args...]
set -euo pipefail
[[ -n "${XDG_RUNTIME_DIR:-}" ]] && mkdir -p -m 0700 "$XDG_RUNTIME_DIR"
if [[ "${KD_IN_KEYRING:-}" != "1" ]]; then
  export KD_IN_KEYRING=1
  exec dbus-run-session -- "$0" "$@"
fi
mkdir -p "${XDG_DATA_HOME:?}/keyrings"
# --unlock reads the (throw-away) keyring password from stdin and prints the variables to export.
eval "$(printf 'kimai-desk-test' | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)"
export GNOME_KEYRING_CONTROL
"$@"
status=$?
exit $status
