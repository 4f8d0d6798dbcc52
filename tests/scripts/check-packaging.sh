#!/usr/bin/env bash
# Checks the desktop integration files in packaging/ against the validators and the program:
#   - desktop-file-validate and `appstreamcli validate --no-net` report no error and no warning
#     (hints, infos and pedantic remarks are allowed);
#   - the manual page mentions every option `kimai-desk --help` prints, and renders without
#     groff warnings;
#   - the launcher, the metainfo and the program agree (id, icon, actions, version).
#
# Usage: check-packaging.sh <path to the kimai-desk binary> [<packaging directory>]
set -uo pipefail

if [[ $# -lt 1 || ! -x "$1" ]]; then
    echo "usage: $0 <kimai-desk binary> [<packaging dir>]" >&2
    exit 2
fi
BIN=$1
PKG=${2:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../../packaging" && pwd)}
APP_ID=org.kimaidesk.KimaiDesk
DESKTOP=$PKG/$APP_ID.desktop
METAINFO=$PKG/$APP_ID.metainfo.xml
MANPAGE=$PKG/kimai-desk.1.in

failures=0
pass() { echo "ok   - $*"; }
fail() { echo "FAIL - $*"; failures=$((failures + 1)); }

for f in "$DESKTOP" "$METAINFO" "$MANPAGE"; do
    [[ -f "$f" ]] || { echo "FAIL - missing $f"; exit 1; }
done

# The program runs headless, in English, with settings of its own (a language chosen in the
# user's settings would translate --help).
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$TMP/config" "$TMP/data" "$TMP/cache" "$TMP/runtime"
chmod 700 "$TMP/runtime"
run_app() {
    env QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE=en \
        XDG_CONFIG_HOME="$TMP/config" XDG_DATA_HOME="$TMP/data" XDG_CACHE_HOME="$TMP/cache" \
        XDG_RUNTIME_DIR="$TMP/runtime" QT_LOGGING_RULES='qt.qpa.*=false' \
        "$BIN" "$@"
}

# --- desktop-file-validate --------------------------------------------------------------------
if ! command -v desktop-file-validate >/dev/null; then
    fail "desktop-file-validate is not installed (packaging/install-deps.sh installs it)"
else
    out=$(desktop-file-validate "$DESKTOP" 2>&1); rc=$?
    bad=$(grep -E ': (error|warning): ' <<<"$out")
    if [[ $rc -ne 0 || -n "$bad" ]]; then
        fail "desktop-file-validate $(basename "$DESKTOP") (exit $rc):"
        sed 's/^/       /' <<<"$out"
    else
        pass "desktop-file-validate $(basename "$DESKTOP")"
        [[ -n "$out" ]] && sed 's/^/       /' <<<"$out"
    fi
fi

# --- appstreamcli validate --------------------------------------------------------------------
if ! command -v appstreamcli >/dev/null; then
    fail "appstreamcli is not installed (packaging/install-deps.sh installs it)"
else
    out=$(appstreamcli validate --no-net --no-color "$METAINFO" 2>&1); rc=$?
    bad=$(grep -E '^(E|W): ' <<<"$out")
    if [[ $rc -ne 0 || -n "$bad" ]]; then
        fail "appstreamcli validate --no-net $(basename "$METAINFO") (exit $rc):"
        sed 's/^/       /' <<<"$out"
    else
        pass "appstreamcli validate --no-net $(basename "$METAINFO")"
        sed 's/^/       /' <<<"$out"
    fi
fi

# --- the manual page against --help ---------------------------------------------------------
help=$(run_app --help 2>/dev/null); rc=$?
if [[ $rc -ne 0 || -z "$help" ]]; then
    fail "'kimai-desk --help' failed (exit $rc)"
else
    # Option lines look like "  -h, --help   text" or "  --port <N>   text".
    mapfile -t options < <(grep -E '^ +-' <<<"$help" | grep -oE '(^|[ ,])--?[A-Za-z0-9][A-Za-z0-9-]*' | tr -d ' ,' | sort -u)
    if [[ ${#options[@]} -lt 20 ]]; then
        fail "found only ${#options[@]} options in --help; the format changed?"
    fi
    missing=()
    for opt in "${options[@]}"; do
        # In roff a minus is written \- : "--demo-kimai1" is \-\-demo\-kimai1 in the page, and
        # must not be just the start of a longer option ("\-\-demo" inside "\-\-demo\-kimai1").
        roff=${opt//-/\\\\-}
        if ! grep -qE -- "${roff}([^A-Za-z0-9\\\\]|\\\\[^-]|\$)" "$MANPAGE"; then
            missing+=("$opt")
        fi
    done
    if [[ ${#missing[@]} -gt 0 ]]; then
        fail "the manual page does not mention: ${missing[*]}"
    else
        pass "the manual page mentions all ${#options[@]} options of --help"
    fi
fi

# The page renders without groff warnings (when man-db is there to render it).
if command -v man >/dev/null && command -v groff >/dev/null; then
    sed 's/@PROJECT_VERSION@/0.0.0/g' "$MANPAGE" >"$TMP/kimai-desk.1"
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$TMP/kimai-desk.1" 2>&1 >/dev/null)
    if [[ -n "$warnings" ]]; then
        fail "the manual page renders with warnings:"
        sed 's/^/       /' <<<"$warnings"
    else
        pass "the manual page renders without warnings"
    fi
else
    echo "skip - man/groff not installed: the manual page was not rendered"
fi

# --- launcher, metainfo and program agree ---------------------------------------------------
version=$(run_app --version 2>/dev/null | awk '{print $NF}')
release=$(grep -oE '<release [^>]*version="[^"]+"' "$METAINFO" | head -n1 | sed -E 's/.*version="([^"]+)".*/\1/')
if [[ -n "$version" && "$version" == "$release" ]]; then
    pass "the newest release in the metainfo is the program's version ($version)"
else
    fail "the newest release in the metainfo is '$release', the program says '$version'"
fi

grep -qx "Icon=$APP_ID" "$DESKTOP" && pass "Icon=$APP_ID" || fail "the launcher's Icon= is not $APP_ID"
grep -q "<id>$APP_ID</id>" "$METAINFO" && grep -q "<launchable type=\"desktop-id\">$APP_ID.desktop</launchable>" "$METAINFO" \
    && pass "the metainfo's id and launchable name $APP_ID" \
    || fail "the metainfo's <id> or <launchable> is not $APP_ID"

# Every option a launcher Exec= line uses must exist.
if [[ -n "${help:-}" ]]; then
    bad_exec=()
    while IFS= read -r line; do
        cmd=${line#Exec=}
        [[ "$cmd" == kimai-desk || "$cmd" == "kimai-desk "* ]] || { bad_exec+=("$line"); continue; }
        for word in $cmd; do
            [[ "$word" == --* ]] || continue
            grep -qE -- "(^|[ ,])${word}( |,|\$)" <<<"$help" || bad_exec+=("$line")
        done
    done < <(grep -E '^Exec=' "$DESKTOP")
    if [[ ${#bad_exec[@]} -gt 0 ]]; then
        fail "launcher commands with unknown options: ${bad_exec[*]}"
    else
        pass "every launcher Exec= line runs kimai-desk with options it knows"
    fi
fi

if [[ $failures -gt 0 ]]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "all packaging checks passed"
