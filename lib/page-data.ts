import 'server-only';
import { forbidden, notFound, redirect, unstable_rethrow } from 'next/navigation';
import { isAppError, logUnexpected } from './errors';

/**
 * Runs a data-layer read for a page: sign-in, access and not-found errors become the matching Next.js response;
 * anything else is logged once and reaches the error page without its details.
 */
export async function pageData<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    unstable_rethrow(error);
    if (isAppError(error)) {
      if (error.code === 'not_found') notFound();
      if (error.code === 'forbidden') forbidden();
      if (error.code === 'unauthenticated') redirect('/login');
    }
    logUnexpected('page', error);
    throw new Error('The page could not be loaded.');
  }
}
