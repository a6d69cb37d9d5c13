/** Session lifetime rules shared by next-auth's callbacks and the proxy (no database, no framework imports). */
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;
export const IDLE_TIMEOUT_SECONDS = 30 * 60;
/** The proxy rewrites the session cookie at most this often to record activity. */
export const ACTIVITY_REFRESH_SECONDS = 60;

export interface SessionTimes {
  authTime?: number;
  lastSeen?: number;
}

export type SessionVerdict = 'ok' | 'idle' | 'expired';

/** Idle sign-out after 30 minutes without a request; absolute sign-out 12 hours after sign-in. */
export function sessionVerdict(token: SessionTimes, nowSeconds: number): SessionVerdict {
  if (token.authTime == null || nowSeconds - token.authTime > SESSION_MAX_AGE_SECONDS) return 'expired';
  if (token.lastSeen == null || nowSeconds - token.lastSeen > IDLE_TIMEOUT_SECONDS) return 'idle';
  return 'ok';
}

export function nowInSeconds(): number {
  return Math.floor(Date.now() / 1000);
}
