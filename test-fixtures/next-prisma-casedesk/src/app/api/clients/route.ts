import { NextResponse } from 'next/server';
import { z } from 'zod';
import { prisma } from '@/lib/prisma';
import { withAuth } from '@/lib/with-auth';

const NewClient = z.object({ name: z.string().min(1).max(200), email: z.string().email().optional() });

// ok: missing-auth
export const GET = withAuth(async (_req, _ctx, user) => {
  // ok: unscoped-tenant-query
  const clients = await prisma.client.findMany({ where: { firmId: user.firmId }, orderBy: { name: 'asc' } });
  return NextResponse.json(clients);
});

// ok: missing-auth, missing-input-validation
export const POST = withAuth(async (req, _ctx, user) => {
  const body = NewClient.parse(await req.json());
  const client = await prisma.client.create({ data: { ...body, firmId: user.firmId } });
  return NextResponse.json(client, { status: 201 });
});

// the conflict check was written before withAuth existed
// expect: missing-auth
export async function DELETE(req: Request) {
  const id = new URL(req.url).searchParams.get('id');
  if (!id) return NextResponse.json({ error: 'id required' }, { status: 400 });
  await prisma.client.delete({ where: { id } });
  return new NextResponse(null, { status: 204 });
}
