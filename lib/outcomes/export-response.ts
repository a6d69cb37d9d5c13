import 'server-only';
import { getDb } from '@/db';
import { recordAudit } from '@/lib/audit/chain';
import { AppError, isAppError } from '@/lib/errors';
import { assertSameOrigin, errorResponse, readBounded } from '@/lib/http';
import { getActor, requireActor } from '@/lib/auth/actor';
import { exportOutcomesCsv, type ExportKind } from './export';
import { parseOutcomeFilters } from './filters';

const MAX_FILTER_BYTES = 4 * 1024;

/**
 * POST handler body for `/api/exports/<kind>` (filters as a form body; only POST, so no link or image on another
 * site can start an export): CSV for managers and admins, 401/403/422 JSON otherwise.
 */
export async function exportResponse(kind: ExportKind, request: Request): Promise<Response> {
  try {
    // Who is asking comes before anything about the request itself.
    await requireActor(['manager', 'admin']);
    assertSameOrigin(request);
    const { filters, errors } = parseOutcomeFilters(new URLSearchParams(await readBounded(request, MAX_FILTER_BYTES)));
    if (errors.length > 0) throw new AppError('invalid', errors.join(' '));
    const result = await exportOutcomesCsv(kind, filters);
    return new Response(result.csv, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${result.filename}"`,
        'cache-control': 'no-store',
      },
    });
  } catch (error) {
    if (isAppError(error) && error.code === 'forbidden') {
      const actor = await getActor();
      recordAudit(getDb(), { userId: actor?.id, userEmail: actor?.email, action: 'export', entity: kind, outcome: 'denied' });
    }
    return errorResponse(error, 'The export could not be created.');
  }
}
