import { eq } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { memberships, users } from '$lib/server/db/schema';
import { requireStaff } from '$lib/server/guards';
import type { RequestHandler } from './$types';

// expect: missing-rate-limit
// ok: missing-auth
export const GET: RequestHandler = async ({ locals }) => {
  const staff = requireStaff(locals);
  // ok: unscoped-tenant-query
  const rows = await db
    .select({ name: users.name, email: users.email, plan: memberships.plan, validUntil: memberships.validUntil })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.gymId, staff.gymId));
  const csv = ['name,email,plan,valid_until', ...rows.map((r) => `${r.name},${r.email},${r.plan},${r.validUntil.toISOString()}`)].join('\n');
  return new Response(csv, { headers: { 'content-type': 'text/csv', 'content-disposition': 'attachment; filename="members.csv"' } });
};
