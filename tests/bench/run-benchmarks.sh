#!/bin/sh
# Runs the Kimai Desk benchmarks and prints their figures, one "name value" line per metric, plus
# "# ..." notes. See tests/bench/README.md for what each figure means and the targets.
#
#   tests/bench/run-benchmarks.sh BUILD_DIR
#
# BUILD_DIR must hold a Release (or RelWithDebInfo) build with KD_BUILD_TESTS=ON and KD_BUILD_BENCH=ON
# (`cmake --build BUILD_DIR --target benchmarks`). Knobs, all optional:
#   KD_BENCH_RUNS=10            timed start-up runs (medians are reported)
#   KD_BENCH_MEMORY_RUNS=3      idle-memory runs (5 s each)
#   KD_BENCH_TIMESHEETS_RUNS=3  runs of the 100,000-timesheet benchmark (about 30 s each)
#   KD_BENCH_XVFB=auto          also run in the user's configuration (auto|1|0): xcb on Xvfb, the
#                               token read from a real Secret Service (gnome-keyring in a private
#                               D-Bus session), the demo server in another process
#   KD_BENCH_WAKEUP_SECONDS=60  how long each wake-up scenario is counted
#   KD_BENCH_PICKER_ROUNDS=5    rounds of the picker's typed sequences
#   KD_BENCH_ONLY="startup timesheets inspector picker journal wakeups xvfb"   a subset
set -u

build=${1:?usage: run-benchmarks.sh BUILD_DIR}
bench="$build/tests/bench"
for program in bench_startup bench_bare_window bench_timesheets bench_inspector bench_wakeups bench_picker bench_journal; do
    if [ ! -x "$bench/$program" ]; then
        echo "run-benchmarks.sh: $bench/$program is missing; build it: cmake --build $build --target benchmarks" >&2
        exit 2
    fi
done

type=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$build/CMakeCache.txt" 2>/dev/null)
case "$type" in
    Release|RelWithDebInfo) ;;
    *) echo "# WARNING: $build is a '$type' build; figures are only meaningful for Release" ;;
esac

export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
export LC_ALL=C.UTF-8 LANGUAGE=en
export QT_LOGGING_RULES="${QT_LOGGING_RULES:-qt.qpa.*=false}"
# Private settings, data and runtime directories (the single-instance socket lives there); the
# benchmark programs give every measured child process fresh ones below their own temporary dir.
scratch=$(mktemp -d "${TMPDIR:-/tmp}/kd-bench.XXXXXX")
trap 'rm -rf "$scratch"' EXIT INT TERM
mkdir -p "$scratch/config" "$scratch/data" "$scratch/runtime"
chmod 700 "$scratch/runtime"
export XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" XDG_RUNTIME_DIR="$scratch/runtime"

runs=${KD_BENCH_RUNS:-10}
memory_runs=${KD_BENCH_MEMORY_RUNS:-3}
timesheet_runs=${KD_BENCH_TIMESHEETS_RUNS:-3}
only=${KD_BENCH_ONLY:-startup timesheets inspector picker journal wakeups xvfb}
wakeup_seconds=${KD_BENCH_WAKEUP_SECONDS:-60}
# The source tree (for the keyring wrapper), from the build's cache.
src=$(sed -n 's/^CMAKE_HOME_DIRECTORY:INTERNAL=//p' "$build/CMakeCache.txt" 2>/dev/null)
wanted() { case " $only " in *" $1 "*) return 0 ;; *) return 1 ;; esac; }

qt=$(pkg-config --modversion Qt6Core 2>/dev/null || echo '?')
# shellcheck disable=SC1091
os=$(. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME")
echo "# Kimai Desk benchmarks, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, ${os:-unknown OS}, Qt $qt, QT_QPA_PLATFORM=$QT_QPA_PLATFORM, $type build in $build"
echo "# load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

status=0
if wanted startup; then
    "$bench/bench_startup" --runs "$runs" --memory-runs "$memory_runs" --kimai-desk "$build/kimai-desk" || status=1
fi
if wanted timesheets; then
    "$bench/bench_timesheets" --runs "$timesheet_runs" || status=1
fi
if wanted inspector; then
    # (its stderr without the offscreen platform's note about size hints)
    "$bench/bench_inspector" 2>"$scratch/inspector.err" || status=1
    grep -v propagateSizeHints "$scratch/inspector.err" >&2 || true
fi
if wanted journal; then
    # 1,000 offline actions replayed against the demo server (kimai-desk --demo --serve-only).
    "$bench/bench_journal" --kimai-desk "$build/kimai-desk" || status=1
fi
if wanted picker; then
    "$bench/bench_picker" --rounds "${KD_BENCH_PICKER_ROUNDS:-5}" 2>"$scratch/picker.err" || status=1
    grep -v propagateSizeHints "$scratch/picker.err" >&2 || true
fi
if wanted wakeups; then
    "$bench/bench_wakeups" --seconds "$wakeup_seconds" 2>"$scratch/wakeups.err" || status=1
    grep -v -e propagateSizeHints -e systemTrayWindowChanged "$scratch/wakeups.err" >&2 || true
fi
if wanted xvfb; then
    case "${KD_BENCH_XVFB:-auto}" in
        0|no|off) ;;
        *)
            if command -v xvfb-run >/dev/null 2>&1 && [ -x "$src/tests/scripts/with-keyring.sh" ]; then
                # The user's configuration: a real X server (Xvfb, no window manager, xcb platform), the
                # token from a real Secret Service, the server in another process; the bare window in
                # the same run.
                echo "# the user's configuration: xcb on Xvfb, token from gnome-keyring (private D-Bus session)"
                xvfb-run -a -s "-screen 0 1920x1080x24" env QT_QPA_PLATFORM=xcb \
                    "$src/tests/scripts/with-keyring.sh" \
                    "$bench/bench_startup" --prefix startup_user --login-prefix "" --keychain --runs "$runs" \
                    --memory-runs "$memory_runs" || status=1
                if wanted wakeups; then
                    xvfb-run -a -s "-screen 0 1920x1080x24" env QT_QPA_PLATFORM=xcb \
                        "$bench/bench_wakeups" --prefix wakeups_user --seconds "$wakeup_seconds" || status=1
                fi
            elif [ "${KD_BENCH_XVFB:-auto}" != auto ]; then
                echo "# xvfb-run or tests/scripts/with-keyring.sh not found (apt-get install xvfb gnome-keyring)"
            fi
            ;;
    esac
fi
echo "# load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
exit $status
