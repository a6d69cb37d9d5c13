#!/usr/bin/env bash
# The server Playwright tests against: the production build on a fresh temporary database with the demo clinic.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
E2E_DIR="$(mktemp -d "${TMPDIR:-/tmp}/prolotrack-e2e.XXXXXX")"
export DATABASE_PATH="${E2E_DIR}/e2e.db"
export PORT="${E2E_PORT:-3100}"
export NEXTAUTH_URL="http://localhost:${PORT}"
random_secret() { node -e "process.stdout.write(require('crypto').randomBytes(32).toString('base64'))"; }
export NEXTAUTH_SECRET="$(random_secret)"
export EXPORT_KEY="$(random_secret)"
export AUDIT_KEY="$(random_secret)"
export BACKUP_DIR="${E2E_DIR}/backups"
# Everything the server prints also goes to a log file that tests/e2e/server-log.spec.ts searches for secrets.
E2E_SERVER_LOG="${E2E_SERVER_LOG:-${TMPDIR:-/tmp}/prolotrack-e2e-${PORT}.log}"
: > "${E2E_SERVER_LOG}"
exec > >(tee -a "${E2E_SERVER_LOG}") 2>&1
npx tsx scripts/seed.ts
[ -f .next/BUILD_ID ] || npx next build
npx next start -p "${PORT}" &
server=$!
# Remove the temporary database when Playwright stops the server.
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$E2E_DIR"' EXIT
trap 'exit 0' INT TERM
wait "$server"
