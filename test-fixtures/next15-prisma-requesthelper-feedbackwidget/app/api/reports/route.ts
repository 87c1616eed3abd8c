import { z } from 'zod';
import { prisma } from '@/lib/prisma';
import { json, parseRequest } from '@/lib/request';

const Range = z.object({ days: z.coerce.number().int().min(1).max(90) });

// ok: missing-auth
export async function GET(request: Request) {
  const { auth, data, error } = await parseRequest(request, Range);
  if (error) return error;
  const since = new Date(Date.now() - data.days * 86_400_000);
  // ok: unscoped-tenant-query
  const counts = await prisma.feedback.groupBy({
    by: ['boardId'],
    where: { createdAt: { gte: since }, board: { accountId: auth.accountId } },
    _count: true,
  });
  return json(counts);
}

const Archive = z.object({ boardId: z.string().cuid() });

// ok: missing-auth
export async function POST(request: Request) {
  const { data, error } = await parseRequest(request, Archive);
  if (error) return error;
  // expect: unscoped-tenant-query
  await prisma.board.update({ where: { id: data.boardId }, data: { name: '(archived)' } });
  return json({ ok: true });
}
