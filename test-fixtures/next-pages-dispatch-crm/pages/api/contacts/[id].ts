import type { NextApiRequest, NextApiResponse } from 'next';
import { z } from 'zod';
import { prisma } from '@/lib/prisma';
import { requireUser } from '@/lib/session';

const contactSchema = z.object({
  name: z.string().min(1).max(120),
  email: z.string().email().optional(),
});

async function getContact(req: NextApiRequest, res: NextApiResponse) {
  const user = await requireUser(req, res);
  if (!user) return;
  // ok: unscoped-tenant-query
  const contact = await prisma.contact.findFirst({
    where: { id: String(req.query.id), workspaceId: user.workspaceId },
    include: { deals: true },
  });
  if (!contact) return res.status(404).json({ error: 'Not found' });
  return res.json(contact);
}

async function updateContact(req: NextApiRequest, res: NextApiResponse) {
  const user = await requireUser(req, res);
  if (!user) return;
  const data = contactSchema.parse(req.body);
  // ok: unscoped-tenant-query
  const { count } = await prisma.contact.updateMany({
    where: { id: String(req.query.id), workspaceId: user.workspaceId },
    data,
  });
  if (count === 0) return res.status(404).json({ error: 'Not found' });
  return res.status(204).end();
}

// the session check was left out when this handler was split out of the GET one
async function deleteContact(req: NextApiRequest, res: NextApiResponse) {
  // (no session at all: missing-auth reports the route; this rule judges signed-in callers)
  // ok: unscoped-tenant-query
  await prisma.contact.delete({ where: { id: String(req.query.id) } });
  return res.status(204).end();
}

// expect: missing-auth
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'GET') return getContact(req, res);
  if (req.method === 'PATCH') return updateContact(req, res);
  if (req.method === 'DELETE') return deleteContact(req, res);
  res.setHeader('Allow', 'GET, PATCH, DELETE');
  return res.status(405).end();
}
