import { NextResponse } from 'next/server';
import { auth } from '@clerk/nextjs/server';
import { z } from 'zod';
import { prisma } from '@/lib/prisma';

type Ctx = { params: { id: string } };

// Changelog drafts. (The middleware's public matcher '/api/public(.*)' also matches '/api/publications/...')
// expect: missing-auth
export async function GET(_req: Request, { params }: Ctx) {
  const publication = await prisma.publication.findUnique({ where: { id: params.id } });
  if (!publication) return NextResponse.json({ error: 'Not found' }, { status: 404 });
  return NextResponse.json(publication);
}

const publishSchema = z.object({ title: z.string().min(1).max(200), body: z.string().max(50_000) });

// ok: missing-auth, missing-input-validation
export async function PATCH(req: Request, { params }: Ctx) {
  const { orgId } = auth();
  if (!orgId) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const data = publishSchema.parse(await req.json());
  // ok: unscoped-tenant-query
  const { count } = await prisma.publication.updateMany({ where: { id: params.id, orgId }, data });
  return count ? NextResponse.json({ ok: true }) : NextResponse.json({ error: 'Not found' }, { status: 404 });
}
