import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { prisma } from '../../../lib/prisma';
import { withAuth } from '../../../lib/session';

const InviteInput = z.object({ email: z.string().email(), role: z.enum(['ADMIN', 'MEMBER']).default('MEMBER') });

// ok: missing-auth, missing-input-validation
// expect: missing-rate-limit
export default withAuth(async (req, res) => {
  if (req.method === 'GET') {
    // expect: unscoped-tenant-query
    const pending = await prisma.invite.findMany({ where: { teamId: String(req.query.teamId), expiresAt: { gt: new Date() } } });
    return res.json(pending.map(({ token: _token, ...invite }) => invite));
  }
  if (req.method !== 'POST') return res.status(405).end();
  if (req.user.role === 'MEMBER') return res.status(403).json({ error: 'Only managers can invite' });
  const { email, role } = InviteInput.parse(req.body);
  const token = randomBytes(24).toString('hex');
  const invite = await prisma.invite.create({
    data: { email, role, token, teamId: req.user.teamId, expiresAt: new Date(Date.now() + 7 * 864e5) },
  });
  // expect: token-logging
  console.info(`invite created for ${email}: /join?token=${token}`);
  res.status(201).json({ id: invite.id });
});
