import { and, eq } from 'drizzle-orm';
import { data } from 'react-router';
import { db, schema } from '~/db.server';
import { requireUser } from '~/sessions.server';
import type { Route } from './+types/job';

export async function loader({ request, params }: Route.LoaderArgs) {
  const user = await requireUser(request);
  // ok: unscoped-tenant-query
  const job = await db.query.jobs.findFirst({
    where: and(eq(schema.jobs.id, params.jobId), eq(schema.jobs.companyId, user.companyId)),
  });
  if (!job) throw data('Not found', { status: 404 });
  return { job };
}

// expect: missing-input-validation
export async function action({ request, params }: Route.ActionArgs) {
  const user = await requireUser(request);
  const form = await request.formData();
  const intent = form.get('intent');
  if (intent === 'complete') {
    // expect: unscoped-tenant-query
    await db.update(schema.jobs).set({ status: 'completed' }).where(eq(schema.jobs.id, params.jobId));
    return { ok: true };
  }
  if (intent === 'notes') {
    // ok: unscoped-tenant-query
    await db
      .update(schema.jobs)
      .set({ notes: String(form.get('notes')) })
      .where(and(eq(schema.jobs.id, params.jobId), eq(schema.jobs.companyId, user.companyId)));
    return { ok: true };
  }
  return data({ error: 'unknown intent' }, { status: 400 });
}
