import { ROLES } from '@/db/value-sets';

type Role = (typeof ROLES)[number];

/**
 * REQUIRE_2FA_FOR: comma-separated roles (e.g. `admin,manager`) that must sign in with a second factor. Unset or
 * empty by default, so the demo accounts sign in with their password alone. Unknown names are ignored here and
 * refused at start-up (lib/ops/startup-checks.ts).
 */
export function rolesRequiringTwoFactor(env: Record<string, string | undefined> = process.env): Role[] {
  return parseRoleList(env.REQUIRE_2FA_FOR).known;
}

export function parseRoleList(value: string | undefined): { known: Role[]; unknown: string[] } {
  const names = (value ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const isRole = (name: string): name is Role => (ROLES as readonly string[]).includes(name);
  return { known: [...new Set(names.filter(isRole))], unknown: names.filter((name) => !isRole(name)) };
}

export const twoFactorRequired = (role: Role, env?: Record<string, string | undefined>): boolean => rolesRequiringTwoFactor(env).includes(role);

export const MUST_ENROL_MESSAGE = 'Set up two-factor sign-in on your Account page before anything else.';

/** What a sign-in refused at its second step answers with (next-auth passes the error name to the login form). */
export const SECOND_STEP_ERRORS = {
  /** The password was right; the account signs in with a code as well. */
  required: 'TwoFactorCodeRequired',
  invalid: 'TwoFactorCodeInvalid',
  replayed: 'TwoFactorCodeReplayed',
} as const;

/** Why a typed code was refused, at sign-in and on the Account page. */
export const CODE_MESSAGES = {
  bad_code: 'This code is not valid. Check the code in your app and try again.',
  code_replayed: 'This code has already been used. Wait for the next code in your app.',
} as const;

export const SECOND_STEP_MESSAGES: Record<string, string> = {
  [SECOND_STEP_ERRORS.required]: 'Enter the 6-digit code from your authenticator app, or one of your recovery codes.',
  [SECOND_STEP_ERRORS.invalid]: CODE_MESSAGES.bad_code,
  [SECOND_STEP_ERRORS.replayed]: CODE_MESSAGES.code_replayed,
};
