import { NextResponse } from 'next/server';
import { Prisma } from '@prisma/client';
import { z } from 'zod';
import { auth } from '@/lib/auth';
import { db } from '@/lib/db';

type Params = { params: { id: string } };

const updatePageSchema = z
  .object({
    title: z.string().trim().min(1).max(200),
    content: z.string().max(200_000),
    shareEnabled: z.boolean(),
  })
  .partial()
  .strict();

// ok: missing-auth
export async function GET(_req: Request, { params }: Params) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });

  // ok: unscoped-tenant-query
  const page = await db.page.findUnique({ where: { id: params.id }, include: { author: { select: { id: true, name: true } } } });
  if (!page || page.teamId !== session.user.teamId) {
    return NextResponse.json({ error: 'Not found' }, { status: 404 });
  }

  return NextResponse.json({ page });
}

// ok: missing-auth
// ok: missing-input-validation
export async function PATCH(req: Request, { params }: Params) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  if (session.user.role === 'viewer') return NextResponse.json({ error: 'Forbidden' }, { status: 403 });

  const parsed = updatePageSchema.safeParse(await req.json().catch(() => null));
  if (!parsed.success) {
    return NextResponse.json({ error: 'Invalid request', issues: parsed.error.flatten() }, { status: 400 });
  }

  try {
    // expect: unscoped-tenant-query
    const page = await db.page.update({ where: { id: params.id }, data: parsed.data });
    return NextResponse.json({ page });
  } catch (err) {
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2025') {
      return NextResponse.json({ error: 'Not found' }, { status: 404 });
    }
    throw err;
  }
}

// ok: missing-auth
export async function DELETE(_req: Request, { params }: Params) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  if (session.user.role === 'viewer') return NextResponse.json({ error: 'Forbidden' }, { status: 403 });

  // ok: unscoped-tenant-query
  const { count } = await db.page.deleteMany({ where: { id: params.id, teamId: session.user.teamId } });
  if (count === 0) return NextResponse.json({ error: 'Not found' }, { status: 404 });

  return new NextResponse(null, { status: 204 });
}
