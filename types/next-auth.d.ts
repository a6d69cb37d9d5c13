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
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    uid?: number;
    role?: Role;
    authTime?: number;
    /** Fingerprint of the password hash at sign-in. */
    cv?: string;
    lastSeen?: number;
    revoked?: boolean;
  }
}
