import { NextResponse } from 'next/server';
import { auth } from '@clerk/nextjs/server';
import { z } from 'zod';
import { prisma } from '~/lib/db';
import { requireMember } from '~/lib/membership';

// ok: missing-auth
export async function GET(req: Request, { params }: { params: { boardId: string } }) {
  // expect: unscoped-tenant-query
  const cards = await prisma.card.findMany({ where: { boardId: params.boardId } });
  return NextResponse.json(cards);
}

const NewCard = z.object({ title: z.string().min(1), workspaceId: z.string() });

// ok: missing-auth
// ok: missing-input-validation
export async function POST(req: Request, { params }: { params: { boardId: string } }) {
  const body = NewCard.parse(await req.json());
  await requireMember(body.workspaceId);
  // ok: unscoped-tenant-query
  const board = await prisma.board.findFirst({ where: { id: params.boardId, workspaceId: body.workspaceId } });
  if (!board) return NextResponse.json({ error: 'not found' }, { status: 404 });
  const card = await prisma.card.create({ data: { id: crypto.randomUUID(), title: body.title, boardId: board.id, workspaceId: body.workspaceId } });
  return NextResponse.json(card, { status: 201 });
}
