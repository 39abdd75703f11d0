// What the build (build-wasm.mjs) and the profile (bench/wasm_profile.mjs)
// must do alike.
import { execFileSync } from 'node:child_process';

// The wasm features rustc 1.95's wasm32 output uses: wasm-opt must be told.
export const WASM_OPT_FEATURES = ['--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
  '--enable-mutable-globals', '--enable-reference-types', '--enable-multivalue'];

// The one rustc whose unstable flags the release build relies on (below).
// Another version may spell them differently or not have them, so the build
// stops and says so rather than quietly making a larger app.
export const PINNED_RUSTC = '1.95.0';

// cargo's arguments for the wasm that wasm-split cuts: `--emit-relocs` lets it
// see which code and data each part reaches. (`--config` adds to the wasm
// rustflags of .cargo/config.toml; arrays join.) The one-file edition builds
// the same binary without them, so the profile rebuilds this one first.
//
// Release builds also rebuild the standard library for the app (rust-src,
// scripts/setup.sh): with `-Cpanic=immediate-abort` a panic is a trap with
// no message, so the formatting of panic messages and their locations
// leaves every module, and `optimize_for_size` picks std's smaller
// algorithms (sorting, mostly). Together 21 KB brotli off the start module
// and 47 KB off the whole app (docs/loading-and-size.md). These flags are
// unstable, hence RUSTC_BOOTSTRAP on the pinned stable rustc.
export function splitBuild(release) {
  const rustflags = ['-Clink-args=--emit-relocs', ...(release ? ['-Zunstable-options', '-Cpanic=immediate-abort'] : [])];
  const args = ['build', '--locked', '--target', 'wasm32-unknown-unknown', '--bin', 'multitrack', '--features', 'split',
    ...(release ? ['--release', '-Zbuild-std=std,panic_abort', '-Zbuild-std-features=optimize_for_size'] : []),
    '--config', `target.wasm32-unknown-unknown.rustflags=${JSON.stringify(rustflags)}`];
  if (release) {
    const version = execFileSync('rustc', ['--version']).toString().split(' ')[1];
    if (version !== PINNED_RUSTC) {
      throw new Error(`the release build needs rustc ${PINNED_RUSTC} (its unstable size flags are pinned to it); this is rustc ${version}`);
    }
  }
  return { args, env: { ...process.env, ...(release ? { RUSTC_BOOTSTRAP: '1' } : {}) } };
}
