import { exportResponse } from '@/lib/outcomes/export-response';

export const dynamic = 'force-dynamic';

/** De-identified CSV of the cohort's follow-ups for the filters in the form body, without the patients' comments (managers and admins). Any other method answers 405. */
export function POST(request: Request) {
  return exportResponse('follow-ups', request);
}
