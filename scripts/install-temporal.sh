#!/usr/bin/env bash
# Finds or builds the Temporal CLI (dev server) v1.5.1. Prints the binary's path on stdout, progress on stderr.
# Order: $HOTPOT_TEMPORAL_BIN, `temporal` on PATH, the per-user cache, else `go install` into the cache.
# v1.5.1 is the newest tag whose go.mod has no `replace` directive, so later tags cannot be go-installed.
set -euo pipefail
version="v1.5.1"
cache_dir="${HOTPOT_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/hotpot}/temporal-${version}"

if [ -n "${HOTPOT_TEMPORAL_BIN:-}" ]; then
  if [ -x "$HOTPOT_TEMPORAL_BIN" ]; then echo "$HOTPOT_TEMPORAL_BIN"; exit 0; fi
  echo "HOTPOT_TEMPORAL_BIN=$HOTPOT_TEMPORAL_BIN is not an executable file" >&2; exit 1
fi
if command -v temporal >/dev/null 2>&1; then command -v temporal; exit 0; fi
if [ -x "$cache_dir/temporal" ]; then echo "$cache_dir/temporal"; exit 0; fi

if ! command -v go >/dev/null 2>&1 && [ -x /usr/local/go/bin/go ]; then PATH="$PATH:/usr/local/go/bin"; fi
if ! command -v go >/dev/null 2>&1; then
  cat >&2 <<MSG
The Temporal CLI is not installed and Go is not available to build it.
Either install Go (https://go.dev/doc/install) and run this again, or install the Temporal CLI
(https://docs.temporal.io/cli#install) and put \`temporal\` on PATH (or set HOTPOT_TEMPORAL_BIN).
MSG
  exit 1
fi

mkdir -p "$cache_dir"
echo "Building the Temporal CLI ${version} into ${cache_dir} with Go (first time only; takes a few minutes)..." >&2
start=$(date +%s)
tmp_bin=$(mktemp -d "$cache_dir/.build-XXXXXX")
trap 'rm -rf "$tmp_bin"' EXIT
GOBIN="$tmp_bin" go install "github.com/temporalio/cli/cmd/temporal@${version}" >&2
mv -f "$tmp_bin/temporal" "$cache_dir/temporal"
echo "Built the Temporal CLI in $(( $(date +%s) - start ))s: $cache_dir/temporal" >&2
echo "$cache_dir/temporal"
