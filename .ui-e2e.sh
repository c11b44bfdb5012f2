#!/bin/sh
# Build once, then run my e2e specs against the preview on 4174 (own output folder).
cd /work/main
if [ "$NOBUILD" != 1 ]; then
APP_VERSION=ui-dev KIT_OUT_DIR=.svelte-kit-ui BUILD_DIR=build-ui npx vite build > /tmp/ui-build.log 2>&1 || { tail -30 /tmp/ui-build.log; exit 1; }
fi
APP_VERSION=ui-dev E2E_NO_BUILD=1 KIT_OUT_DIR=.svelte-kit-ui BUILD_DIR=build-ui E2E_PORT=4174 timeout 600 npx playwright test --output=test-results-ui "$@" 2>&1 | tail -60
