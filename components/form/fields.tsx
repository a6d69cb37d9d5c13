'use client';

import { useFormContext } from './action-form';

interface BaseProps {
  name: string;
  label: string;
  help?: string;
  required?: boolean;
}

function describedBy(name: string, help?: string, error?: string) {
  return [help ? `${name}-help` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ') || undefined;
}

export function FieldMessages({ name, help, error }: { name: string; help?: string; error?: string }) {
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

export function TextField({
  name,
  label,
  help,
  required,
  type = 'text',
  defaultValue,
  ...rest
}: BaseProps & { type?: string; defaultValue?: string | number | null } & Omit<React.InputHTMLAttributes<HTMLInputElement>, 'defaultValue' | 'name' | 'type'>) {
  const { errors } = useFormContext();
  const error = errors[name];
  return (
    <div className="field">
      <label htmlFor={name}>
        {label}
        {required && <span aria-hidden> *</span>}
      </label>
      <input
        id={name}
        name={name}
        type={type}
        defaultValue={defaultValue ?? undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, help, error)}
        aria-required={required || undefined}
        {...rest}
      />
      <FieldMessages name={name} help={help} error={error} />
    </div>
  );
}

export function TextAreaField({ name, label, help, defaultValue }: BaseProps & { defaultValue?: string | null }) {
  const { errors } = useFormContext();
  const error = errors[name];
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      <textarea
        id={name}
        name={name}
        defaultValue={defaultValue ?? undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, help, error)}
      />
      <FieldMessages name={name} help={help} error={error} />
    </div>
  );
}

export function SelectField({
  name,
  label,
  help,
  required,
  options,
  defaultValue,
  placeholder,
  onChange,
}: BaseProps & {
  options: readonly { value: string; label: string }[];
  defaultValue?: string;
  placeholder?: string;
  onChange?: (value: string) => void;
}) {
  const { errors } = useFormContext();
  const error = errors[name];
  return (
    <div className="field">
      <label htmlFor={name}>
        {label}
        {required && <span aria-hidden> *</span>}
      </label>
      <select
        id={name}
        name={name}
        defaultValue={defaultValue ?? ''}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, help, error)}
        onChange={onChange ? (e) => onChange(e.target.value) : undefined}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldMessages name={name} help={help} error={error} />
    </div>
  );
}
