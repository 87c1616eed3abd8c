import { NextResponse } from 'next/server';
import { desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { auth } from '@/auth';
import { boards, db } from '@/db';

const CreateBoard = z.object({ title: z.string().min(1).max(120), isPublic: z.boolean().default(false) });

// ok: missing-auth
export async function GET() {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  // ok: unscoped-tenant-query
  const rows = await db.select().from(boards).where(eq(boards.teamId, session.user.teamId)).orderBy(desc(boards.createdAt));
  return NextResponse.json(rows);
}

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  const input = CreateBoard.parse(await req.json());
  const slug = input.title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const [board] = await db
    .insert(boards)
    .values({ ...input, slug, teamId: session.user.teamId, createdBy: session.user.id })
    .returning();
  return NextResponse.json(board, { status: 201 });
}
