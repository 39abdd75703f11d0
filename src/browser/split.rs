//! Parts of the app that load on first use.
//!
//! Why: a school phone on a slow network should download the shell and the
//! start page, not the quiz, the case canvas, the importers and the JSON
//! codec it may never need. In the release build (`--features split`, see
//! `scripts/build-wasm.mjs`) each function declared with [`split_fn!`] is cut
//! into a wasm file of its own by wasm-split and fetched the first time it is
//! called; everywhere else (native and component tests, any build without the
//! feature) it is a plain async function, so the same code runs either way.
//!
//! A loaded part hands back plain values (function pointers, small structs),
//! never a half-built view: the caller builds views in its own reactive
//! owner, with its own context.

pub use leptos::wasm_split::SplitLoaderError;

/// `split_fn!(pub fn name() -> Type as module = value);` declares
/// `async fn name() -> Result<Type, SplitLoaderError>`, whose `value` (and
/// all the code only it reaches) lives in the wasm module `module`.
/// A load failure is an `Err`, never a panic: the caller says so and offers
/// a retry (a failed load is not cached).
macro_rules! split_fn {
    ($(#[$attr:meta])* $vis:vis fn $name:ident() -> $ty:ty as $module:ident = $value:expr) => {
        $(#[$attr])*
        #[cfg(feature = "split")]
        #[leptos::wasm_split::wasm_split($module, fallible, wasm_split_path = ::leptos::wasm_split)]
        $vis fn $name() -> Result<$ty, $crate::browser::split::SplitLoaderError> {
            Ok($value)
        }
        $(#[$attr])*
        #[cfg(not(feature = "split"))]
        $vis async fn $name() -> Result<$ty, $crate::browser::split::SplitLoaderError> {
            Ok($value)
        }
    };
}
pub(crate) use split_fn;
