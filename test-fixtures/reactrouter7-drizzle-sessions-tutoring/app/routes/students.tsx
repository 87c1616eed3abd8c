import { eq } from 'drizzle-orm';
import { data, useLoaderData } from 'react-router';
import { db, schema } from '~/db.server';
import { requireUser } from '~/lib/auth.server';
import type { Route } from './+types/students';

// ok: missing-auth
export async function loader({ request }: Route.LoaderArgs) {
  const { organizationId } = await requireUser(request);
  // ok: unscoped-tenant-query
  return { students: await db.query.students.findMany({ where: eq(schema.students.organizationId, organizationId) }) };
}

// expect: missing-input-validation
export async function action({ request }: Route.ActionArgs) {
  const user = await requireUser(request);
  const form = await request.formData();
  const intent = form.get('intent');
  if (intent === 'delete') {
    const id = String(form.get('id'));
    // expect: unscoped-tenant-query
    await db.delete(schema.students).where(eq(schema.students.id, id));
    return { ok: true };
  }
  await db.insert(schema.students).values({
    id: crypto.randomUUID(),
    fullName: String(form.get('fullName')),
    guardianEmail: String(form.get('guardianEmail')),
    notes: String(form.get('notes') ?? ''),
    organizationId: user.organizationId,
  });
  return data({ ok: true }, { status: 201 });
}

export default function Students() {
  const { students } = useLoaderData<typeof loader>();
  return <ul>{students.map((s) => <li key={s.id}>{s.fullName}</li>)}</ul>;
}
