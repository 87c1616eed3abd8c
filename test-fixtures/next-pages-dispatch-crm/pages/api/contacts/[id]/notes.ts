import type { NextApiRequest, NextApiResponse } from 'next';
import { z } from 'zod';
import { prisma } from '@/lib/prisma';
import { requireUser } from '@/lib/session';

const noteSchema = z.object({ body: z.string().min(1).max(5000) });

// one handler per action, picked by what the request asks for
const actions = {
  list: async (req: NextApiRequest, res: NextApiResponse) => {
    const user = await requireUser(req, res);
    if (!user) return;
    // ok: unscoped-tenant-query
    const notes = await prisma.note.findMany({ where: { contactId: String(req.query.id), workspaceId: user.workspaceId } });
    res.json(notes);
  },
  add: async (req: NextApiRequest, res: NextApiResponse) => {
    const user = await requireUser(req, res);
    if (!user) return;
    const { body } = noteSchema.parse(req.body);
    // ok: unscoped-tenant-query
    const contact = await prisma.contact.findFirst({ where: { id: String(req.query.id), workspaceId: user.workspaceId } });
    if (!contact) return res.status(404).json({ error: 'Unknown contact' });
    const note = await prisma.note.create({ data: { body, contactId: contact.id, workspaceId: user.workspaceId } });
    res.status(201).json(note);
  },
};

// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const action = req.method === 'POST' ? 'add' : 'list';
  return actions[action](req, res);
}
