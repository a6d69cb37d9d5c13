import { clinicName } from './clinic';
import { LINK_PROBLEMS, type LinkProblem } from './messages';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The plain page a refused link answers with (410, 404 or 429): the clinic's name and what to do, nothing else. */
export function problemResponse(kind: Exclude<LinkProblem, 'missing'>): Response {
  const { status, title, body } = LINK_PROBLEMS[kind];
  const clinic = escape(clinicName());
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${clinic}</title><style>
body{margin:0;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;font-size:18px;line-height:1.5;color:#1c2330;background:#f6f7f9}
main{max-width:560px;margin:0 auto;padding:32px 20px}.clinic{font-weight:700;color:#0f6e8c;margin:0 0 24px}
h1{font-size:1.5rem;line-height:1.3;margin:0 0 12px}p{margin:0}
</style></head><body><main><p class="clinic">${clinic}</p><h1>${escape(title)}</h1><p>${escape(body)}</p></main></body></html>`;
  return new Response(html, {
    status,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' },
  });
}
