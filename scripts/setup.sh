#!/usr/bin/env bash
# Installs what building (`setup.sh build`) or testing (`setup.sh test`) needs,
# skipping whatever is already present at the right version. Safe to re-run.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-build}
TRUNK_VERSION=0.21.14
WASM_OPT_VERSION=132   # npm binaryen, pinned in package.json and as version_132 in Trunk.toml

say() { printf '\n== setup: %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

apt_updated=
apt_install() {
  if [ -z "$apt_updated" ]; then as_root apt-get update -q; apt_updated=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@"
}

export PATH="$HOME/.cargo/bin:$PATH"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# The release build rebuilds the standard library for size (scripts/wasm-opt-features.mjs).
if ! rustup component list --installed | grep -q '^rust-src'; then
  say "adding the rust-src component"
  rustup component add rust-src
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 18 minutes on 2 cores, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if ! grep -q "^wasm_bindgen = \"$bindgen_version\"" Trunk.toml; then
  echo "setup: Cargo.lock has wasm-bindgen $bindgen_version but Trunk.toml pins another version; update [tools] wasm_bindgen" >&2
  exit 1
fi
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $bindgen_version" ]; then
  say "installing wasm-bindgen-cli $bindgen_version"
  # Not --locked: one of its locked dependencies has left the registry.
  cargo install wasm-bindgen-cli --version "=$bindgen_version" --force
fi

# wasm-split-cli cuts the wasm into the start module and parts loaded on
# first use (scripts/build-wasm.mjs); the crate names its binary so.
WASM_SPLIT_VERSION=0.2.4
if ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  say "installing wasm-split-cli $WASM_SPLIT_VERSION (about 2 minutes, once)"
  cargo install --locked --force "wasm_split_cli_support@$WASM_SPLIT_VERSION" --features build-binary
fi

# Node tools: binaryen's wasm-opt and terser (for release builds) and, for tests,
# playwright-core, axe-core and Lighthouse (benchmarks). Debian's binaryen 108 is too old: it corrupts
# the function table of rustc 1.95 output.
if ! node -e 'for (const m of ["binaryen/package.json", "terser", "playwright-core", "axe-core"]) require.resolve(m)' 2>/dev/null \
   || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing the pinned npm tools (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
fi
export PATH="$PWD/node_modules/.bin:$PATH"
if ! wasm-opt --version | grep -q "version $WASM_OPT_VERSION\b"; then
  echo "setup: wasm-opt is '$(wasm-opt --version)', but Trunk.toml pins version_$WASM_OPT_VERSION" >&2
  exit 1
fi

if [ "$mode" = test ]; then
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    say "installing Chromium and ChromeDriver"
    apt_install chromium chromium-driver fonts-liberation
  fi
fi
