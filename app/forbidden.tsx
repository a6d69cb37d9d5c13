import Link from 'next/link';

export default function Forbidden() {
  return (
    <div className="login-page">
      <div className="login-card">
        <h1>No access</h1>
        <p className="muted">Your role does not give you access to this page. If you need it, ask a clinic admin.</p>
        <Link className="btn btn-primary" href="/">
          Back to my home page
        </Link>
      </div>
    </div>
  );
}
