#!/usr/bin/env bash
# Builds the production bundle unless the existing build is newer than every source file.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
if [ -f .next/BUILD_ID ] && [ -z "$(find app components lib db types proxy.ts instrumentation.ts next.config.js package-lock.json tsconfig.json -newer .next/BUILD_ID -print -quit)" ]; then
  echo "› Production build is up to date."
else
  echo "› Building the app (next build)…"
  npx next build
fi
