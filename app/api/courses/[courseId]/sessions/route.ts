import { createSession } from '@/lib/sessions';
import { requireActor } from '@/lib/auth/actor';
import { assertSameOrigin, errorResponse, readJsonBody } from '@/lib/http';

export const dynamic = 'force-dynamic';

/** Logs a session on a course (JSON API used by integrations, the benchmark and the crash test). */
export async function POST(request: Request, { params }: { params: Promise<{ courseId: string }> }) {
  try {
    await requireActor(['specialist']);
    assertSameOrigin(request);
    const { courseId } = await params;
    const body = await readJsonBody(request);
    const { id } = await createSession(courseId, body);
    return Response.json({ id }, { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
