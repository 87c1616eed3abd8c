import { NextResponse } from 'next/server';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db';
import { projectNotes, projects } from '@/db/schema';
import { getSession } from '@/lib/session';

const NoteSchema = z.object({ body: z.string().trim().min(1).max(5000) });

// The schema's answer is looked at, but the raw body is what gets stored.
// ok: missing-auth
// expect: missing-input-validation
export async function POST(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const session = await getSession();
  if (!session?.clientId) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const { id } = await params;
  // ok: unscoped-tenant-query
  const project = await db.query.projects.findFirst({ where: and(eq(projects.id, Number(id)), eq(projects.clientId, session.clientId)) });
  if (!project) return NextResponse.json({ error: 'Not found' }, { status: 404 });

  const body = await req.json();
  const check = NoteSchema.safeParse(body);
  if (!check.success) console.warn('note did not match the schema', check.error.issues.length);
  await db.insert(projectNotes).values({ ...body, clientId: session.clientId, projectId: project.id, authorId: session.userId });
  return NextResponse.json({ ok: true }, { status: 201 });
}
