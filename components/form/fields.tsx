'use client';

import { useFormContext } from './action-form';

interface BaseProps {
  name: string;
  label: string;
  help?: string;
  required?: boolean;
}

function FieldMessages({ name, help, error }: { name: string; help?: string; error?: string }) {
  return (
    <>
      {help && (
        <span className="help" id={`${name}-help`}>
          {help}
        </span>
      )}
      <span className="field-error" id={`${name}-error`} aria-live="polite">
        {error}
      </span>
    </>
  );
}

/** Label, control and messages of one form field; the control gets its error state and descriptions. */
function Field({ name, label, help, required, children }: BaseProps & { children: (control: Record<string, unknown>) => React.ReactNode }) {
  const { errors } = useFormContext();
  const error = errors[name];
  const describedBy = [help ? `${name}-help` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={name}>
        {label}
        {required && <span aria-hidden> *</span>}
      </label>
      {children({ id: name, name, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      <FieldMessages name={name} help={help} error={error} />
    </div>
  );
}

export function TextField({
  name,
  label,
  help,
  required,
  type = 'text',
  defaultValue,
  ...rest
}: BaseProps & { type?: string; defaultValue?: string | number | null } & Omit<
    React.InputHTMLAttributes<HTMLInputElement>,
    'defaultValue' | 'name' | 'type'
  >) {
  return (
    <Field name={name} label={label} help={help} required={required}>
      {(control) => <input {...control} type={type} defaultValue={defaultValue ?? undefined} aria-required={required || undefined} {...rest} />}
    </Field>
  );
}

export function TextAreaField({ name, label, help, defaultValue }: BaseProps & { defaultValue?: string | null }) {
  return (
    <Field name={name} label={label} help={help}>
      {(control) => <textarea {...control} defaultValue={defaultValue ?? undefined} />}
    </Field>
  );
}

/** A select; uncontrolled with `defaultValue`, or controlled when `value` is given. */
export function SelectField({
  name,
  label,
  help,
  required,
  options,
  defaultValue,
  value,
  disabled,
  placeholder,
  onChange,
}: BaseProps & {
  options: readonly { value: string; label: string }[];
  defaultValue?: string;
  value?: string;
  disabled?: boolean;
  placeholder?: string;
  onChange?: (value: string) => void;
}) {
  const selected = value === undefined ? { defaultValue: defaultValue ?? '' } : { value };
  return (
    <Field name={name} label={label} help={help} required={required}>
      {(control) => (
        <select {...control} {...selected} disabled={disabled} onChange={onChange ? (e) => onChange(e.target.value) : undefined}>
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
