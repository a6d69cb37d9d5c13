import type { AuditFilters } from '@/lib/audit/queries';
import { DateRangeFields, FilterForm } from './form/filter-form';
import { SelectField, TextField } from './form/fields';

interface Props {
  filters: AuditFilters;
  staff: { id: number; name: string; email: string }[];
  actions: string[];
}

/** Who did what, to which patient, when. */
export function AuditFilterForm({ filters, staff, actions }: Props) {
  return (
    <FilterForm action="/audit" label="Filter audit events" submitLabel="Apply filters">
      <SelectField
        name="user"
        label="User"
        placeholder="Anyone"
        defaultValue={filters.user != null ? String(filters.user) : ''}
        options={staff.map((s) => ({ value: String(s.id), label: `${s.name} (${s.email})` }))}
      />
      <TextField name="patient" label="Patient" placeholder="MRN" defaultValue={filters.patient} />
      <SelectField
        name="action"
        label="Action"
        placeholder="Any action"
        defaultValue={filters.action ?? ''}
        options={actions.map((a) => ({ value: a, label: a }))}
      />
      <DateRangeFields from={filters.from} to={filters.to} />
    </FilterForm>
  );
}
