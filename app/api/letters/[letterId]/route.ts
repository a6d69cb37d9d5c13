import { errorResponse } from '@/lib/http';
import { getLetterFile } from '@/lib/reports/letters';
import { pdfHeaders } from '@/lib/reports/render-pdf';

export const dynamic = 'force-dynamic';

/** A progress letter's PDF exactly as it was sent, for everyone who may read its course. */
export async function GET(_request: Request, { params }: { params: Promise<{ letterId: string }> }) {
  try {
    const { pdf, sha256, filename } = await getLetterFile((await params).letterId);
    return new Response(new Uint8Array(pdf), { headers: pdfHeaders(filename, sha256) });
  } catch (error) {
    return errorResponse(error);
  }
}
