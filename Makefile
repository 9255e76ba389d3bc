# The two commands that matter: `make serve` and `make test`.
.PHONY: serve test build install bench bench-page screenshot offline

## Build the wasm module and serve the page on http://127.0.0.1:8787/
serve: build
	node .ci/serve.mjs

## Install whatever is missing, then run every test layer
test:
	bash .ci/test.sh

## Install the toolchain pieces (idempotent)
install:
	bash .ci/install.sh

## Build www/pkg (prints the .wasm size raw and gzipped)
build: install
	bash .ci/build.sh

## Scanner benchmarks: native (release) and wasm in Node; figures, not pass/fail
bench: build
	CMIS_BENCH=1 cargo test --release --test bench_scan -- --nocapture
	node tests/bench/node_scan.mjs

## Keystroke-to-highlight latency and cold start in headless Chromium (not in make test)
bench-page: build
	node tests/bench/page_latency.mjs

## The single-file offline page, dist/cmis-guard-offline.html (also made by build)
offline: build

## Screenshots for the README (tests/screenshots/*.png)
screenshot: build
	node tests/screenshot.mjs
