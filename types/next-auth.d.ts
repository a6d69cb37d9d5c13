import type { Role } from '@/db/schema';

declare module 'next-auth' {
  interface Session {
    user: { id: number; role: Role; name: string; email: string };
  }
  interface User {
    id: string;
    role: Role;
    name: string;
    email: string;
    /** Set by authorize(): the server-side session this sign-in started (see lib/auth/sessions.ts). */
    sid?: string;
    cv?: string;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    uid?: number;
    role?: Role;
    authTime?: number;
    /** Fingerprint of the password hash at sign-in. */
    cv?: string;
    /** Random id of the server-side session (auth_sessions stores its hash). */
    sid?: string;
    lastSeen?: number;
    revoked?: boolean;
  }
}
