import type { Actor } from '@/lib/session';
import { AppError } from '@/lib/errors';

/** The user the mocked `@/lib/session` reports; set it per test. */
export const currentActor: { value: Actor | null } = { value: null };

export function actAs(actor: Actor | null) {
  currentActor.value = actor;
}

/** Factory for `vi.mock('@/lib/session', sessionMock)`. */
export const sessionMock = () => ({
  getActor: async () => currentActor.value,
  requireActor: async (roles?: readonly Actor['role'][]) => {
    const actor = currentActor.value;
    if (!actor) throw new AppError('unauthenticated');
    if (roles && !roles.includes(actor.role)) throw new AppError('forbidden');
    return actor;
  },
});
