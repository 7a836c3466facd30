#!/usr/bin/env bash
# Finds or builds one of the project's Go tools (tools/<name>: main.go, go.mod, go.sum). Prints the binary's path on
# stdout, progress on stderr. Order: the override variable, the per-user cache (keyed by the sources' hash, so a
# dependency bump rebuilds), else `go build` into the cache.
# Usage: build-go-tool.sh <name> <OVERRIDE_VARIABLE> <what it is, for messages>
set -euo pipefail
name="$1" override="$2" what="$3"
src_dir="$(cd "$(dirname "$0")/../tools/$name" && pwd)"
key=$(cat "$src_dir/go.mod" "$src_dir/go.sum" "$src_dir/main.go" | sha256sum | cut -c1-12)
cache_dir="${HOTPOT_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/hotpot}/${name}-${key}"

if [ -n "${!override:-}" ]; then
  if [ -x "${!override}" ]; then echo "${!override}"; exit 0; fi
  echo "$override=${!override} is not an executable file" >&2; exit 1
fi
if [ -x "$cache_dir/$name" ]; then echo "$cache_dir/$name"; exit 0; fi

if ! command -v go >/dev/null 2>&1 && [ -x /usr/local/go/bin/go ]; then PATH="$PATH:/usr/local/go/bin"; fi
if ! command -v go >/dev/null 2>&1; then
  cat >&2 <<MSG
$what (tools/$name) is not built and Go is not available to build it.
Install Go (https://go.dev/doc/install) and run this again, or build tools/$name yourself and set $override.
MSG
  exit 1
fi

mkdir -p "$cache_dir"
echo "Building $what (tools/$name) into ${cache_dir} with Go (first time only; about a minute)..." >&2
start=$(date +%s)
tmp_dir=$(mktemp -d "$cache_dir/.build-XXXXXX")
trap 'rm -rf "$tmp_dir"' EXIT
(cd "$src_dir" && go build -trimpath -o "$tmp_dir/$name" .) >&2
mv -f "$tmp_dir/$name" "$cache_dir/$name"
echo "Built $what in $(( $(date +%s) - start ))s: $cache_dir/$name" >&2
echo "$cache_dir/$name"
