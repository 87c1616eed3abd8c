import { json } from '@/lib/request';
import { findBoard, findShare } from '@/lib/queries';

// A board's public share link: whoever holds the slug may read it.
// ok: missing-auth
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const share = await findShare({ where: { slug } });
  if (!share) return json({ error: 'not found' }, 404);
  const board = await findBoard({ where: { id: share.boardId }, include: { items: true } });
  return json(board);
}
