import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { getDb } from '@/db/index';
import { recordAudit } from '../audit/chain';
import { clientAddress } from './client-address';
import { authenticate } from './login';
import { endSession, sessionAccount } from './sessions';
import { SESSION_MAX_AGE_SECONDS, nowInSeconds } from './sign-in-policy';

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
      credentials: {
        email: { label: 'Email', type: 'email' },
        password: { label: 'Password', type: 'password' },
        code: { label: 'Authentication code', type: 'text' },
      },
      authorize: (credentials, req) => authenticate(credentials, clientAddress(req?.headers)),
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      const now = nowInSeconds();
      if (user) {
        // authorize() started the server-side session in the transaction that recorded the sign-in.
        if (!user.sid) return { ...token, revoked: true };
        return { ...token, uid: Number(user.id), role: user.role, sid: user.sid, cv: user.cv, authTime: now, lastSeen: now };
      }
      const account = sessionAccount(token, now);
      if (!account) return { ...token, revoked: true };
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
      if (token?.uid == null) return;
      const db = getDb();
      db.transaction(
        () => {
          endSession(db, token, 'sign_out');
          recordAudit(db, { userId: token.uid, action: 'logout', outcome: 'success' });
        },
        { behavior: 'immediate' },
      );
    },
  },
};
