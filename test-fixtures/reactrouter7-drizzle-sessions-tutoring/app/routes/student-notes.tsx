import { and, eq } from 'drizzle-orm';
import { data } from 'react-router';
import { db, requireAdmin, requireUser, schema } from '~/lib/index.server';
import type { Route } from './+types/student-notes';

// ok: missing-auth
export async function loader({ request, params }: Route.LoaderArgs) {
  const user = await requireUser(request);
  // ok: unscoped-tenant-query
  const student = await db.query.students.findFirst({
    where: and(eq(schema.students.id, params.studentId), eq(schema.students.organizationId, user.organizationId)),
  });
  if (!student) throw data('Not found', { status: 404 });
  return { notes: student.notes };
}

// only the "clear" intent asks for a session; saving notes does not
// expect: missing-auth
// expect: missing-input-validation
export async function action({ request, params }: Route.ActionArgs) {
  const form = await request.formData();
  if (form.get('intent') === 'clear') {
    const admin = await requireAdmin(request);
    // ok: unscoped-tenant-query
    await db.update(schema.students).set({ notes: null }).where(and(eq(schema.students.id, params.studentId), eq(schema.students.organizationId, admin.organizationId)));
    return { ok: true };
  }
  await db.update(schema.students).set({ notes: String(form.get('notes') ?? '') }).where(eq(schema.students.id, params.studentId));
  return { ok: true };
}
