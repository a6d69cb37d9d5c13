import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { users, type Role } from '@/db/schema';
import { recordAudit } from './audit';
import { dummyPasswordHash, verifyPassword } from './password';

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;
export const IDLE_TIMEOUT_SECONDS = 30 * 60;

interface AccountState {
  id: number;
  role: Role;
  active: boolean;
}

function loadAccount(id: number): AccountState | undefined {
  return getDb()
    .select({ id: users.id, role: users.role, active: users.active })
    .from(users)
    .where(eq(users.id, id))
    .get();
}

function clientIp(headers: Record<string, unknown> | undefined): string | null {
  const forwarded = headers?.['x-forwarded-for'];
  if (typeof forwarded === 'string' && forwarded) return forwarded.split(',')[0].trim();
  return null;
}

async function authorize(credentials: Record<string, string> | undefined, ip: string | null) {
  const email = String(credentials?.email ?? '').trim().toLowerCase().slice(0, 254);
  const password = String(credentials?.password ?? '').slice(0, 1024);
  const db = getDb();
  const user = email
    ? db.select().from(users).where(eq(users.email, email)).get()
    : undefined;
  // Verify against a dummy hash for unknown accounts so response time does not reveal them.
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !ok || !user.active) {
    recordAudit(db, {
      userId: user?.id ?? null,
      userEmail: email || null,
      action: 'login',
      outcome: 'failure',
      details: { reason: !user ? 'unknown_account' : !ok ? 'bad_password' : 'inactive' },
      ip,
    });
    return null;
  }
  recordAudit(db, { userId: user.id, userEmail: user.email, action: 'login', outcome: 'success', ip });
  return { id: String(user.id), name: user.name, email: user.email, role: user.role };
}

export const authOptions: NextAuthOptions = {
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 60 },
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: '/login' },
  providers: [
    CredentialsProvider({
      name: 'Email and password',
      credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
      authorize: (credentials, req) => authorize(credentials, clientIp(req?.headers)),
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      const nowSeconds = Math.floor(Date.now() / 1000);
      if (user) {
        token.uid = Number(user.id);
        token.role = user.role;
        token.lastSeen = nowSeconds;
        return token;
      }
      const idle = token.lastSeen != null && nowSeconds - token.lastSeen > IDLE_TIMEOUT_SECONDS;
      const account = token.uid != null ? loadAccount(token.uid) : undefined;
      if (idle || !account || !account.active) {
        token.revoked = true;
        return token;
      }
      token.role = account.role;
      token.lastSeen = nowSeconds;
      return token;
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
