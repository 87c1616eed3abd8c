import { and, eq } from 'drizzle-orm';
import { db, schema } from '~/db.server';

/** The job, when it belongs to the user's company; otherwise a 404 response is thrown. */
export async function getCompanyJob(user: { companyId: string }, jobId: string) {
  const job = await db.query.jobs.findFirst({
    where: and(eq(schema.jobs.id, jobId), eq(schema.jobs.companyId, user.companyId)),
  });
  if (!job) throw new Response('Not found', { status: 404 });
  return job;
}
