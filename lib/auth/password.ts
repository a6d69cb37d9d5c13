import { randomInt } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { hash, verify } from '@node-rs/argon2';
import { createGate, type Gate } from './hash-gate';

/** OWASP password storage guidance for argon2id: m = 19 MiB, t = 2, p = 1 (minimums). */
export const ARGON2_PARAMS = {
  algorithm: 2, // Argon2id
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
} as const;

/**
 * Each hash takes tens of milliseconds of CPU and 19 MiB: at most two run at once (one on a two-core machine, so a
 * core stays free for everything else) and a few more wait; beyond that hashing is refused (AppError 'too_many')
 * rather than queued, so a flood of sign-ins cannot starve other requests.
 */
export const HASHING_LIMITS = { concurrent: Math.max(1, Math.min(2, availableParallelism() - 1)), queued: 16 } as const;

const globalForHashing = globalThis as unknown as { prolotrackHashingGate?: Gate };
export const hashingGate: Gate = (globalForHashing.prolotrackHashingGate ??= createGate(HASHING_LIMITS.concurrent, HASHING_LIMITS.queued));

export function hashPassword(password: string): Promise<string> {
  return hashingGate.run(() => hash(password, ARGON2_PARAMS));
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return hashingGate.run(async () => {
    try {
      return await verify(passwordHash, password);
    } catch {
      return false;
    }
  });
}

/** A fixed hash to verify against when the account does not exist, so timing does not reveal it. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hash('not-a-real-account-password', ARGON2_PARAMS);
  return dummyHash;
}

const PASSWORD_ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A random initial password: four groups of five from 55 unambiguous characters (about 115 bits). */
export function generatePassword(): string {
  const groups: string[] = [];
  for (let g = 0; g < 4; g++) {
    let group = '';
    for (let i = 0; i < 5; i++) group += PASSWORD_ALPHABET[randomInt(PASSWORD_ALPHABET.length)];
    groups.push(group);
  }
  return groups.join('-');
}
