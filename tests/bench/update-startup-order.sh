#!/bin/sh
# Regenerates app/startup-functions.txt: the code sections of the functions that run from process
# start to the logged-in, idle main window (measured with callgrind on the start-up benchmark's app
# child against the demo server). Optimised builds link with gold and this list as its section
# ordering file (top-level CMakeLists.txt), so the start-up code sits together and the kernel maps
# fewer pages of the binary. A stale list is harmless: the build stays correct, only less compact.
#
#   tests/bench/update-startup-order.sh BUILD_DIR     (a Release build with KD_BUILD_BENCH=ON)
set -eu

build=${1:?usage: update-startup-order.sh BUILD_DIR}
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
out="$source_dir/app/startup-functions.txt"
command -v valgrind >/dev/null || { echo "update-startup-order.sh: needs valgrind" >&2; exit 2; }

scratch=$(mktemp -d "${TMPDIR:-/tmp}/kd-order.XXXXXX")
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$scratch"; }
trap cleanup EXIT INT TERM
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 LANGUAGE=en
for d in server client; do
    mkdir -p "$scratch/$d/config" "$scratch/$d/data" "$scratch/$d/runtime"
    chmod 700 "$scratch/$d/runtime"
done
port=18321
XDG_CONFIG_HOME="$scratch/server/config" XDG_DATA_HOME="$scratch/server/data" XDG_RUNTIME_DIR="$scratch/server/runtime" \
    "$build/kimai-desk" --demo --serve-only --port "$port" --demo-token order-token-123456 >"$scratch/server.log" 2>&1 &
server=$!
sleep 1
XDG_CONFIG_HOME="$scratch/client/config" XDG_DATA_HOME="$scratch/client/data" XDG_RUNTIME_DIR="$scratch/client/runtime" \
    valgrind --tool=callgrind --demangle=no --callgrind-out-file="$scratch/cg.out" \
    "$build/tests/bench/bench_startup" --child --server "http://127.0.0.1:$port" --user demo \
    --token order-token-123456 --idle-ms 3000 >"$scratch/child.log" 2>&1

# Functions callgrind saw running in the benchmark binary, then the section each one's code is in
# (from the object files: a constructor, a folded identical function or a static initialiser lives
# in a section named after another symbol).
awk '
    /^c?ob=\(/ { id = $1; sub(/^c?ob=/, "", id); name = $0; sub(/^[^ ]* ?/, "", name)
                 if (name != "" && name != $0) obs[id] = name
                 if ($1 ~ /^ob=/) current = obs[id]; next }
    /^c?fn=\(/ { id = $1; sub(/^c?fn=/, "", id); name = $0; sub(/^[^ ]* ?/, "", name)
                 if (name != "" && name != $0) fns[id] = name
                 if ($1 ~ /^fn=/ && current ~ /bench_startup$/) seen[fns[id]] = 1; next }
    END { for (f in seen) print f }
' "$scratch/cg.out" | sed -e "s/'[0-9]*\$//" | grep -v -e '^0x' -e '^$' -e '[ ()]' | LC_ALL=C sort -u >"$scratch/executed"
find "$build" \( -name '*.a' -o -name '*.o' \) -print0 | xargs -0 objdump -t 2>/dev/null |
    awk '$3 == "F" || $2 == "F" { sym = $NF; sec = ($3 == "F") ? $4 : $3; if (sec ~ /^\.text/) print sym, sec }' |
    LC_ALL=C sort -u >"$scratch/sections"
awk 'NR == FNR { want[$1] = 1; next } ($1 in want) { print $2; found[$1] = 1 }
     END { for (w in want) if (!(w in found)) print ".text." w }' "$scratch/executed" "$scratch/sections" |
    LC_ALL=C sort -u >"$out.new"
count=$(wc -l <"$out.new")
if [ "$count" -lt 200 ]; then
    echo "update-startup-order.sh: only $count functions seen; child output:" >&2
    cat "$scratch/child.log" >&2
    rm -f "$out.new"
    exit 1
fi
mv "$out.new" "$out"
echo "update-startup-order.sh: $count sections written to $out"
