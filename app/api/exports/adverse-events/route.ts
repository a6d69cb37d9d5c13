import { exportResponse } from '@/lib/outcomes/export-response';

export const dynamic = 'force-dynamic';

/** De-identified CSV of adverse events (coded fields only) for the filters in the form body (managers and admins). Any other method answers 405. */
export function POST(request: Request) {
  return exportResponse('adverse-events', request);
}
