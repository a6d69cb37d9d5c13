import { COURSE_STATUSES } from '@/db/schema';
import { CONDITIONS } from '@/lib/domain/conditions';
import type { OutcomeFilters } from '@/lib/outcomes/filters';
import type { SpecialistOption } from '@/lib/outcomes/options';
import { DateRangeFields, FilterForm } from '@/components/form/filter-form';
import { SelectField } from '@/components/form/fields';

const STATUS_LABELS: Record<(typeof COURSE_STATUSES)[number], string> = {
  active: 'Active',
  completed: 'Completed',
  discontinued: 'Discontinued',
};

/** The outcome filters: period, condition, specialist (managers and admins), course status. */
export function FiltersForm({
  action,
  filters,
  specialists,
  showSpecialist,
  showDates = true,
}: {
  action: string;
  filters: OutcomeFilters;
  specialists: SpecialistOption[];
  showSpecialist: boolean;
  showDates?: boolean;
}) {
  return (
    <FilterForm action={action} label="Filters">
      {showDates && <DateRangeFields from={filters.from} to={filters.to} />}
      <SelectField
        name="condition"
        label="Condition"
        placeholder="All conditions"
        defaultValue={filters.condition ?? ''}
        options={CONDITIONS.map((c) => ({ value: c.code, label: c.label }))}
      />
      {showSpecialist && (
        <SelectField
          name="specialist"
          label="Specialist"
          placeholder="All specialists"
          defaultValue={filters.specialist ? String(filters.specialist) : ''}
          options={specialists.map((s) => ({ value: String(s.id), label: s.name }))}
        />
      )}
      <SelectField
        name="status"
        label="Course status"
        placeholder="Any status"
        defaultValue={filters.status ?? ''}
        options={COURSE_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
      />
    </FilterForm>
  );
}
