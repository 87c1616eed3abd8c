import { NextResponse } from 'next/server';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { auth } from '@/lib/auth';
import { db } from '@/db';
import { projects } from '@/db/schema';

const createProject = z.object({ name: z.string().min(1) });

// ok: missing-auth
export async function GET() {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  // ok: unscoped-tenant-query
  const rows = await db.select().from(projects).where(and(eq(projects.organizationId, session.user.organizationId), eq(projects.archived, false)));
  return NextResponse.json(rows);
}

// ok: missing-auth
// ok: missing-input-validation
export async function POST(req: Request) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  const body = createProject.parse(await req.json());
  const [row] = await db.insert(projects).values({ name: body.name, organizationId: session.user.organizationId }).returning();
  return NextResponse.json(row, { status: 201 });
}
