import { z } from 'zod';
import { prisma } from '@/lib/prisma';
import { json, parseRequest } from '@/lib/request';

type Ctx = { params: Promise<{ boardId: string }> };

// ok: missing-auth
export async function GET(request: Request, { params }: Ctx) {
  const { auth, error } = await parseRequest(request);
  if (error) return error;
  const { boardId } = await params;
  // ok: unscoped-tenant-query
  const board = await prisma.board.findFirst({ where: { id: boardId, accountId: auth.accountId } });
  if (!board) return json({ error: 'not found' }, 404);
  return json(board);
}

const Rename = z.object({ name: z.string().min(1).max(80) });

// ok: missing-auth, missing-input-validation
export async function PATCH(request: Request, { params }: Ctx) {
  const { auth, data, error } = await parseRequest(request, Rename, { skipAuth: false });
  if (error) return error;
  const { boardId } = await params;
  // ok: unscoped-tenant-query
  await prisma.board.updateMany({ where: { id: boardId, accountId: auth.accountId }, data: { name: data.name } });
  return json({ ok: true });
}

// Copied from the collector while wiring the "delete board" button: the option came along.
// expect: missing-auth
export async function DELETE(request: Request, { params }: Ctx) {
  const { error } = await parseRequest(request, undefined, { skipAuth: true });
  if (error) return error;
  const { boardId } = await params;
  await prisma.feedback.deleteMany({ where: { boardId } });
  await prisma.board.delete({ where: { id: boardId } });
  return json({ ok: true });
}
