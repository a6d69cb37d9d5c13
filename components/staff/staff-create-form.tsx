'use client';

import { createStaffAction } from '@/lib/actions/staff-actions';
import { ActionForm } from '../form/action-form';
import { SelectField, TextField } from '../form/fields';
import { ROLE_OPTIONS } from './role-options';

export function StaffCreateForm() {
  return (
    <section className="card" aria-labelledby="create-staff-title">
      <h2 id="create-staff-title" className="section-title">
        Add a staff member
      </h2>
      <ActionForm action={createStaffAction} submitLabel="Create account" resetOnSuccess>
        <TextField name="name" label="Full name" required autoComplete="off" />
        <TextField name="email" label="Work email" type="email" required autoComplete="off" />
        <SelectField name="role" label="Role" required options={ROLE_OPTIONS} defaultValue="specialist" />
      </ActionForm>
    </section>
  );
}
