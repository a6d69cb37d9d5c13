// Stands in for lib/session.ts in the benchmark: the actor is whoever the benchmark says.
import { AppError } from '../../lib/errors';
import type { Role } from '../../db/schema';

export interface Actor {
  id: number;
  role: Role;
  name: string;
  email: string;
}

let current: Actor | null = null;

export function benchAs(actor: Actor | null): void {
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
