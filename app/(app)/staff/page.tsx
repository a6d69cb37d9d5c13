import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/page-guard';
import { listStaff } from '@/lib/staff';
import { formatDate } from '@/lib/dates';
import { PageHeader } from '@/components/page-header';

export const metadata: Metadata = { title: 'Staff' };

export default async function StaffPage() {
  await requirePageActor(['admin']);
  const staff = await listStaff();
  return (
    <>
      <PageHeader title="Staff accounts" subtitle={`${staff.length} accounts`} />
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
              <tr key={u.id}>
                <td>{u.name}</td>
                <td>{u.email}</td>
                <td style={{ textTransform: 'capitalize' }}>{u.role}</td>
                <td>{u.active ? <span className="badge badge-green">Active</span> : <span className="badge">Deactivated</span>}</td>
                <td className="num">{formatDate(u.createdAt.slice(0, 10))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
