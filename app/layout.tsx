import type { Metadata, Viewport } from 'next';
import './globals.css';
import './print.css';

export const metadata: Metadata = {
  title: { default: 'ProloTrack', template: '%s · ProloTrack' },
  description: 'Prolotherapy treatment tracking for musculoskeletal clinics',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
