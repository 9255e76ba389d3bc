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
./node_modules/.bin/wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue \
  "$out/cmis_guard_bg.wasm" -o "$out/cmis_guard_bg.wasm.opt"
mv "$out/cmis_guard_bg.wasm.opt" "$out/cmis_guard_bg.wasm"

size=$(stat -c %s "$out/cmis_guard_bg.wasm")
gz=$(gzip -9c "$out/cmis_guard_bg.wasm" | wc -c)
printf '[build] %s: %d bytes raw, %d bytes gzip -9\n' "$out/cmis_guard_bg.wasm" "$size" "$gz"
