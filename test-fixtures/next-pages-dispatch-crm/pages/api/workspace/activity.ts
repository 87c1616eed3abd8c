import type { NextApiRequest, NextApiResponse } from 'next';
import { z } from 'zod';
import { prisma } from '@/lib/prisma';
import { requireUser } from '@/lib/session';

const activitySchema = z.object({ body: z.string().min(1).max(500), contactId: z.string().cuid() });

// POST is signed in; the listing below it answers every other method, and nobody checks who asks
// expect: missing-auth
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'POST') {
    const user = await requireUser(req, res);
    if (!user) return;
    const { body, contactId } = activitySchema.parse(req.body);
    // ok: unscoped-tenant-query
    const contact = await prisma.contact.findFirst({ where: { id: contactId, workspaceId: user.workspaceId } });
    if (!contact) return res.status(404).json({ error: 'Unknown contact' });
    const note = await prisma.note.create({ data: { body, contactId, workspaceId: user.workspaceId } });
    return res.status(201).json(note);
  }

  const feed = await prisma.note.findMany({
    where: { workspaceId: String(req.query.workspaceId) },
    orderBy: { id: 'desc' },
    take: 20,
  });
  return res.json(feed);
}
