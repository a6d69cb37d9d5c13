import Link from 'next/link';

export default function NotFound() {
  return (
    <main className="login-page">
      <div className="login-card">
        <h1>Not found</h1>
        <p className="muted">This page does not exist, or you do not have access to it.</p>
        <Link className="btn btn-primary" href="/">
          Back to my home page
        </Link>
      </div>
    </main>
  );
}
