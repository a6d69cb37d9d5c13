'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { isAppError } from '@/lib/errors';
import { requireActor } from '@/lib/auth/actor';
import { changeRole, createStaff, resetPassword, setActive } from '@/lib/staff';
import { changeRoleSchema, createStaffSchema, setActiveSchema, staffIdSchema } from '@/lib/validation/staff';

export interface StaffFormState {
  errors?: Record<string, string[] | undefined>;
  message?: string;
  ok?: string;
  /** A generated password, shown once. */
  password?: string;
  values?: Record<string, string>;
}

const text = (form: FormData, key: string) => {
  const value = form.get(key);
  return typeof value === 'string' ? value : '';
};

/** Runs an admin-only change: re-checks the role, maps expected failures to a message, hides the rest. */
async function asAdmin(run: () => Promise<StaffFormState>, values?: Record<string, string>): Promise<StaffFormState> {
  try {
    await requireActor(['admin']);
    const result = await run();
    revalidatePath('/staff', 'layout');
    return result;
  } catch (error) {
    if (isAppError(error)) return { message: error.message, values };
    console.error('[staff] action failed', error instanceof Error ? error.name : 'unknown');
    return { message: 'The change could not be saved. Try again.', values };
  }
}

export async function createStaffAction(_prev: StaffFormState, form: FormData): Promise<StaffFormState> {
  const values = { name: text(form, 'name'), email: text(form, 'email'), role: text(form, 'role') };
  return asAdmin(async () => {
    const parsed = createStaffSchema.safeParse(values);
    if (!parsed.success) {
      return { errors: z.flattenError(parsed.error).fieldErrors, message: 'Some fields need attention.', values };
    }
    try {
      const { password } = await createStaff(parsed.data);
      return { ok: `Account created for ${parsed.data.name} (${parsed.data.email}).`, password };
    } catch (error) {
      if (isAppError(error) && error.code === 'conflict') return { errors: { email: [error.message] }, values };
      throw error;
    }
  }, values);
}

export async function changeRoleAction(_prev: StaffFormState, form: FormData): Promise<StaffFormState> {
  const values = { id: text(form, 'id'), role: text(form, 'role') };
  return asAdmin(async () => {
    const parsed = changeRoleSchema.safeParse(values);
    if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, values };
    await changeRole(parsed.data);
    return { ok: `Role changed to ${parsed.data.role}.`, values };
  }, values);
}

export async function setActiveAction(_prev: StaffFormState, form: FormData): Promise<StaffFormState> {
  const values = { id: text(form, 'id'), active: text(form, 'active') };
  return asAdmin(async () => {
    const parsed = setActiveSchema.safeParse(values);
    if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors };
    await setActive(parsed.data);
    return { ok: parsed.data.active ? 'Account reactivated.' : 'Account deactivated. Their records keep their name.' };
  }, values);
}

export async function resetPasswordAction(_prev: StaffFormState, form: FormData): Promise<StaffFormState> {
  return asAdmin(async () => {
    const parsed = staffIdSchema.safeParse(text(form, 'id'));
    if (!parsed.success) return { message: 'Unknown account.' };
    const { password } = await resetPassword(parsed.data);
    return { ok: 'Password reset. Their signed-in sessions have ended.', password };
  });
}
