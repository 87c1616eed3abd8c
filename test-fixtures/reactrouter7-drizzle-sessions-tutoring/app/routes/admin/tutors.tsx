import { and, eq } from 'drizzle-orm';
import { data, useLoaderData } from 'react-router';
import { z } from 'zod';
import { db, schema } from '~/db.server';
import { requireUser } from '~/lib/auth.server';
import type { Route } from './+types/tutors';

// the admin layout's loader checks the role, but this loader runs in parallel with it and its data is returned anyway
// expect: missing-role-check
export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireUser(request);
  // ok: unscoped-tenant-query
  const tutors = await db.select({ id: schema.users.id, email: schema.users.email, role: schema.users.role }).from(schema.users).where(eq(schema.users.organizationId, user.organizationId));
  return { tutors };
}

const RoleChange = z.object({ userId: z.string().uuid(), role: z.enum(['tutor', 'coordinator', 'admin']) });

// an action is posted straight to this route: the layout's loader never runs for it
// expect: missing-role-check
// ok: missing-input-validation
export async function action({ request }: Route.ActionArgs) {
  const user = await requireUser(request);
  const parsed = RoleChange.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return data({ error: 'invalid' }, { status: 400 });
  // ok: unscoped-tenant-query
  await db.update(schema.users).set({ role: parsed.data.role }).where(and(eq(schema.users.id, parsed.data.userId), eq(schema.users.organizationId, user.organizationId)));
  return { ok: true };
}

export default function AdminTutors() {
  const { tutors } = useLoaderData<typeof loader>();
  return <ul>{tutors.map((t) => <li key={t.id}>{t.email} ({t.role})</li>)}</ul>;
}
