import { NextResponse } from 'next/server';
import { auth } from '@clerk/nextjs/server';
import { prisma } from '~/lib/db';

// ok: missing-auth
// expect: missing-input-validation
export async function PATCH(req: Request, { params }: { params: { cardId: string } }) {
  const { title } = await req.json();
  // expect: unscoped-tenant-query
  const card = await prisma.card.update({ where: { id: params.cardId }, data: { title } });
  return NextResponse.json(card);
}

// ok: missing-auth
export async function DELETE(_req: Request, { params }: { params: { cardId: string } }) {
  const { userId } = auth();
  // ok: unscoped-tenant-query
  const card = await prisma.card.findUnique({ where: { id: params.cardId } });
  const member = card && (await prisma.member.findFirst({ where: { userId: userId!, workspaceId: card.workspaceId } }));
  if (!member) return NextResponse.json({ error: 'not found' }, { status: 404 });
  // ok: unscoped-tenant-query
  await prisma.card.delete({ where: { id: card.id } });
  return new NextResponse(null, { status: 204 });
}
