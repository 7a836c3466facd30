#!/usr/bin/env bash
# Finds or builds the offline manifest renderer and schema check (tools/kustomize: the kustomize library plus strict
# decoding into k8s.io/api types). Prints the binary's path on stdout, progress on stderr. Order:
# $HOTPOT_KUSTOMIZE_BIN, the per-user cache (keyed by the sources' hash, so a dependency bump rebuilds), else
# `go build` into the cache.
set -euo pipefail
src_dir="$(cd "$(dirname "$0")/../tools/kustomize" && pwd)"
key=$(cat "$src_dir/go.mod" "$src_dir/go.sum" "$src_dir/main.go" | sha256sum | cut -c1-12)
cache_dir="${HOTPOT_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/hotpot}/kustomize-${key}"

if [ -n "${HOTPOT_KUSTOMIZE_BIN:-}" ]; then
  if [ -x "$HOTPOT_KUSTOMIZE_BIN" ]; then echo "$HOTPOT_KUSTOMIZE_BIN"; exit 0; fi
  echo "HOTPOT_KUSTOMIZE_BIN=$HOTPOT_KUSTOMIZE_BIN is not an executable file" >&2; exit 1
fi
if [ -x "$cache_dir/kustomize" ]; then echo "$cache_dir/kustomize"; exit 0; fi

if ! command -v go >/dev/null 2>&1 && [ -x /usr/local/go/bin/go ]; then PATH="$PATH:/usr/local/go/bin"; fi
if ! command -v go >/dev/null 2>&1; then
  cat >&2 <<MSG
The manifest renderer (tools/kustomize) is not built and Go is not available to build it.
Install Go (https://go.dev/doc/install) and run this again, or build tools/kustomize yourself and set HOTPOT_KUSTOMIZE_BIN.
MSG
  exit 1
fi

mkdir -p "$cache_dir"
echo "Building the manifest renderer (tools/kustomize) into ${cache_dir} with Go (first time only; about a minute)..." >&2
start=$(date +%s)
tmp_dir=$(mktemp -d "$cache_dir/.build-XXXXXX")
trap 'rm -rf "$tmp_dir"' EXIT
(cd "$src_dir" && go build -trimpath -o "$tmp_dir/kustomize" .) >&2
mv -f "$tmp_dir/kustomize" "$cache_dir/kustomize"
echo "Built the manifest renderer in $(( $(date +%s) - start ))s: $cache_dir/kustomize" >&2
echo "$cache_dir/kustomize"
