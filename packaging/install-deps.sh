#!/usr/bin/env bash
# Installs every Debian/Ubuntu package that building, testing and running Kimai Desk needs.
# Idempotent: installs only what is missing. Uses sudo when not root.
#   packaging/install-deps.sh           install what is missing
#   packaging/install-deps.sh --check   exit 0 if everything is there, 1 otherwise (installs nothing)
#   packaging/install-deps.sh --list    print the package names
set -euo pipefail

PACKAGES=(
  # build
  cmake ninja-build g++ make pkg-config ccache
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qtkeychain-qt6-dev qt6-svg-dev libgl-dev
  # the hours chart plugin: Qt Charts (its CMake package needs the OpenGL one)
  qt6-charts-dev libqt6opengl6-dev
  # the XScreenSaver idle source: headers only (the libraries are loaded at run time when present)
  libx11-dev libxss-dev
  # run
  qt6-qpa-plugins qt6-translations-l10n libqt6svg6 libqt6sql6-sqlite qt6-gtk-platformtheme tzdata
  # the hours chart (a plugin the app loads when a chart is first shown)
  libqt6charts6
  # tests: headless display, a real Secret Service, private D-Bus daemons (dbus), screenshots,
  # validators, packaging
  xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools imagemagick
  desktop-file-utils appstream dpkg-dev fakeroot file
  # robustness: sanitizers and fuzzers (clang), contract tests (Prism from npm)
  clang libclang-rt-14-dev nodejs npm curl ca-certificates jq
)

if [[ "${1:-}" == "--list" ]]; then
  printf '%s\n' "${PACKAGES[@]}"
  exit 0
fi

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
  echo "install-deps: this script supports Debian and Ubuntu (apt). On other systems install the" >&2
  echo "equivalents of these packages yourself (Qt 6.4 or later with Widgets, Network, Svg," >&2
  echo "Concurrent, Test and LinguistTools; QtKeychain for Qt 6; CMake 3.25+; Ninja):" >&2
  printf '  %s\n' "${PACKAGES[@]}" >&2
  exit 2
fi

# Node.js may come from elsewhere (NodeSource bundles npm): a working command is enough.
declare -A COMMAND_FOR=([nodejs]=node [npm]=npm)

missing=()
for p in "${PACKAGES[@]}"; do
  if [[ -n "${COMMAND_FOR[$p]:-}" ]] && command -v "${COMMAND_FOR[$p]}" >/dev/null 2>&1; then
    continue
  fi
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done

if [[ ${#missing[@]} -eq 0 ]]; then
  [[ "${1:-}" == "--check" ]] || echo "install-deps: all ${#PACKAGES[@]} packages are installed."
  exit 0
fi
if [[ "${1:-}" == "--check" ]]; then
  echo "install-deps: missing: ${missing[*]}" >&2
  exit 1
fi

SUDO=()
if [[ $(id -u) -ne 0 ]]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO=(sudo)
  else
    echo "install-deps: not root and no sudo; install as root: apt-get install ${missing[*]}" >&2
    exit 2
  fi
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
