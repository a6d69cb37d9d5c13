// Stand-in for `@/lib/auth/actor` in data-layer tests: `vi.mock('@/lib/auth/actor', () => import('./support/mock-actor'))`.
import type { Role } from '@/db/schema';
import { AppError } from '@/lib/errors';

export interface Actor {
  id: number;
  role: Role;
  name: string;
  email: string;
}

let current: Actor | null = null;

export function actAs(actor: Actor | null): void {
  current = actor;
}

export async function getActor(): Promise<Actor | null> {
  return current;
}

export async function requireActor(roles?: readonly Role[]): Promise<Actor> {
  if (!current) throw new AppError('unauthenticated');
  if (roles && !roles.includes(current.role)) throw new AppError('forbidden');
  return current;
}
