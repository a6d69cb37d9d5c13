#!/usr/bin/env bash
# All tests: lint (ESLint, Prettier), unit (vitest), then end-to-end (Playwright against the production build in Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
bash scripts/ensure-install.sh
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM" ]; then
  echo "Chromium not found at $CHROMIUM. Install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH." >&2
  exit 1
fi
echo "› Lint"
npm run --silent lint
echo "› Unit tests"
npx vitest run
bash scripts/ensure-build.sh
echo "› End-to-end tests"
npx playwright test
echo "› Crash test (kill -9 during concurrent session saves)"
npx tsx scripts/crash-test.ts
