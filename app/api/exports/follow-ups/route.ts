import { exportResponse } from '@/lib/outcomes/export-response';

export const dynamic = 'force-dynamic';

/** De-identified CSV of the cohort's follow-ups, without the patients' comments (managers and admins). */
export function GET(request: Request) {
  return exportResponse('follow-ups', request);
}
