#!/usr/bin/env bash
# One command: install, migrate, seed the demo clinic when empty, build, serve, print the demo logins.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
bash scripts/ensure-install.sh

export PORT="${PORT:-3000}"
# Listen on the loopback interface only unless HOST says otherwise (e.g. HOST=0.0.0.0 behind a firewall or proxy).
export HOST="${HOST:-127.0.0.1}"
export DATABASE_PATH="${DATABASE_PATH:-./data/prolotrack.db}"
mkdir -p -m 700 data
# Per-machine random secrets for the demo, kept out of git under data/ (an environment value wins).
demo_secret() {
  local name="$1" file="data/.$2"
  if [ -z "${!name:-}" ]; then
    if [ ! -s "$file" ]; then
      node -e "process.stdout.write(require('crypto').randomBytes(32).toString('base64'))" > "$file"
      chmod 600 "$file"
    fi
    export "$name=$(cat "$file")"
  fi
}
demo_secret NEXTAUTH_SECRET nextauth-secret
demo_secret EXPORT_KEY export-key
demo_secret AUDIT_KEY audit-key
export NEXTAUTH_URL="${NEXTAUTH_URL:-http://localhost:${PORT}}"

echo "› Migrating and seeding ${DATABASE_PATH}…"
npx tsx scripts/seed.ts
bash scripts/ensure-build.sh

cat <<INFO

  ProloTrack is starting on ${NEXTAUTH_URL} (listening on ${HOST}:${PORT})

  Demo logins (password for all: demo-password-2026)
    specialist   specialist@prolotrack.test
    specialist   lukas.brandt@prolotrack.test
    specialist   priya.raman@prolotrack.test
    manager      manager@prolotrack.test
    admin        admin@prolotrack.test

INFO
exec npx next start -H "${HOST}" -p "${PORT}"
