// What the build (build-wasm.mjs) and the profile (bench/wasm_profile.mjs)
// must do alike.

// The wasm features rustc 1.95's wasm32 output uses: wasm-opt must be told.
export const WASM_OPT_FEATURES = ['--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
  '--enable-mutable-globals', '--enable-reference-types', '--enable-multivalue'];

// cargo's arguments for the wasm that wasm-split cuts: `--emit-relocs` lets it
// see which code and data each part reaches. (`--config` adds to the wasm
// rustflags of .cargo/config.toml; arrays join.) The one-file edition builds
// the same binary without them, so the profile rebuilds this one first.
export function splitBuildArgs(release) {
  return ['build', '--locked', '--target', 'wasm32-unknown-unknown', '--bin', 'multitrack', '--features', 'split',
    ...(release ? ['--release'] : []),
    '--config', 'target.wasm32-unknown-unknown.rustflags=["-Clink-args=--emit-relocs"]'];
}
