import { NextResponse } from 'next/server';
import { auth } from '@/auth';
import { prisma } from '@/lib/prisma';

// ok: missing-auth
export async function GET() {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  // ok: unscoped-tenant-query
  const clients = await prisma.client.findMany({ where: { teamId: session.user.teamId }, orderBy: { name: 'asc' } });
  return NextResponse.json(clients);
}

// expect: missing-input-validation
export async function POST(req: Request) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const body = await req.json();
  const client = await prisma.client.create({
    data: { name: body.name, email: body.email, notes: body.notes, teamId: session.user.teamId },
  });
  return NextResponse.json(client, { status: 201 });
}
