// Times server renders of a page for a signed-in user: node scripts/measure-page.mjs <baseUrl> <email> <path> [runs]
const [base = 'http://localhost:3100', email = 'manager@prolotrack.test', path = '/outcomes', runs = '20'] = process.argv.slice(2);
const password = process.env.DEMO_PASSWORD || 'demo-password-2026';

const jar = new Map();
const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
function keep(res) {
  for (const c of res.headers.getSetCookie()) {
    const [pair] = c.split(';');
    const i = pair.indexOf('=');
    jar.set(pair.slice(0, i), pair.slice(i + 1));
  }
}

const csrfRes = await fetch(`${base}/api/auth/csrf`);
keep(csrfRes);
const { csrfToken } = await csrfRes.json();
const login = await fetch(`${base}/api/auth/callback/credentials`, {
  method: 'POST',
  redirect: 'manual',
  headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookieHeader() },
  body: new URLSearchParams({ csrfToken, email, password, json: 'true' }),
});
keep(login);
if (![...jar.keys()].some((k) => k.includes('session-token'))) throw new Error('sign-in failed');

const times = [];
for (let i = 0; i < Number(runs) + 1; i++) {
  const start = performance.now();
  const res = await fetch(`${base}${path}`, { headers: { cookie: cookieHeader() }, redirect: 'manual' });
  const html = await res.text();
  if (res.status !== 200 || !html.includes('Outcomes')) throw new Error(`unexpected ${res.status}`);
  if (i > 0) times.push(performance.now() - start); // the first request warms up the server
}
times.sort((a, b) => a - b);
const pct = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(1);
console.log(`${path} as ${email}: ${times.length} runs, median ${pct(0.5)} ms, p90 ${pct(0.9)} ms, max ${pct(1)} ms`);
