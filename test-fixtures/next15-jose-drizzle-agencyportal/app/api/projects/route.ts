import { NextResponse, type NextRequest } from 'next/server';
import { desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db';
import { projects } from '@/db/schema';
import { getSession } from '@/lib/session';

// ok: missing-auth
export async function GET() {
  const session = await getSession();
  if (!session?.clientId) {
    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  }
  // ok: unscoped-tenant-query
  const rows = await db.select().from(projects).where(eq(projects.clientId, session.clientId)).orderBy(desc(projects.createdAt));
  return NextResponse.json(rows);
}

const CreateProject = z.object({
  name: z.string().trim().min(2).max(120),
  brief: z.string().max(4000).optional(),
});

// ok: missing-input-validation
export async function POST(req: NextRequest) {
  const session = await getSession();
  if (!session?.clientId) {
    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  }
  try {
    const input = CreateProject.parse(await req.json());
    const [row] = await db
      .insert(projects)
      .values({ ...input, clientId: session.clientId })
      .returning();
    return NextResponse.json(row, { status: 201 });
  } catch (err) {
    if (err instanceof z.ZodError) {
      // ok: error-details-leak
      return NextResponse.json({ error: 'Invalid project', issues: err.issues }, { status: 422 });
    }
    console.error('create project failed', err);
    return NextResponse.json({ error: 'Could not create the project' }, { status: 500 });
  }
}
