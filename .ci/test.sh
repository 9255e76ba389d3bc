#!/usr/bin/env bash
# Install what is missing, then run every test layer: lints, native Rust
# tests, the wasm build, the TypeScript declarations (tsc), wasm-bindgen tests
# in Node and in headless Chromium, the JS API in Node, and page tests in
# headless Chromium. Prints a count per layer and a closing total; exits
# non-zero on the first failing layer.
set -euo pipefail
cd "$(dirname "$0")/.."

bash .ci/install.sh

log=$(mktemp -d)
trap 'rm -rf "$log"' EXIT
summary=()
total_pass=0
total_fail=0

# Run one layer, tee its output, and count what its runner reported.
layer() {
  local name=$1; shift
  printf '\n==== %s: %s\n' "$name" "$*"
  local out="$log/$name.txt" rc=0
  "$@" 2>&1 | tee "$out" || rc=${PIPESTATUS[0]}
  local pass fail
  # cargo and wasm-bindgen-test-runner: "test result: ok. N passed; M failed"
  # node --test: "# pass N" / "# fail N"
  pass=$(awk '/^test result: /{s+=$4} /^# pass [0-9]+$/{s+=$3} END{print s+0}' "$out")
  fail=$(awk '/^test result: /{for(i=1;i<NF;i++) if($(i+1) ~ /^failed/) s+=$i} /^# fail [0-9]+$/{s+=$3} END{print s+0}' "$out")
  summary+=("$(printf '%-16s %5d passed, %d failed' "$name" "$pass" "$fail")")
  total_pass=$((total_pass + pass))
  total_fail=$((total_fail + fail))
  if [ "$rc" -ne 0 ]; then
    printf '\n==== %s FAILED (exit %d)\n' "$name" "$rc"
    printf '%s\n' "${summary[@]}"
    exit "$rc"
  fi
}

export CARGO_TERM_COLOR=never
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
export CHROMEDRIVER=${CHROMEDRIVER:-/usr/bin/chromedriver}

layer fmt            cargo fmt --check
layer clippy         cargo clippy --quiet --all-targets -- -D warnings
layer clippy-wasm    cargo clippy --quiet --target wasm32-unknown-unknown --all-targets -- -D warnings
layer native         cargo test --quiet
layer build          bash .ci/build.sh
layer types          ./node_modules/.bin/tsc -p tests/types/tsconfig.json
layer wasm-node      cargo test --target wasm32-unknown-unknown --test wasm_node
layer wasm-chromium  cargo test --target wasm32-unknown-unknown --test wasm_browser
layer js-node        node --test tests/js/node_*.test.mjs
layer page-chromium  node --test tests/js/page_*.test.mjs

printf '\n==== summary\n'
printf '%s\n' "${summary[@]}"
printf 'all layers: %d passed, %d failed\n' "$total_pass" "$total_fail"
[ "$total_fail" -eq 0 ]
