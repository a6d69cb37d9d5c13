import type { Metadata } from 'next';
import { cookies, headers } from 'next/headers';
import { getDb } from '@/db';
import { clientAddress } from '@/lib/auth/client-address';
import { linkQuestions } from '@/lib/patient-links/public';
import { clinicName, clinicPhone } from '@/lib/patient-links/clinic';
import { LINK_COOKIE } from '@/lib/patient-links/cookie';
import { LINK_PROBLEMS } from '@/lib/patient-links/messages';
import { allowLinkRequest } from '@/lib/patient-links/rate-limit';
import { PatientAnswerForm } from '@/components/follow-ups/patient-answer-form';
import { CheckInForm } from '@/components/check-ins/check-in-form';
import { getSettings } from '@/lib/settings';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: { absolute: clinicName() }, robots: { index: false, follow: false }, referrer: 'no-referrer' };
}

/** The questions of the link opened in this browser (public: the link cookie is the only credential). */
export default async function AnswerPage() {
  const token = (await cookies()).get(LINK_COOKIE)?.value;
  const allowed = allowLinkRequest(clientAddress(Object.fromEntries(await headers())));
  const found = !allowed ? ({ status: 'busy' } as const) : token ? linkQuestions(getDb(), token) : ({ status: 'missing' } as const);
  return (
    <main className="patient-main">
      <p className="patient-clinic">{clinicName()}</p>
      {found.status === 'valid' && found.questions.purpose === 'check_in' ? (
        <CheckInForm questions={found.questions} clinicPhone={clinicPhone()} redFlagMessage={getSettings().redFlagMessage} />
      ) : found.status === 'valid' ? (
        <PatientAnswerForm questions={found.questions} clinicPhone={clinicPhone()} />
      ) : (
        <div className="patient-done" data-testid="link-problem">
          <h1 className="patient-problem-title">{LINK_PROBLEMS[found.status].title}</h1>
          <p>{LINK_PROBLEMS[found.status].body}</p>
        </div>
      )}
    </main>
  );
}
