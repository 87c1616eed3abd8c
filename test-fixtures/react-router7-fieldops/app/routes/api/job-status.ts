import { eq } from 'drizzle-orm';
import { db, schema } from '~/db.server';
import { sessionStorage } from '~/sessions.server';
import type { Route } from './+types/job-status';

// The session is read for the audit line only: nothing rejects an anonymous caller.
// expect: missing-auth, missing-input-validation
export async function action({ request, params }: Route.ActionArgs) {
  const session = await sessionStorage.getSession(request.headers.get('Cookie'));
  const actor = (session.get('userId') as string | undefined) ?? 'anonymous';
  const { status } = (await request.json()) as { status: string };
  await db.update(schema.jobs).set({ status }).where(eq(schema.jobs.id, params.jobId));
  console.info('job status changed', { jobId: params.jobId, status, actor });
  return Response.json({ ok: true });
}
