import { createHash } from 'node:crypto';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/index';
import { users } from '@/db/schema';
import { recordAudit } from '../audit/chain';
import { authenticate, clientAddress } from './login';
import { SESSION_MAX_AGE_SECONDS, nowInSeconds, sessionVerdict } from './sign-in-policy';

/** Changes whenever the password does, so a reset ends the account's other sessions. */
function credentialVersion(passwordHash: string): string {
  return createHash('sha256').update(passwordHash).digest('base64url').slice(0, 16);
}

function accountState(id: number) {
  const account = getDb()
    .select({ role: users.role, active: users.active, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, id))
    .get();
  return account?.active ? { role: account.role, cv: credentialVersion(account.passwordHash) } : undefined;
}

/** Logs the error code and message only: never tokens, cookies or request bodies. */
function safeMessage(metadata: unknown): string {
  const error = metadata instanceof Error ? metadata : (metadata as { error?: unknown })?.error;
  return error instanceof Error ? error.message.slice(0, 200) : '';
}

export const authOptions: NextAuthOptions = {
  // Cookies keep next-auth's defaults: HttpOnly, SameSite=Lax, path /, and Secure with the __Secure- prefix
  // whenever NEXTAUTH_URL is https (tests/e2e/security.spec.ts checks HttpOnly and SameSite).
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 60 },
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: '/login' },
  logger: {
    error: (code, metadata) => console.error(`[auth] ${code}`, safeMessage(metadata)),
    warn: (code) => console.warn(`[auth] ${code}`),
    debug: () => {},
  },
  providers: [
    CredentialsProvider({
      name: 'Email and password',
      credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
      authorize: (credentials, req) => authenticate(credentials, clientAddress(req?.headers)),
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      const now = nowInSeconds();
      if (user) {
        const cv = accountState(Number(user.id))?.cv;
        return { ...token, uid: Number(user.id), role: user.role, cv, authTime: now, lastSeen: now };
      }
      const account = token.uid != null && !token.revoked ? accountState(token.uid) : undefined;
      if (!account || account.cv !== token.cv || sessionVerdict(token, now) !== 'ok') return { ...token, revoked: true };
      return { ...token, role: account.role, lastSeen: now };
    },
    async session({ session, token }) {
      if (token.revoked || token.uid == null || !token.role) {
        return { ...session, user: undefined } as unknown as typeof session;
      }
      session.user = {
        id: token.uid,
        role: token.role,
        name: session.user?.name ?? '',
        email: session.user?.email ?? '',
      };
      return session;
    },
  },
  events: {
    async signOut({ token }) {
      if (token?.uid != null) {
        recordAudit(getDb(), { userId: token.uid, action: 'logout', outcome: 'success' });
      }
    },
  },
};
