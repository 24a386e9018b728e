#!/usr/bin/env bash
# Set up (install what is missing, build) and run the whole test suite with CTest.
# Tests run offscreen and talk only to a fake Portal on 127.0.0.1.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
"$root/packaging/dev/setup.sh"
ctest --test-dir "$root/build/dev" --output-on-failure -j 2 "$@"
