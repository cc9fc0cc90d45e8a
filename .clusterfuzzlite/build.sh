#!/bin/bash -eu
# Builds bulkhead's cargo-fuzz targets as OSS-Fuzz's Rust projects do, into $OUT: each
# target's binary, its seed corpus as TARGET_seed_corpus.zip, the JavaScript dictionary as
# TARGET.dict and libFuzzer options as TARGET.options.
#
# Sanitizer: none, whatever $SANITIZER asks. V8's prebuilt static library brings its own
# libc++, which AddressSanitizer's interceptors break before the first input runs (see
# fuzz/campaign.sh); the targets check their invariants with assertions. Workflows therefore
# turn off the bad-build check, which expects ASan instrumentation.
#
# Local check: SRC=/tmp/src OUT=/tmp/out WORK=/tmp/work .clusterfuzzlite/build.sh
# (with the repository at $SRC/bulkhead, or run from inside it).
REPO="${SRC}/bulkhead"
[ -d "$REPO/fuzz" ] || REPO="$(cd "$(dirname "$0")/.." && pwd)"
cd "$REPO"
# Offline machines: V8's prebuilt library from the mirror beside the checkout.
if [ -d ../shared/v8 ] && [ -z "${RUSTY_V8_MIRROR:-}" ]; then
  RUSTY_V8_MIRROR="$(realpath ../shared/v8)"
  export RUSTY_V8_MIRROR RUSTY_V8_MIRROR_FALLBACK=1
fi
mkdir -p "$OUT" "$WORK"
TARGETS="fault_schedule script snapshot_file"
(cd fuzz && cargo +nightly fuzz build -O -s none)
BUILT="fuzz/target/x86_64-unknown-linux-gnu/release"
for target in $TARGETS; do
  cp "$BUILT/$target" "$OUT/$target"
  rm -f "$OUT/${target}_seed_corpus.zip"
  (cd "corpus/fuzz/$target" && zip -q -r "$OUT/${target}_seed_corpus.zip" .)
  cp corpus/fuzz/js.dict "$OUT/$target.dict"
  printf '[libfuzzer]\ntimeout = 20\nrss_limit_mb = 8192\n' > "$OUT/$target.options"
done
echo "built $TARGETS into $OUT"
