#!/usr/bin/env bash
# npm run image: builds the OCI image hotpot:<version> without pulling a base image.
# Rootfs: Debian bookworm (minbase + ca-certificates + tini) made by debootstrap from Debian's archive (cached),
# the project's pinned Node 24 binary (node_modules/node), dist/ and production dependencies, user hotpot (10001).
# Needs root (debootstrap, buildah), buildah and debootstrap from Debian's packages, and a built dist/ (npm run build).
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${STORAGE_DRIVER:=vfs}"
export STORAGE_DRIVER
version=$(node -p 'require("./package.json").version')
image="${HOTPOT_IMAGE:-localhost/hotpot:$version}"
mirror="${HOTPOT_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
cache="${HOTPOT_IMAGE_CACHE:-$HOME/.cache/hotpot}"
base="$cache/rootfs-bookworm"
for tool in debootstrap buildah; do
  command -v "$tool" >/dev/null || { echo "image: $tool is missing (apt-get install -y $tool)" >&2; exit 1; }
done
[ -f dist/cli/main.js ] || { echo 'image: dist/ is missing; run npm run build first' >&2; exit 1; }

if [ ! -d "$base" ]; then
  echo "image: debootstrap bookworm from $mirror (once, cached in $base)"
  rm -rf "$base.tmp"
  debootstrap --variant=minbase --include=ca-certificates,tini bookworm "$base.tmp" "$mirror" >"$cache/debootstrap.log"
  mv "$base.tmp" "$base"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root="$work/rootfs"
echo 'image: assembling the rootfs'
cp -a "$base" "$root"
rm -rf "$root"/var/cache/apt/* "$root"/var/lib/apt/lists/* "$root"/usr/share/doc/* "$root"/usr/share/man/* \
  "$root"/usr/share/locale/* "$root"/usr/share/info/* "$root"/var/log/*
install -m 0755 node_modules/node/bin/node "$root/usr/local/bin/node"
mkdir -p "$root/app"
cp -a dist package.json package-lock.json "$root/app/"
find "$root/app/dist" \( -name '*.test.js' -o -name '*.test.js.map' \) -delete
echo 'image: production dependencies (npm ci --omit=dev)'
(cd "$root/app" && npm ci --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error)
# Temporal's core bridge ships prebuilt binaries for five platforms; the image needs only its own (~110 MB less).
keep="$(uname -m)-unknown-linux-gnu"
for release in "$root"/app/node_modules/@temporalio/core-bridge/releases/*; do
  [ "$(basename "$release")" = "$keep" ] || rm -rf "$release"
done
ln -s /app/dist/cli/main.js "$root/usr/local/bin/hotpot"
echo 'hotpot:x:10001:10001:Hotpot:/tmp:/usr/sbin/nologin' >>"$root/etc/passwd"
echo 'hotpot:x:10001:' >>"$root/etc/group"
tar -C "$root" -cf "$work/rootfs.tar" .

echo "image: buildah commit $image"
ctr=$(buildah from scratch)
buildah add --quiet "$ctr" "$work/rootfs.tar" / >/dev/null
buildah config \
  --user 10001:10001 --workingdir /tmp \
  --env HOME=/tmp --env NODE_ENV=production --env HOTPOT_METRICS_HOST=0.0.0.0 \
  --entrypoint '["/usr/bin/tini", "--", "/usr/local/bin/node", "/app/dist/cli/main.js"]' \
  --cmd worker --port 9464 \
  --label org.opencontainers.image.title=hotpot --label "org.opencontainers.image.version=$version" \
  "$ctr"
buildah commit --quiet --rm "$ctr" "$image" >/dev/null
size=$(buildah inspect --type image --format '{{.FromImageID}}' "$image" >/dev/null 2>&1; podman image inspect --format '{{.Size}}' "$image" 2>/dev/null || echo '?')
echo "image: built $image ($((size / 1000000)) MB uncompressed)"
