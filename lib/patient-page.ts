import 'server-only';
import type { Role } from '@/db/schema';
import { requirePageActor } from './auth/page-guard';
import { pageData } from './page-data';
import { getPatient } from './patients';

/** The signed-in user and the patient a page under /patients/[patientId] shows (the page's role check first). */
export async function patientForPage(params: Promise<{ patientId: string }>, roles?: readonly Role[]) {
  const actor = await requirePageActor(roles);
  const { patientId } = await params;
  const patient = await pageData(() => getPatient(patientId));
  return { actor, patient };
}
