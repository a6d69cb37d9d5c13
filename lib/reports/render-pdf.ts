import 'server-only';
import { createHash } from 'node:crypto';
import type { ReactElement } from 'react';
import { renderToBuffer, type DocumentProps } from '@react-pdf/renderer';
import { registerPdfFonts } from '@/components/reports/pdf/fonts';

/** Renders a react-pdf document to PDF bytes on the server. */
export async function renderPdf(document: ReactElement): Promise<Buffer> {
  registerPdfFonts();
  return renderToBuffer(document as ReactElement<DocumentProps>);
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Headers for a PDF download: not cached, with the digest of exactly the bytes sent (RFC 9530). */
export function pdfHeaders(filename: string, sha256: string): HeadersInit {
  return {
    'content-type': 'application/pdf',
    'content-disposition': `attachment; filename="${filename}"`,
    'cache-control': 'no-store',
    'repr-digest': `sha-256=:${Buffer.from(sha256, 'hex').toString('base64')}:`,
  };
}
