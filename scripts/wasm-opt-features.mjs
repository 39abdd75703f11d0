// The wasm features rustc 1.95's wasm32 output uses: wasm-opt must be told,
// for the build (build-wasm.mjs) and the profile (bench/wasm_profile.mjs).
export const WASM_OPT_FEATURES = ['--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
  '--enable-mutable-globals', '--enable-reference-types', '--enable-multivalue'];
