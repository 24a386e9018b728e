#!/usr/bin/env bash
# Configure, build and run the whole test suite under AddressSanitizer + UndefinedBehaviorSanitizer
# (the asan preset: Debug at -O1 in build/asan, warnings are errors). The first report aborts the
# process it came from, so the test fails; suppressions, for third-party code only, are in
# tests/sanitizers/. Arguments go to ctest, e.g. `run-sanitized-tests.sh -R tst_cli`.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
packaging/dev/setup.sh --packages-only

start=$SECONDS
cmake --preset asan >/dev/null
cmake --build --preset asan
built=$SECONDS
echo "asan build: $((built - start)) s"
status=0
ctest --preset asan "$@" || status=$?
echo "asan tests: $((SECONDS - built)) s"
exit $status
