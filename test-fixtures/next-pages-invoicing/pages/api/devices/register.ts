import type { NextApiRequest, NextApiResponse } from 'next';
import { getServerSession } from 'next-auth/next';
import { z } from 'zod';
import { authOptions } from '../../../lib/auth';
import { prisma } from '../../../lib/prisma';

const DeviceInput = z.object({ pushToken: z.string().min(10).max(400) });

// POST /api/devices/register: the signed-in user's phone registers for overdue-invoice push notifications.
// Nobody signs up here: the handler answers 401 to a caller without a session.
// ok: missing-rate-limit
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') return res.status(405).end();
  const session = await getServerSession(req, res, authOptions);
  if (!session) return res.status(401).json({ error: 'Unauthorized' });
  const { pushToken } = DeviceInput.parse(req.body);
  await prisma.user.update({ where: { id: session.user.id }, data: { pushToken } });
  return res.status(204).end();
}
