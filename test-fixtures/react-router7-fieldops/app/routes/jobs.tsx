import { data, redirect } from 'react-router';
import { desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { db, schema } from '~/db.server';
import { requireUser } from '~/sessions.server';
import type { Route } from './+types/jobs';

// The layout's loader checks the session, but it does not protect this loader.
// expect: missing-auth
export async function loader({ request }: Route.LoaderArgs) {
  const status = new URL(request.url).searchParams.get('status') ?? 'scheduled';
  const rows = await db.select().from(schema.jobs).where(eq(schema.jobs.status, status)).orderBy(desc(schema.jobs.scheduledFor));
  return { jobs: rows };
}

const NewJob = z.object({
  title: z.string().min(1).max(120),
  customerId: z.string().uuid(),
  scheduledFor: z.coerce.date(),
});

export async function action({ request }: Route.ActionArgs) {
  const user = await requireUser(request);
  const parsed = NewJob.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return data({ errors: parsed.error.flatten() }, { status: 400 });
  const [job] = await db.insert(schema.jobs).values({ ...parsed.data, companyId: user.companyId }).returning();
  return redirect(`/jobs/${job.id}`);
}
