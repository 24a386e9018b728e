#!/usr/bin/env bash
# Installs what is missing (Debian bookworm / Ubuntu packages), then configures and builds ENCODE Tracker
# in build/dev. Safe to run again: it installs nothing when everything is there and rebuilds only what
# changed. Used by run-app.sh and run-tests.sh; CI=true turns compiler warnings into errors.
# `setup.sh --packages-only` stops after the packages (run-sanitized-tests.sh builds elsewhere).
set -euo pipefail

packages_only=false
[[ "${1:-}" == "--packages-only" ]] && packages_only=true

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build_dir="$root/build/dev"

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev libqt6sql6-sqlite libqt6svg6 qcoro-qt6-dev libxlsxwriter-dev
    libgraphviz-dev graphviz
    python3 python3-openpyxl python3-pandas
    fonts-dejavu-core
)

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$package")
done

if ((${#missing[@]})); then
    echo "Installing: ${missing[*]}"
    sudo_cmd=()
    if [[ $(id -u) -ne 0 ]]; then
        command -v sudo >/dev/null || { echo "Need root or sudo to install: ${missing[*]}" >&2; exit 1; }
        sudo_cmd=(sudo)
    fi
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

$packages_only && exit 0

warnings_as_errors=OFF
[[ "${CI:-}" == "true" ]] && warnings_as_errors=ON

if [[ ! -f "$build_dir/build.ninja" ]]; then
    (cd "$root" && cmake --preset dev -DENCODE_WARNINGS_AS_ERRORS=$warnings_as_errors >/dev/null)
else
    cmake -S "$root" -B "$build_dir" -DENCODE_WARNINGS_AS_ERRORS=$warnings_as_errors >/dev/null
fi
cmake --build "$build_dir"
