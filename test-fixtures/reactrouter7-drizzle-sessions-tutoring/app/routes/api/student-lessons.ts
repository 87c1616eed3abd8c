import { and, eq, inArray } from 'drizzle-orm';
import { db, schema } from '~/db.server';
import { requireUser } from '~/lib/auth.server';
import type { Route } from './+types/student-lessons';

// ok: missing-auth
export async function loader({ request, params }: Route.LoaderArgs) {
  const user = await requireUser(request);
  const mine = db.select({ id: schema.students.id }).from(schema.students).where(eq(schema.students.organizationId, user.organizationId));
  // ok: unscoped-tenant-query
  const rows = await db.select().from(schema.lessons).where(and(eq(schema.lessons.studentId, params.studentId), inArray(schema.lessons.studentId, mine)));
  return Response.json(rows);
}

// the guardian's "cancel all upcoming lessons" button
// ok: missing-auth
// ok: missing-input-validation
export async function action({ request, params }: Route.ActionArgs) {
  await requireUser(request);
  // expect: unscoped-tenant-query
  await db.delete(schema.lessons).where(eq(schema.lessons.studentId, params.studentId));
  return Response.json({ ok: true });
}
