'use client';

import { useState } from 'react';
import { formatDate } from '@/lib/domain/dates';
import type { IssuedLink } from '@/lib/patient-links/links';

/** A new link as a QR code and as text to copy or print. The token is shown this once: it is not stored. */
export function LinkCard({ link }: { link: IssuedLink }) {
  const [copied, setCopied] = useState(false);
  const print = () => {
    document.body.classList.add('printing-link');
    window.print();
    document.body.classList.remove('printing-link');
  };
  return (
    <div className="link-card" data-testid="link-card">
      {/* eslint-disable-next-line @next/next/no-img-element -- a data URL rendered on the server */}
      <img src={link.qr} alt="QR code of the link for the patient" width={168} height={168} />
      <div className="link-card-text">
        <label className="small muted" htmlFor="patient-link-url">
          Link for the patient (works once, until {formatDate(link.expiresAt.slice(0, 10))})
        </label>
        <input id="patient-link-url" type="text" readOnly value={link.url} data-testid="patient-link-url" onFocus={(e) => e.currentTarget.select()} />
        <div className="toolbar link-card-actions">
          <button
            type="button"
            className="btn btn-sm"
            onClick={async () => {
              await navigator.clipboard?.writeText(link.url).catch(() => undefined);
              setCopied(true);
            }}
          >
            {copied ? 'Copied' : 'Copy link'}
          </button>
          <button type="button" className="btn btn-sm" onClick={print}>
            Print
          </button>
        </div>
        <p className="small muted link-card-note">This link is shown only now. Creating another one replaces it.</p>
      </div>
    </div>
  );
}
