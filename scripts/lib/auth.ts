// Signs in through next-auth's credentials endpoint and returns the Cookie header for later requests.
export const DEMO_PASSWORD = 'demo-password-2026';

function cookiesOf(res: Response): string[] {
  return res.headers.getSetCookie().map((c) => c.split(';')[0]);
}

export async function signIn(baseUrl: string, email: string, password = DEMO_PASSWORD): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.join('; ') },
    body: new URLSearchParams({ csrfToken, email, password, json: 'true' }),
  });
  const session = cookiesOf(res).find((c) => c.startsWith('next-auth.session-token='));
  if (!session) throw new Error(`Sign-in as ${email} failed (HTTP ${res.status}).`);
  return session;
}
