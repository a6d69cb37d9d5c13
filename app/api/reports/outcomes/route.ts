import { errorResponse } from '@/lib/http';
import { requireActor } from '@/lib/auth/actor';
import { parseOutcomeFilters } from '@/lib/outcomes/filters';
import { createOutcomesReport } from '@/lib/reports/outcomes-report';
import { pdfHeaders } from '@/lib/reports/render-pdf';

export const dynamic = 'force-dynamic';

/** The outcomes report PDF for the filters in the query string (managers and admins). */
export async function GET(request: Request) {
  try {
    // Who is asking comes before anything about the request itself.
    await requireActor(['manager', 'admin']);
    const { filters, errors } = parseOutcomeFilters(new URL(request.url).searchParams);
    if (errors.length > 0) return Response.json({ error: errors.join(' ') }, { status: 422 });
    const { pdf, sha256, filename } = await createOutcomesReport(filters);
    return new Response(new Uint8Array(pdf), { headers: pdfHeaders(filename, sha256) });
  } catch (error) {
    return errorResponse(error);
  }
}
