#!/usr/bin/env bash
# Builds the app and serves it on http://127.0.0.1:8080 with live reload.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/multitrack-target}"
scripts/setup.sh build
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
exec trunk serve --offline "$@"
