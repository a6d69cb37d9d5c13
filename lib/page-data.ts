import 'server-only';
import { forbidden, notFound, redirect } from 'next/navigation';
import { isAppError } from './errors';

/** Runs a data-layer read for a page, turning 401/403/404 into the matching Next.js response. */
export async function pageData<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (isAppError(error)) {
      if (error.status === 404) notFound();
      if (error.status === 403) forbidden();
      if (error.status === 401) redirect('/login');
    }
    throw error;
  }
}
