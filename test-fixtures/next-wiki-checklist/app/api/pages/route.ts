import { NextResponse } from 'next/server';
import { Prisma } from '@prisma/client';
import { z } from 'zod';
import { auth } from '@/lib/auth';
import { db } from '@/lib/db';

const createPageSchema = z.object({
  title: z.string().trim().min(1).max(200),
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(120),
  content: z.string().max(200_000).default(''),
  parentId: z.string().cuid().optional(),
});

// ok: missing-auth
export async function GET() {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });

  const pages = await db.page.findMany({
    where: { teamId: session.user.teamId, archived: false },
    select: { id: true, title: true, slug: true, parentId: true, updatedAt: true },
    orderBy: { updatedAt: 'desc' },
  });

  return NextResponse.json({ pages });
}

// ok: missing-auth
// ok: missing-input-validation
export async function POST(req: Request) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  if (session.user.role === 'viewer') return NextResponse.json({ error: 'Forbidden' }, { status: 403 });

  const parsed = createPageSchema.safeParse(await req.json().catch(() => null));
  if (!parsed.success) {
    return NextResponse.json({ error: 'Invalid request', issues: parsed.error.flatten() }, { status: 400 });
  }

  if (parsed.data.parentId) {
    // ok: unscoped-tenant-query
    const parent = await db.page.findFirst({ where: { id: parsed.data.parentId, teamId: session.user.teamId }, select: { id: true } });
    if (!parent) return NextResponse.json({ error: 'Parent page not found' }, { status: 404 });
  }

  try {
    const page = await db.page.create({
      data: { ...parsed.data, teamId: session.user.teamId, authorId: session.user.id },
    });
    return NextResponse.json({ page }, { status: 201 });
  } catch (err) {
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002') {
      return NextResponse.json({ error: 'A page with this slug already exists' }, { status: 409 });
    }
    console.error('create page failed', err);
    // ok: error-details-leak
    return NextResponse.json({ error: 'Could not create page' }, { status: 500 });
  }
}
