#!/bin/sh
# Restart my own preview server on 4180 (its own process group, killed as a group).
[ -f /tmp/ui-preview.pid ] && kill -- -$(cat /tmp/ui-preview.pid) 2>/dev/null
sleep 0.5
[ "$1" = stop ] && exit 0
KIT_OUT_DIR=.svelte-kit-ui BUILD_DIR=build-ui setsid nohup npx vite preview --port 4180 --strictPort > /tmp/ui-preview.log 2>&1 &
echo $! > /tmp/ui-preview.pid
sleep 3
