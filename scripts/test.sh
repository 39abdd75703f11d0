#!/usr/bin/env bash
# Runs every test: native logic, components in headless Chromium, and the
# release build end to end under a sub-path, with an accessibility audit.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/multitrack-target}"
scripts/setup.sh test
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

step() { printf '\n== test: %s\n' "$*"; }

step "formatting"
cargo fmt --check

step "native logic (cargo test)"
cargo test --locked

step "components in headless Chromium (wasm-bindgen-test)"
CHROMEDRIVER=/usr/bin/chromedriver cargo test --locked --target wasm32-unknown-unknown --test components

step "release build"
trunk build --release --offline

step "end to end in headless Chromium (release build under a sub-path)"
node --test --test-reporter=spec tests/e2e/*.test.mjs
