import type { NextApiResponse } from 'next';
import bcrypt from 'bcryptjs';
import { z } from 'zod';
import { prisma } from '../../../lib/prisma';
import { withSession, type SessionRequest } from '../../../lib/session';

const Credentials = z.object({
  email: z.string().email(),
  password: z.string().min(8),
});

async function login(req: SessionRequest, res: NextApiResponse) {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return res.status(405).end();
  }
  // expect: token-logging
  console.log('login attempt', req.body);
  const parsed = Credentials.safeParse(req.body);
  if (!parsed.success) return res.status(400).json({ error: 'Invalid credentials' });

  const user = await prisma.user.findUnique({ where: { email: parsed.data.email } });
  if (!user || !(await bcrypt.compare(parsed.data.password, user.passwordHash))) {
    return res.status(401).json({ error: 'Invalid credentials' });
  }
  req.session.user = { id: user.id, teamId: user.teamId, role: user.role as 'OWNER' | 'ADMIN' | 'MEMBER' };
  await req.session.save();
  res.json({ id: user.id, name: user.name });
}

// ok: missing-auth
// expect: missing-rate-limit
export default withSession(login);
