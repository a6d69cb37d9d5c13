import { ROLES } from '@/db/value-sets';
import { parseRoleList } from '../auth/two-factor-policy';

/** Secrets a production server must have, each at least 32 characters, and what each one protects. */
const PRODUCTION_SECRETS = {
  NEXTAUTH_SECRET: 'signs session tokens and seals two-factor secrets',
  EXPORT_KEY: 'keys the pseudonyms in de-identified exports',
  AUDIT_KEY: 'signs the audit checkpoints',
} as const;

/** The production secrets that are missing or weak, with the reason for each (empty when all are fine). */
export function productionSecretProblems(env: Record<string, string | undefined> = process.env): string[] {
  return Object.entries(PRODUCTION_SECRETS).flatMap(([name, purpose]) => {
    const value = env[name] ?? '';
    if (value.length >= 32) return [];
    return [`${name} (${purpose}) is ${value ? 'shorter than 32 characters' : 'not set'}.`];
  });
}

/** REQUIRE_2FA_FOR naming something other than a role (a typo would otherwise silently require nothing). */
export function twoFactorSettingProblems(env: Record<string, string | undefined> = process.env): string[] {
  const { unknown } = parseRoleList(env.REQUIRE_2FA_FOR);
  return unknown.length ? [`REQUIRE_2FA_FOR names unknown roles: ${unknown.join(', ')} (use ${ROLES.join(', ')}).`] : [];
}

/** Refuses to run a production server with a missing or weak secret or a misspelt REQUIRE_2FA_FOR. */
export function assertProductionSecrets(): void {
  if (process.env.NODE_ENV !== 'production') return;
  const problems = [...productionSecretProblems(), ...twoFactorSettingProblems()];
  if (problems.length === 0) return;
  console.error(
    `ProloTrack refuses to start: ${problems.join(' ')}`,
    'Generate each with `openssl rand -base64 32` and set it in the environment (npm run demo does this for the demo).',
  );
  process.exit(1);
}
