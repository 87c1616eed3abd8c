import { count } from 'drizzle-orm';
import { db, schema } from '~/db.server';
import { requireUser } from '~/sessions.server';
import type { Route } from './+types/overview';

// expect: missing-role-check
export async function loader({ request }: Route.LoaderArgs) {
  await requireUser(request);
  // expect: unscoped-tenant-query
  const companies = await db.select().from(schema.companies);
  const [{ n }] = await db.select({ n: count() }).from(schema.jobs);
  return { companies, jobCount: n };
}
