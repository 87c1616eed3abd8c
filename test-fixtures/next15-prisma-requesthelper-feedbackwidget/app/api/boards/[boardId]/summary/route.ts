import { json, parseRequest } from '@/lib/request';
import { findBoard } from '@/lib/queries';

type Ctx = { params: Promise<{ boardId: string }> };

// ok: missing-auth
export async function GET(request: Request, { params }: Ctx) {
  const { auth, error } = await parseRequest(request);
  if (error) return error;
  const { boardId } = await params;
  const board = await findBoard({ where: { id: boardId, accountId: auth.accountId }, include: { _count: { select: { items: true } } } });
  if (!board) return json({ error: 'not found' }, 404);
  return json({ name: board.name, items: board._count.items });
}

// The same lookup, forgetting the account: any signed-in user reads any board's summary.
// ok: missing-auth
export async function POST(request: Request, { params }: Ctx) {
  const { error } = await parseRequest(request);
  if (error) return error;
  const { boardId } = await params;
  const board = await findBoard({ where: { id: boardId } });
  return json({ name: board?.name });
}
