import type { NextApiRequest, NextApiResponse } from 'next';
import { prisma } from '@/lib/prisma';
import { requireUser } from '@/lib/session';

type Handler = (req: NextApiRequest, res: NextApiResponse) => Promise<void>;

const handlers: Record<string, Handler> = {
  async GET(req, res) {
    const user = await requireUser(req, res);
    if (!user) return;
    // ok: unscoped-tenant-query
    const note = await prisma.note.findFirst({ where: { id: String(req.query.id), workspaceId: user.workspaceId } });
    if (!note) return res.status(404).json({ error: 'Not found' });
    res.json(note);
  },
  async DELETE(req, res) {
    const user = await requireUser(req, res);
    if (!user) return;
    // ok: unscoped-tenant-query
    await prisma.note.deleteMany({ where: { id: String(req.query.id), workspaceId: user.workspaceId } });
    res.status(204).end();
  },
};

// ok: missing-auth
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const fn = handlers[req.method ?? ''];
  if (!fn) return res.status(405).json({ error: `Method ${req.method} not allowed` });
  await fn(req, res);
}
