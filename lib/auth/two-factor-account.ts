import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/index';
import { users } from '@/db/schema';
import { auditRecordChange } from '../audit/record';
import { AppError } from '../errors';
import { disableTwoFactorSchema, twoFactorCodeSchema } from '../validation/account';
import { parseOrThrow } from '../validation/parse';
import { MUST_CHANGE_PASSWORD_MESSAGE, currentSessionId, getActor, type Actor } from './actor';
import { endUserSessions } from './sessions';
import { verifyPassword } from './password';
import { newTotpSecret, totpQrDataUrl, totpUri } from './two-factor';
import { CODE_MESSAGES, twoFactorRequired } from './two-factor-policy';
import {
  checkSecondFactor,
  claimSecondFactor,
  enableTwoFactor,
  readTotp,
  removeTwoFactor,
  replaceRecoveryCodes,
  storePendingSecret,
  twoFactorStatus,
  type SecondFactor,
  type TwoFactorStatus,
} from './two-factor-store';

/**
 * The signed-in user acting on their own two-factor: allowed while their role still requires them to set it up (that
 * is what they are here for), not before they have chosen their own password.
 */
async function selfActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new AppError('unauthenticated');
  if (actor.mustChangePassword) throw new AppError('forbidden', MUST_CHANGE_PASSWORD_MESSAGE);
  return actor;
}

function refuseCode(reason: keyof typeof CODE_MESSAGES): never {
  throw new AppError('invalid', 'Some fields need attention.', { code: CODE_MESSAGES[reason] });
}

export interface TwoFactorSetup extends TwoFactorStatus {
  required: boolean;
  /** While enrolment is pending: what the authenticator app needs. */
  enrolment?: { secret: string; qrDataUrl: string };
}

/** For the Account page: the state of the user's two-factor and, during enrolment, the secret to add to the app. */
export async function getTwoFactorSetup(): Promise<TwoFactorSetup> {
  const actor = await selfActor();
  const db = getDb();
  const status = twoFactorStatus(db, actor.id);
  const setup: TwoFactorSetup = { ...status, required: twoFactorRequired(actor.role) };
  const secret = status.pending ? readTotp(db, actor.id)?.secret : null;
  if (secret) setup.enrolment = { secret, qrDataUrl: await totpQrDataUrl(totpUri(actor.email, secret)) };
  return setup;
}

/** Starts (or restarts) enrolment with a new secret (audited); two-factor stays off until a code from it is confirmed. */
export async function startTwoFactorEnrolment(): Promise<void> {
  const actor = await selfActor();
  const db = getDb();
  db.transaction(
    (tx) => {
      if (twoFactorStatus(tx, actor.id).enabled) throw new AppError('conflict', 'Two-factor sign-in is already on.');
      storePendingSecret(tx, actor.id, newTotpSecret());
      auditRecordChange(tx, actor, { action: 'account.two_factor_enrol_start', entity: 'user', entityId: actor.id, extra: { email: actor.email } });
    },
    { behavior: 'immediate' },
  );
}

/**
 * Checks a typed code, then uses it up in the immediate transaction that runs `act`, so the same code (or its time
 * step) never serves twice, even to two requests at once.
 */
async function withCode<T>(
  actor: Actor,
  code: string,
  options: { recovery: boolean; pending?: boolean },
  act: (tx: DbOrTx, factor: SecondFactor) => T,
): Promise<T> {
  const db = getDb();
  const check = await checkSecondFactor(db, actor.id, code, options);
  if (!check.ok) refuseCode(check.reason);
  return db.transaction(
    (tx) => {
      if (!claimSecondFactor(tx, actor.id, check.factor)) refuseCode('code_replayed');
      return act(tx, check.factor);
    },
    { behavior: 'immediate' },
  );
}

/** Confirms enrolment with a current code: two-factor is on from now, and the ten recovery codes are returned once. */
export async function confirmTwoFactorEnrolment(input: unknown): Promise<{ recoveryCodes: string[] }> {
  const actor = await selfActor();
  const { code } = parseOrThrow(twoFactorCodeSchema.safeParse(input));
  if (!twoFactorStatus(getDb(), actor.id).pending) throw new AppError('conflict', 'Start the set-up again: no enrolment is waiting for a code.');
  const recoveryCodes = await withCode(actor, code, { recovery: false, pending: true }, (tx) => {
    const codes = enableTwoFactor(tx, actor.id);
    auditRecordChange(tx, actor, { action: 'account.two_factor_enrol', entity: 'user', entityId: actor.id, extra: { email: actor.email } });
    return codes;
  });
  return { recoveryCodes };
}

/** Ten new recovery codes (the old ones stop working), after a current code from the app. */
export async function regenerateRecoveryCodes(input: unknown): Promise<{ recoveryCodes: string[] }> {
  const actor = await selfActor();
  const { code } = parseOrThrow(twoFactorCodeSchema.safeParse(input));
  if (!twoFactorStatus(getDb(), actor.id).enabled) throw new AppError('conflict', 'Two-factor sign-in is off.');
  const recoveryCodes = await withCode(actor, code, { recovery: false }, (tx) => {
    const codes = replaceRecoveryCodes(tx, actor.id);
    auditRecordChange(tx, actor, { action: 'account.recovery_codes_regenerate', entity: 'user', entityId: actor.id, extra: { email: actor.email } });
    return codes;
  });
  return { recoveryCodes };
}

/** Switches two-factor off with the password and a code (app or recovery); refused when the role requires it. */
export async function disableTwoFactor(input: unknown): Promise<void> {
  const actor = await selfActor();
  if (twoFactorRequired(actor.role)) {
    throw new AppError(
      'forbidden',
      'Your role requires two-factor sign-in: it cannot be switched off. An admin can reset it if you lose your phone.',
    );
  }
  const data = parseOrThrow(disableTwoFactorSchema.safeParse(input));
  const db = getDb();
  if (!twoFactorStatus(db, actor.id).enabled) throw new AppError('conflict', 'Two-factor sign-in is already off.');
  const current = db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, actor.id)).get();
  if (!current || !(await verifyPassword(current.passwordHash, data.password))) {
    throw new AppError('invalid', 'Some fields need attention.', { password: 'This is not your current password.' });
  }
  const ownSession = await currentSessionId();
  await withCode(actor, data.code, { recovery: true }, (tx, factor) => {
    removeTwoFactor(tx, actor.id);
    // A session elsewhere may be the one that should not be there: with the second factor gone, it ends.
    endUserSessions(tx, actor.id, 'two_factor_reset', ownSession);
    auditRecordChange(tx, actor, {
      action: 'account.two_factor_disable',
      entity: 'user',
      entityId: actor.id,
      extra: { email: actor.email, confirmedWith: factor.kind },
    });
  });
}
