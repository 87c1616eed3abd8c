import { getServerSession } from 'next-auth';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { authOptions, AuthError, requireStaff } from '@/lib/auth';
import { prisma } from '@/lib/db';

type Ctx = { params: { clientId: string } };

const UpdateClient = z.object({ name: z.string().trim().min(1).max(120), goals: z.string().max(2000).nullable() }).partial();

// ok: missing-auth
export async function GET(_req: Request, { params }: Ctx) {
  try {
    await requireStaff();
    // signed in, but the client is looked up by id alone: any studio's client can be read
    // expect: unscoped-tenant-query
    const client = await prisma.client.findUnique({
      where: { id: params.clientId },
      include: { plans: { where: { archived: false } }, bookings: { orderBy: { startsAt: 'desc' }, take: 10 } },
    });
    if (!client) return NextResponse.json({ error: 'Not found' }, { status: 404 });
    return NextResponse.json(client);
  } catch (err) {
    if (err instanceof AuthError) return NextResponse.json({ error: err.message }, { status: err.status });
    throw err;
  }
}

// ok: missing-auth, missing-input-validation
export async function PATCH(req: Request, { params }: Ctx) {
  const session = await getServerSession(authOptions);
  if (!session) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const data = UpdateClient.parse(await req.json());
  // ok: unscoped-tenant-query
  const { count } = await prisma.client.updateMany({ where: { id: params.clientId, studioId: session.user.studioId }, data });
  if (count === 0) return NextResponse.json({ error: 'Not found' }, { status: 404 });
  return NextResponse.json({ ok: true });
}

// the middleware matcher leaves /api/clients out and this handler never asks for the session
// expect: missing-auth
export async function DELETE(_req: Request, { params }: Ctx) {
  await prisma.client.delete({ where: { id: params.clientId } });
  return new NextResponse(null, { status: 204 });
}
