#!/usr/bin/env bash
# Runs one cargo fuzz campaign: fuzz/campaign.sh TARGET [SECONDS]
# TARGET: fault_schedule | script | snapshot_file. Needs the nightly toolchain and cargo-fuzz
# (`cargo install cargo-fuzz`). New inputs go to fuzz/corpus/TARGET (not committed); the
# committed seeds in corpus/fuzz/TARGET are read, not written. Crashes land in
# fuzz/artifacts/TARGET; copy a fixed one into corpus/fuzz/TARGET as a regression seed.
# Sanitizer: none. V8's prebuilt library carries its own libc++, which AddressSanitizer's
# interceptors break before the first input runs; the targets' invariants are assertions.
set -euo pipefail
cd "$(dirname "$0")"
target="${1:?usage: fuzz/campaign.sh TARGET [SECONDS]}"
seconds="${2:-600}"
if [ -d ../../shared/v8 ]; then
  RUSTY_V8_MIRROR="$(realpath ../../shared/v8)"
  export RUSTY_V8_MIRROR RUSTY_V8_MIRROR_FALLBACK=1
fi
mkdir -p "corpus/$target"
exec cargo +nightly fuzz run -s none "$target" "corpus/$target" "../corpus/fuzz/$target" -- \
  -max_total_time="$seconds" -dict=../corpus/fuzz/js.dict -timeout=20 -rss_limit_mb=8192 -print_final_stats=1
