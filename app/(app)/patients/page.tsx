import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/lib/auth/page-guard';
import { listPatients } from '@/lib/patients';
import { formatDate } from '@/lib/domain/dates';
import { patientName } from '@/lib/domain/patient-name';
import { PageHeader } from '@/components/page-header';
import { EmptyRow } from '@/components/table-cells';
import { Pager } from '@/components/pager';
import { SearchToolbar } from '@/components/search-toolbar';

export const metadata: Metadata = { title: 'Patients' };

type Search = { q?: string; page?: string; sort?: string; archived?: string };

function href(base: Search, patch: Partial<Search>) {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...base, ...patch })) if (v) params.set(k, v);
  const qs = params.toString();
  return qs ? `/patients?${qs}` : '/patients';
}

export default async function PatientsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requirePageActor();
  const search = await searchParams;
  const archived = search.archived === '1';
  const result = await listPatients({ q: search.q, page: Number(search.page) || 1, sort: search.sort, archived });
  const sortLink = (key: string, label: string) => (
    <Link href={href(search, { sort: key, page: undefined })} aria-current={result.sort === key ? 'true' : undefined}>
      {label}
      {result.sort === key ? ' ▾' : ''}
    </Link>
  );
  return (
    <>
      <PageHeader
        title="Patients"
        subtitle={`${result.total} ${archived ? 'archived ' : ''}patient${result.total === 1 ? '' : 's'}${actor.role === 'specialist' ? ' under your care' : ' in the clinic'}`}
        actions={
          actor.role === 'specialist' && (
            <Link className="btn btn-primary" href="/patients/new">
              New patient
            </Link>
          )
        }
      />
      <SearchToolbar
        action="/patients"
        q={result.q}
        keep={{ sort: search.sort, archived: archived ? '1' : undefined }}
        clearHref={href(search, { q: undefined, page: undefined })}
      >
        <Link className="btn btn-sm" href={archived ? '/patients' : '/patients?archived=1'}>
          {archived ? 'Show current patients' : 'Show archived'}
        </Link>
      </SearchToolbar>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th>{sortLink('name', 'Name')}</th>
              <th>{sortLink('mrn', 'MRN')}</th>
              <th>{sortLink('dob', 'Date of birth')}</th>
              {actor.role !== 'specialist' && <th>Specialist</th>}
              <th className="num">Active courses</th>
              <th>{sortLink('recent', 'Last session')}</th>
            </tr>
          </thead>
          <tbody>
            {result.rows.length === 0 && (
              <EmptyRow colSpan={6}>
                {result.q
                  ? 'No patient matches this search.'
                  : actor.role === 'specialist'
                    ? 'No patients yet — add the first one with “New patient”.'
                    : 'No patients yet.'}
              </EmptyRow>
            )}
            {result.rows.map((p) => (
              <tr key={p.id} data-testid="patient-row">
                <td>
                  <Link href={`/patients/${p.id}`}>{patientName(p, 'family-first')}</Link>
                </td>
                <td className="tabular">{p.mrn}</td>
                <td className="tabular">{formatDate(p.dateOfBirth)}</td>
                {actor.role !== 'specialist' && <td>{p.specialistName}</td>}
                <td className="num">{p.activeCourses}</td>
                <td className="tabular">{formatDate(p.lastSession)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {result.pages > 1 && <Pager page={result.page} pages={result.pages} hrefFor={(page) => href(search, { page: String(page) })} />}
    </>
  );
}
