import { exportResponse } from '@/lib/outcomes/export-response';

export const dynamic = 'force-dynamic';

/** De-identified CSV of courses for the filters in the query string (managers and admins). */
export function GET(request: Request) {
  return exportResponse('courses', request);
}
