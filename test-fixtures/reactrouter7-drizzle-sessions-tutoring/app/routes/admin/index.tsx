import { count, eq } from 'drizzle-orm';
import { useLoaderData } from 'react-router';
import { db, schema } from '~/db.server';
import { requireAdmin } from '~/lib/auth.server';
import type { Route } from './+types/index';

// ok: missing-role-check
export async function loader({ request }: Route.LoaderArgs) {
  const admin = await requireAdmin(request);
  // ok: unscoped-tenant-query
  const [row] = await db.select({ n: count() }).from(schema.lessons).where(eq(schema.lessons.organizationId, admin.organizationId));
  return { lessons: row.n };
}

export default function AdminHome() {
  const { lessons } = useLoaderData<typeof loader>();
  return <p>{lessons} lessons</p>;
}
