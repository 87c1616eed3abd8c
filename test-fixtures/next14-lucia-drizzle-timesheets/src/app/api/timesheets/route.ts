import { NextResponse } from 'next/server';
import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db';
import { projects, timeEntries } from '@/db/schema';
import { validateRequest } from '@/lib/auth';

const entrySchema = z.object({
  projectId: z.string().min(1),
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  minutes: z.number().int().min(1).max(24 * 60),
  note: z.string().max(500).optional(),
});

// ok: missing-auth
export async function GET(request: Request) {
  const { user } = await validateRequest();
  if (!user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  const week = new URL(request.url).searchParams.get('week');
  // ok: unscoped-tenant-query
  const rows = await db
    .select()
    .from(timeEntries)
    .where(and(eq(timeEntries.teamId, user.teamId), eq(timeEntries.userId, user.id)))
    .orderBy(desc(timeEntries.day));
  return NextResponse.json({ week, entries: rows });
}

// ok: missing-auth, missing-input-validation
export async function POST(request: Request) {
  const { user } = await validateRequest();
  if (!user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  const parsed = entrySchema.safeParse(await request.json());
  if (!parsed.success) return NextResponse.json({ error: parsed.error.flatten() }, { status: 400 });
  // ok: unscoped-tenant-query
  const project = await db.query.projects.findFirst({
    where: and(eq(projects.id, parsed.data.projectId), eq(projects.teamId, user.teamId)),
  });
  if (!project) return NextResponse.json({ error: 'unknown project' }, { status: 404 });
  const [entry] = await db
    .insert(timeEntries)
    .values({ id: crypto.randomUUID(), teamId: user.teamId, userId: user.id, ...parsed.data })
    .returning();
  return NextResponse.json(entry, { status: 201 });
}
