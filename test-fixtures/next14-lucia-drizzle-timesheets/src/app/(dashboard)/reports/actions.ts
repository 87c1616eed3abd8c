'use server';

import { and, eq, gte } from 'drizzle-orm';
import { db } from '@/db';
import { timeEntries } from '@/db/schema';
import { requireUser } from '@/lib/auth';

// ok: missing-auth
export async function myWeekTotals(from: string) {
  const user = await requireUser();
  // ok: unscoped-tenant-query
  return db
    .select()
    .from(timeEntries)
    .where(and(eq(timeEntries.userId, user.id), eq(timeEntries.teamId, user.teamId), gte(timeEntries.day, from)));
}

// the reports page is not under the middleware's matcher, and this forgot requireUser
// expect: missing-auth
export async function teamTotals(teamId: string) {
  return db.select().from(timeEntries).where(eq(timeEntries.teamId, teamId));
}
