import type { NextApiRequest, NextApiResponse } from 'next';
import type { Session } from 'next-auth';
import { Prisma } from '@prisma/client';
import { randomBytes } from 'crypto';
import { hash } from 'bcryptjs';
import { z } from 'zod';
import { prisma } from '../../../lib/prisma';
import { withAuth } from '../../../lib/withAuth';

const inviteSchema = z.object({
  email: z.string().email().toLowerCase(),
  name: z.string().trim().max(100).optional(),
  role: z.enum(['ADMIN', 'MEMBER']).default('MEMBER'),
});

async function handler(req: NextApiRequest, res: NextApiResponse, session: Session) {
  if (session.user.role !== 'ADMIN') {
    return res.status(403).json({ error: 'Forbidden' });
  }

  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return res.status(405).end();
  }

  const parsed = inviteSchema.safeParse(req.body);
  if (!parsed.success) {
    return res.status(400).json({ error: parsed.error.flatten() });
  }

  // The invitee sets a real password through the reset flow; this one is never shown.
  const unusablePassword = randomBytes(32).toString('base64url');

  try {
    const user = await prisma.user.create({
      data: {
        ...parsed.data,
        agencyId: session.user.agencyId,
        passwordHash: await hash(unusablePassword, 12),
      },
      select: { id: true, email: true, role: true },
    });

    // ok: token-logging
    console.log('User invited', { userId: user.id, agencyId: session.user.agencyId, role: user.role });

    return res.status(201).json(user);
  } catch (err) {
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002') {
      return res.status(409).json({ error: 'A user with this email already exists' });
    }
    throw err;
  }
}

// ok: missing-auth
// ok: missing-role-check
// ok: missing-input-validation
// expect: missing-rate-limit
export default withAuth(handler);
