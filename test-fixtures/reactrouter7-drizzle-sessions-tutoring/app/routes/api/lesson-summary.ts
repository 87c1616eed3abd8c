import { and, eq } from 'drizzle-orm';
import { db, schema } from '~/db.server';
import { requireUser } from '~/lib/auth.server';
import type { Route } from './+types/lesson-summary';

// scoped through the student the lesson belongs to
// ok: missing-auth
export async function loader({ request, params }: Route.LoaderArgs) {
  const user = await requireUser(request);
  // ok: unscoped-tenant-query
  const [row] = await db
    .select({ id: schema.lessons.id, summary: schema.lessons.summary, student: schema.students.fullName })
    .from(schema.lessons)
    .innerJoin(schema.students, eq(schema.students.id, schema.lessons.studentId))
    .where(and(eq(schema.lessons.id, params.lessonId), eq(schema.students.organizationId, user.organizationId)));
  if (!row) return Response.json({ error: 'not found' }, { status: 404 });
  return Response.json(row);
}
