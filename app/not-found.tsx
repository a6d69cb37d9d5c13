import Link from 'next/link';
import { connection } from 'next/server';

// Rendered per request so its scripts carry the CSP nonce (a prerendered page would have none).
export default async function NotFound() {
  await connection();
  return (
    <div className="login-page">
      <div className="login-card">
        <h1>Not found</h1>
        <p className="muted">This page does not exist, or you do not have access to it.</p>
        <Link className="btn btn-primary" href="/">
          Back to my home page
        </Link>
      </div>
    </div>
  );
}
