#!/usr/bin/env bash
# Set up (install what is missing, build) and start the ENCODE Tracker desktop app.
# Arguments are passed on, e.g. `run-app.sh --db ~/lab.db` or `run-app.sh list`.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
"$root/packaging/dev/setup.sh"
exec "$root/build/dev/encode-tracker" "$@"
