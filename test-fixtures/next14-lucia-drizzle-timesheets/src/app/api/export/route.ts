import { and, eq, gte } from 'drizzle-orm';
import { db } from '@/db';
import { projects, timeEntries, users } from '@/db/schema';
import { validateRequest } from '@/lib/auth';

// CSV for payroll; the team's own entries since ?from=
// expect: missing-rate-limit
export async function GET(request: Request) {
  const { user } = await validateRequest();
  if (!user) return new Response('Unauthorized', { status: 401 });
  const from = new URL(request.url).searchParams.get('from') ?? '1970-01-01';
  // ok: unscoped-tenant-query
  const rows = await db
    .select({ day: timeEntries.day, minutes: timeEntries.minutes, person: users.name, project: projects.name })
    .from(timeEntries)
    .innerJoin(users, eq(users.id, timeEntries.userId))
    .innerJoin(projects, eq(projects.id, timeEntries.projectId))
    .where(and(eq(timeEntries.teamId, user.teamId), gte(timeEntries.day, from)));
  const csv = ['day,person,project,minutes', ...rows.map((r) => `${r.day},${r.person},${r.project},${r.minutes}`)].join('\n');
  return new Response(csv, {
    headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="timesheets.csv"' },
  });
}
