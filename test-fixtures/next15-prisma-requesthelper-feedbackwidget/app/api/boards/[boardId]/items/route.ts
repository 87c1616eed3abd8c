import { prisma } from '@/lib/prisma';
import { json, readCaller } from '@/lib/request';

type Ctx = { params: Promise<{ boardId: string }> };

// ok: missing-auth
export async function GET(request: Request, { params }: Ctx) {
  const { caller, error } = await readCaller(request);
  if (error) return error;
  const { boardId } = await params;
  // expect: unscoped-tenant-query
  const board = await prisma.board.findUnique({ where: { id: boardId }, include: { items: { orderBy: { createdAt: 'desc' } } } });
  return json({ items: board?.items ?? [], viewer: caller?.email });
}

// The public wall of a board, shown on the customer's site.
// expect: missing-auth
export async function POST(request: Request, { params }: Ctx) {
  const { error } = await readCaller(request, { anonymous: true });
  if (error) return error;
  const { boardId } = await params;
  const board = await prisma.board.findUnique({ where: { id: boardId }, select: { items: { select: { message: true, email: true } } } });
  return json({ items: board?.items ?? [] });
}
