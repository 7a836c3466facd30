#!/usr/bin/env bash
# Runs the image's rootfs without a container runtime, for machines where podman cannot start containers:
# buildah mounts the image, then unshare (new mount and PID namespaces, host network) mounts it read-only with
# /proc, /dev and a tmpfs /tmp, and chroots as the image's user (10001) into its entrypoint with the given args.
# Environment variables named on HOTPOT_PASS_ENV (space-separated) are passed through.
set -euo pipefail
: "${STORAGE_DRIVER:=vfs}"
export STORAGE_DRIVER
image="${HOTPOT_IMAGE:-localhost/hotpot:$(node -p 'require("./package.json").version')}"
ctr=$(buildah from --pull=never "$image")
trap 'buildah rm "$ctr" >/dev/null 2>&1 || true' EXIT
mnt=$(buildah mount "$ctr")
envs=(HOME=/tmp NODE_ENV=production PATH=/usr/local/bin:/usr/bin:/bin)
for name in ${HOTPOT_PASS_ENV:-}; do envs+=("$name=${!name-}"); done
unshare --mount --pid --fork --kill-child=SIGTERM -- bash -c '
  set -e
  root=$1; shift
  mount --bind "$root" "$root"
  mount -o remount,bind,ro "$root"
  mount -t proc proc "$root/proc"
  mount --rbind /dev "$root/dev"
  mount -t tmpfs -o size=64m,mode=1777 tmpfs "$root/tmp"
  exec chroot --userspec=10001:10001 "$root" /usr/bin/env -i "$@"
' run-rootfs "$mnt" "${envs[@]}" /usr/bin/tini -- /usr/local/bin/node /app/dist/cli/main.js "$@" &
child=$!
# unshare --fork ignores SIGTERM itself: hand the signal to tini, PID 1 of the new namespace, which forwards it.
trap 'for p in $(ps -o pid= --ppid "$child"); do kill -TERM "$p" 2>/dev/null || true; done' TERM INT
status=0
wait "$child" || status=$?
if kill -0 "$child" 2>/dev/null; then wait "$child" || status=$?; fi
exit "$status"
