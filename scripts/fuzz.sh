#!/usr/bin/env bash
# Fuzzes the import, share-link and hand-in readers: scripts/fuzz.sh [seconds per target]
# (default 300). Needs cargo-fuzz; on a stable toolchain RUSTC_BOOTSTRAP lets
# it use the sanitizer flags it needs. Not part of scripts/test.sh: it runs
# for minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-300}"
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
export RUSTC_BOOTSTRAP=1
for target in import share_link hand_in; do
  mkdir -p "fuzz/corpus/$target"
  cp -n fuzz/seeds/"$target"/* "fuzz/corpus/$target/"
  cargo fuzz run "$target" "fuzz/corpus/$target" -- -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 2>&1 | tail -n 25
done
