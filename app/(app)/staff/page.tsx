import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/lib/auth/page-guard';
import { listStaff } from '@/lib/staff';
import { formatDate } from '@/lib/domain/dates';
import { PageHeader } from '@/components/page-header';
import { StaffCreateForm } from '@/components/staff/staff-create-form';

export const metadata: Metadata = { title: 'Staff' };

export default async function StaffPage() {
  await requirePageActor(['admin']);
  const staff = await listStaff();
  const active = staff.filter((u) => u.active).length;
  return (
    <>
      <PageHeader title="Staff accounts" subtitle={`${active} active · ${staff.length - active} deactivated`} />
      <div className="staff-layout">
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th>Name</th>
                <th>Email</th>
                <th>Role</th>
                <th>Status</th>
                <th>Created</th>
              </tr>
            </thead>
            <tbody>
              {staff.map((u) => (
                <tr key={u.id} data-testid="staff-row">
                  <td>
                    <Link href={`/staff/${u.id}`}>{u.name}</Link>
                  </td>
                  <td>{u.email}</td>
                  <td className="capitalize">{u.role}</td>
                  <td>{u.active ? <span className="badge badge-green">Active</span> : <span className="badge">Deactivated</span>}</td>
                  <td className="num nowrap">{formatDate(u.createdAt.slice(0, 10))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <StaffCreateForm />
      </div>
    </>
  );
}
