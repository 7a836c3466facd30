#!/usr/bin/env bash
# Finds or builds the Pub/Sub test server (Google's pstest, wrapped by tools/pstest/main.go). Prints the binary's
# path on stdout, progress on stderr. Order: $HOTPOT_PSTEST_BIN, the per-user cache (keyed by the go.sum's hash, so
# a dependency bump rebuilds), else `go build` into the cache.
set -euo pipefail
src_dir="$(cd "$(dirname "$0")/../tools/pstest" && pwd)"
key=$(cat "$src_dir/go.mod" "$src_dir/go.sum" "$src_dir/main.go" | sha256sum | cut -c1-12)
cache_dir="${HOTPOT_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/hotpot}/pstest-${key}"

if [ -n "${HOTPOT_PSTEST_BIN:-}" ]; then
  if [ -x "$HOTPOT_PSTEST_BIN" ]; then echo "$HOTPOT_PSTEST_BIN"; exit 0; fi
  echo "HOTPOT_PSTEST_BIN=$HOTPOT_PSTEST_BIN is not an executable file" >&2; exit 1
fi
if [ -x "$cache_dir/pstest" ]; then echo "$cache_dir/pstest"; exit 0; fi

if ! command -v go >/dev/null 2>&1 && [ -x /usr/local/go/bin/go ]; then PATH="$PATH:/usr/local/go/bin"; fi
if ! command -v go >/dev/null 2>&1; then
  cat >&2 <<MSG
The Pub/Sub test server is not built and Go is not available to build it.
Install Go (https://go.dev/doc/install) and run this again, or build tools/pstest yourself and set HOTPOT_PSTEST_BIN.
MSG
  exit 1
fi

mkdir -p "$cache_dir"
echo "Building the Pub/Sub test server (pstest) into ${cache_dir} with Go (first time only; about a minute)..." >&2
start=$(date +%s)
tmp_dir=$(mktemp -d "$cache_dir/.build-XXXXXX")
trap 'rm -rf "$tmp_dir"' EXIT
(cd "$src_dir" && go build -trimpath -o "$tmp_dir/pstest" .) >&2
mv -f "$tmp_dir/pstest" "$cache_dir/pstest"
echo "Built the Pub/Sub test server in $(( $(date +%s) - start ))s: $cache_dir/pstest" >&2
echo "$cache_dir/pstest"
