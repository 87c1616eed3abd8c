import { eq } from 'drizzle-orm';
import { data } from 'react-router';
import { z } from 'zod';
import { db, schema } from '~/db.server';
import { requireAdmin } from '~/sessions.server';
import type { Route } from './+types/users';

export async function loader({ request }: Route.LoaderArgs) {
  await requireAdmin(request);
  // users belong to one company: its admin must not see other companies' users
  // expect: unscoped-tenant-query
  return { users: await db.select({ id: schema.users.id, email: schema.users.email, role: schema.users.role }).from(schema.users) };
}

const RoleChange = z.object({ userId: z.string().uuid(), role: z.enum(['technician', 'dispatcher', 'admin']) });

export async function action({ request }: Route.ActionArgs) {
  await requireAdmin(request);
  const parsed = RoleChange.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return data({ error: 'invalid' }, { status: 400 });
  // expect: unscoped-tenant-query
  await db.update(schema.users).set({ role: parsed.data.role }).where(eq(schema.users.id, parsed.data.userId));
  return { ok: true };
}
