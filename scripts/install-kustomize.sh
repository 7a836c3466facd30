#!/usr/bin/env bash
# Finds or builds the offline manifest renderer and schema check (tools/kustomize: the kustomize library plus strict
# decoding into k8s.io/api types); prints its path. $HOTPOT_KUSTOMIZE_BIN overrides it.
exec bash "$(dirname "$0")/build-go-tool.sh" kustomize HOTPOT_KUSTOMIZE_BIN "the manifest renderer"
