import 'server-only';
import { and, count, eq, isNull, lt, or } from 'drizzle-orm';
import type { DbOrTx } from '@/db/index';
import { recoveryCodes, twoFactor } from '@/db/schema';
import { openSecret, sealSecret } from './secret-box';
import { hashRecoveryCode, matchTotp, newRecoveryCodes, totpToken } from './two-factor';

/** What is stored for an account's two-factor sign-in: the sealed TOTP secret, the last accepted step, recovery codes. */
const sealContext = (userId: number) => `totp:${userId}`;

export interface TwoFactorStatus {
  enabled: boolean;
  /** Enrolment started (secret shown) but not yet confirmed with a code. */
  pending: boolean;
  recoveryCodesLeft: number;
}

export function twoFactorStatus(db: DbOrTx, userId: number): TwoFactorStatus {
  const row = db.select({ enabledAt: twoFactor.enabledAt }).from(twoFactor).where(eq(twoFactor.userId, userId)).get();
  const left = db
    .select({ n: count() })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)))
    .get()!.n;
  return { enabled: !!row?.enabledAt, pending: !!row && !row.enabledAt, recoveryCodesLeft: row?.enabledAt ? left : 0 };
}

/** The account's TOTP secret in clear (null when none is stored or it cannot be opened) and its last accepted step. */
export function readTotp(db: DbOrTx, userId: number): { secret: string | null; enabled: boolean; lastStep: number | null } | undefined {
  const row = db.select().from(twoFactor).where(eq(twoFactor.userId, userId)).get();
  if (!row) return undefined;
  return { secret: openSecret(row.secret, sealContext(userId)), enabled: !!row.enabledAt, lastStep: row.lastStep };
}

/** Stores a new secret awaiting confirmation, replacing an unconfirmed one. */
export function storePendingSecret(db: DbOrTx, userId: number, secret: string): void {
  const sealed = sealSecret(secret, sealContext(userId));
  db.insert(twoFactor)
    .values({ userId, secret: sealed })
    .onConflictDoUpdate({ target: twoFactor.userId, set: { secret: sealed, lastStep: null, createdAt: new Date().toISOString() } })
    .run();
}

export type SecondFactor = { kind: 'totp'; step: number } | { kind: 'recovery'; id: number };
export type CodeCheck = { ok: true; factor: SecondFactor } | { ok: false; reason: 'bad_code' | 'code_replayed' };

/**
 * Checks a typed code against an account's two-factor: a TOTP code of a step after the last accepted one, or (when
 * `recovery` is allowed) an unused recovery code. Nothing is written: claimSecondFactor does that in the caller's
 * transaction. `pending` checks the secret of an enrolment not yet confirmed.
 */
export async function checkSecondFactor(
  db: DbOrTx,
  userId: number,
  code: string,
  options: { recovery: boolean; pending?: boolean },
): Promise<CodeCheck> {
  const totp = readTotp(db, userId);
  if (!totp?.secret || totp.enabled === !!options.pending) return { ok: false, reason: 'bad_code' };
  if (totpToken(code)) {
    const step = await matchTotp(totp.secret, code);
    if (step == null) return { ok: false, reason: 'bad_code' };
    if (totp.lastStep != null && step <= totp.lastStep) return { ok: false, reason: 'code_replayed' };
    return { ok: true, factor: { kind: 'totp', step } };
  }
  if (!options.recovery) return { ok: false, reason: 'bad_code' };
  const row = db
    .select({ id: recoveryCodes.id, usedAt: recoveryCodes.usedAt })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, hashRecoveryCode(code.slice(0, 64)))))
    .get();
  if (!row) return { ok: false, reason: 'bad_code' };
  if (row.usedAt) return { ok: false, reason: 'code_replayed' };
  return { ok: true, factor: { kind: 'recovery', id: row.id } };
}

/**
 * Uses up a checked code (call inside the transaction that acts on it): remembers the TOTP step, or marks the recovery
 * code used. False when a concurrent request used it first, which then counts as a replay.
 */
export function claimSecondFactor(db: DbOrTx, userId: number, factor: SecondFactor): boolean {
  if (factor.kind === 'recovery') {
    return (
      db
        .update(recoveryCodes)
        .set({ usedAt: new Date().toISOString() })
        .where(and(eq(recoveryCodes.id, factor.id), eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)))
        .run().changes === 1
    );
  }
  return (
    db
      .update(twoFactor)
      .set({ lastStep: factor.step })
      .where(and(eq(twoFactor.userId, userId), or(isNull(twoFactor.lastStep), lt(twoFactor.lastStep, factor.step))))
      .run().changes === 1
  );
}

/** Switches two-factor on (the pending secret was just confirmed) and issues the first recovery codes. */
export function enableTwoFactor(db: DbOrTx, userId: number): string[] {
  db.update(twoFactor).set({ enabledAt: new Date().toISOString() }).where(eq(twoFactor.userId, userId)).run();
  return replaceRecoveryCodes(db, userId);
}

/** Ten new recovery codes, returned in clear once; the previous ones stop working. */
export function replaceRecoveryCodes(db: DbOrTx, userId: number): string[] {
  const { codes, hashes } = newRecoveryCodes();
  db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId)).run();
  db.insert(recoveryCodes)
    .values(hashes.map((codeHash) => ({ userId, codeHash })))
    .run();
  return codes;
}

/** Forgets an account's two-factor (switched off, or reset by an admin); returns whether it was on. */
export function removeTwoFactor(db: DbOrTx, userId: number): boolean {
  const wasEnabled = twoFactorStatus(db, userId).enabled;
  db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId)).run();
  db.delete(twoFactor).where(eq(twoFactor.userId, userId)).run();
  return wasEnabled;
}
