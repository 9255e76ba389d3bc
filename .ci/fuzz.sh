#!/usr/bin/env bash
# Run every cargo-fuzz target for a set time each and fail on any crash.
#   .ci/fuzz.sh [seconds per target, default 60] [target ...]
# A crash leaves its input in tests/fuzz/artifacts/<target>/; copy it to
# tests/fuzz/regressions/<target>/ so tests/fuzz_regressions.rs keeps it.
set -euo pipefail
cd "$(dirname "$0")/../tests/fuzz"

secs=${1:-60}; shift || true
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal

targets=("$@")
[ ${#targets[@]} -gt 0 ] || mapfile -t targets < <(cargo +nightly fuzz list --fuzz-dir .)
failed=0
for t in "${targets[@]}"; do
  mkdir -p "corpus/$t" "artifacts/$t"
  echo "==== fuzz $t for ${secs}s"
  log="artifacts/$t/run.log"
  rc=0
  cargo +nightly fuzz run --fuzz-dir . "$t" "corpus/$t" "seeds/$t" -- \
    -max_total_time="$secs" -max_len=65536 -rss_limit_mb=4096 -timeout=10 -print_final_stats=1 \
    >"$log" 2>&1 || rc=$?
  grep -E '^(#[0-9]+.*DONE|Done |stat::number_of_executed_units|stat::average_exec_per_sec|SUMMARY|.*panicked at|Test unit written)' "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -n 30 "$log"
    echo "==== fuzz $t: FAILED (exit $rc; input in tests/fuzz/artifacts/$t/)"
    failed=1
  else
    echo "==== fuzz $t: no crash in ${secs}s"
  fi
done
exit $failed
