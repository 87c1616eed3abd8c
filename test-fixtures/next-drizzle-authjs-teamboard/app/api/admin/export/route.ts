import { db, teams } from '@/db';
import { requireAdmin, toResponse } from '@/lib/session';

// a bulk export of every team: an admin's session is still worth limiting
// expect: missing-rate-limit
// ok: missing-auth, missing-role-check
export async function GET() {
  try {
    await requireAdmin();
    // ok: unscoped-tenant-query
    const rows = await db.select({ id: teams.id, name: teams.name, plan: teams.plan }).from(teams);
    return new Response(['id,name,plan', ...rows.map((t) => `${t.id},"${t.name}",${t.plan}`)].join('\n'), {
      headers: { 'Content-Type': 'text/csv' },
    });
  } catch (err) {
    return toResponse(err);
  }
}
