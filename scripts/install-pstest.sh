#!/usr/bin/env bash
# Finds or builds the Pub/Sub test server (Google's pstest, wrapped by tools/pstest/main.go); prints its path.
# $HOTPOT_PSTEST_BIN overrides it.
exec bash "$(dirname "$0")/build-go-tool.sh" pstest HOTPOT_PSTEST_BIN "the Pub/Sub test server"
