import { getServerSession } from 'next-auth';
import { NextRequest, NextResponse } from 'next/server';
import { z } from 'zod';
import { authOptions } from '@/lib/auth';
import { prisma } from '@/lib/db';

const CreateClient = z.object({
  name: z.string().trim().min(1).max(120),
  email: z.string().trim().toLowerCase().email(),
  goals: z.string().max(2000).optional(),
});

// ok: missing-auth
export async function GET(req: NextRequest) {
  const session = await getServerSession(authOptions);
  if (!session) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const q = req.nextUrl.searchParams.get('q') ?? '';
  // ok: unscoped-tenant-query
  const clients = await prisma.client.findMany({
    where: { studioId: session.user.studioId, name: { contains: q, mode: 'insensitive' } },
    orderBy: { name: 'asc' },
    select: { id: true, name: true, email: true },
  });
  return NextResponse.json(clients);
}

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const session = await getServerSession(authOptions);
  if (!session) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const parsed = CreateClient.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: parsed.error.flatten() }, { status: 400 });
  // ok: unscoped-tenant-query
  const client = await prisma.client.create({ data: { ...parsed.data, studioId: session.user.studioId } });
  return NextResponse.json(client, { status: 201 });
}
