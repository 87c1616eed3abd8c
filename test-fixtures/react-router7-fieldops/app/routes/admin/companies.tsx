import { db, schema } from '~/db.server';
import { requireUser } from '~/sessions.server';
import type { Route } from './+types/companies';

export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireUser(request);
  if (user.role !== 'admin') throw new Response(null, { status: 404 });
  // expect: unscoped-tenant-query
  return { companies: await db.select().from(schema.companies) };
}
