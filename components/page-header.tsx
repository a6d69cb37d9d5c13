import Link from 'next/link';

interface Crumb {
  href?: string;
  label: string;
}

/** Patients › the patient › …: the trail of every page that belongs to one patient. */
export function patientCrumbs(patient: { id: number }, name: string, ...rest: Crumb[]): Crumb[] {
  return [{ href: '/patients', label: 'Patients' }, { href: `/patients/${patient.id}`, label: name }, ...rest];
}

export function PageHeader({
  title,
  subtitle,
  crumbs,
  actions,
}: {
  title: string;
  subtitle?: React.ReactNode;
  crumbs?: Crumb[];
  actions?: React.ReactNode;
}) {
  return (
    <header className="page-header">
      <div>
        {crumbs && crumbs.length > 0 && (
          <nav aria-label="Breadcrumb" className="breadcrumbs">
            {crumbs.map((c, i) => (
              <span key={i}>
                {i > 0 && ' › '}
                {c.href ? <Link href={c.href}>{c.label}</Link> : c.label}
              </span>
            ))}
          </nav>
        )}
        <h1>{title}</h1>
        {subtitle && <div className="subtitle">{subtitle}</div>}
      </div>
      {actions && <div className="toolbar toolbar-flush">{actions}</div>}
    </header>
  );
}
