#!/usr/bin/env bash
# Build the wasm module into www/pkg/: cargo (release, size profile), the
# wasm-bindgen CLI (--target web), then wasm-opt -Oz from npm binaryen.
# Prints the shipped module's size, raw and gzip -9.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --quiet --release --target wasm32-unknown-unknown --lib
raw=target/wasm32-unknown-unknown/release/cmis_guard.wasm
out=www/pkg
mkdir -p "$out"
wasm-bindgen --target web --out-dir "$out" "$raw"
# --converge repeats -Oz until the module stops shrinking (about 0.7 KB gzip);
# --low-memory-unused lets wasm-opt fold constant offsets into loads and
# stores (about 1.5 KB): Rust puts nothing in the first 1 KB of memory (its
# stack ends and its data starts at 1 MB), so only an address computation
# that wraps around 2^32 could differ, and that is already a bug.
# --strip-producers and --strip-target-features drop two custom sections
# (toolchain names, the features list) that only tools read: 0.2 KB gzip.
./node_modules/.bin/wasm-opt -Oz --converge --low-memory-unused --enable-bulk-memory --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue \
  --strip-producers --strip-target-features \
  "$out/cmis_guard_bg.wasm" -o "$out/cmis_guard_bg.wasm.opt"
mv "$out/cmis_guard_bg.wasm.opt" "$out/cmis_guard_bg.wasm"

size=$(stat -c %s "$out/cmis_guard_bg.wasm")
gz=$(gzip -9c "$out/cmis_guard_bg.wasm" | wc -c)
printf '[build] %s: %d bytes raw, %d bytes gzip -9\n' "$out/cmis_guard_bg.wasm" "$size" "$gz"

# The single-file offline page (dist/, not committed).
node .ci/build-offline.mjs
