//! The wasm tests, run in Node by wasm-bindgen-test-runner.
#![cfg(target_arch = "wasm32")]

#[path = "wasm/common.rs"]
mod common;
