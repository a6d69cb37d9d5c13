'use server';

import { cookies, headers } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { getDb } from '@/db';
import { AppError } from '../errors';
import { clientAddress } from '../auth/client-address';
import { createCheckInLink, createFollowUpLink, createPreSessionLink, type IssuedLink } from '../patient-links/links';
import { submitLinkAnswers } from '../patient-links/public';
import { allowLinkRequest } from '../patient-links/rate-limit';
import { LINK_COOKIE } from '../patient-links/cookie';
import { LINK_PROBLEMS } from '../patient-links/messages';
import type { FormState } from '../validation/form-errors';
import { failureState } from './form-state';

export interface LinkFormState extends FormState {
  link?: IssuedLink;
}

const wantsEmail = (form: FormData) => form.get('email') === 'yes';

function created(link: IssuedLink): LinkFormState {
  return { ok: true, message: link.emailMessage ?? 'Link created.', link };
}

/** Staff: a link for one due follow-up (optionally emailed); the form's `id` is the follow-up's. */
export async function createFollowUpLinkAction(_prev: LinkFormState, form: FormData): Promise<LinkFormState> {
  try {
    const link = await createFollowUpLink(form.get('id'), { email: wantsEmail(form) });
    revalidatePath('/worklist');
    return created(link);
  } catch (error) {
    return failureState(error);
  }
}

/** Staff: a link for today's scores before a session (the form's `id` is the course's); the waiting-room tablet opens it in the same browser. */
export async function createPreSessionLinkAction(_prev: LinkFormState, form: FormData): Promise<LinkFormState> {
  try {
    return created(await createPreSessionLink(form.get('id'), { email: wantsEmail(form) }));
  } catch (error) {
    return failureState(error);
  }
}

/**
 * Staff: a link for the check-in after a session with injections (course page, worklist, right after saving); the
 * form's `id` is the session's.
 */
export async function createCheckInLinkAction(_prev: LinkFormState, form: FormData): Promise<LinkFormState> {
  try {
    const link = await createCheckInLink(form.get('id'), { email: wantsEmail(form) });
    revalidatePath('/worklist');
    return created(link);
  } catch (error) {
    return failureState(error);
  }
}

export interface PatientAnswerState extends FormState {
  /** A check-in answer with a warning sign: the thank-you page tells the patient to call. */
  redFlag?: boolean;
}

/** Patient (no account): the answers to the link held in the link cookie. */
export async function submitPatientAnswersAction(payload: unknown): Promise<PatientAnswerState> {
  try {
    const ip = clientAddress(Object.fromEntries(await headers()));
    if (!allowLinkRequest(ip)) throw new AppError('too_many', LINK_PROBLEMS.busy.title);
    // The cookie stays until it lapses: changing it here would re-render the page over the thank-you.
    const { purpose, redFlag } = submitLinkAnswers(getDb(), (await cookies()).get(LINK_COOKIE)?.value, payload, ip);
    return { ok: true, message: purpose, redFlag };
  } catch (error) {
    return failureState(error);
  }
}
