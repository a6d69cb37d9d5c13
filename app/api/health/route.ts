import { getDb } from '@/db';

export const dynamic = 'force-dynamic';

/** Liveness and database readiness; reveals nothing about patients. */
export function GET() {
  try {
    getDb().$client.prepare('select 1').get();
    return Response.json({ status: 'ok' });
  } catch {
    return Response.json({ status: 'unavailable' }, { status: 503 });
  }
}
